using DrAudit.Collectors.M365;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Sources;
using DrAudit.Core.Tests.Simulators.Graph;

namespace DrAudit.Core.Tests.Sources.M365
{
    public sealed class M365SourceCollectorTests
    {
        private static (SourceData Data, RecordingHost Host) Collect(GraphSimulator sim, Action<M365CollectorOptions>? configure = null, Action<CollectionContext>? context = null)
        {
            var host = new RecordingHost();
            var options = M365TestTenant.Options();
            configure?.Invoke(options);
            var ctx = M365TestTenant.Context(host);
            context?.Invoke(ctx);
            var data = new M365SourceCollector(options).Collect(M365TestTenant.Source(sim), ctx, CancellationToken.None);
            return (data, host);
        }

        [Fact]
        public async Task OneSaasJobPerPolicyEnabledOnlyWhenActive()
        {
            await using var sim = M365TestTenant.Populate(new GraphSimulator());
            var (data, _) = Collect(sim);

            Assert.True(data.Ok, data.Error);
            Assert.Equal(EvidenceQuality.Good, data.Quality);
            var jobs = data.Inventory!.Jobs.ToDictionary(j => j.Id);
            Assert.Equal(new[] { "pol-ex", "pol-od", "pol-sp" }, jobs.Keys.OrderBy(k => k, StringComparer.Ordinal));
            Assert.All(jobs.Values, j => Assert.Equal(JobKind.Saas, j.Kind));
            Assert.True(jobs["pol-ex"].Enabled);
            Assert.True(jobs["pol-sp"].Enabled); // activeWithErrors still backs up
            Assert.False(jobs["pol-od"].Enabled); // inactive
            Assert.Equal("Exchange - all staff", jobs["pol-ex"].Name);
            Assert.Equal(TimeSpan.FromDays(14), jobs["pol-ex"].Retention!.Value.Value); // "P2W", which the SDK alone cannot parse
            Assert.Equal(TimeSpan.FromDays(365), jobs["pol-sp"].Retention!.Value.Value);
            Assert.All(jobs.Values, j => Assert.Equal("m365-backup", j.Repository));
        }

        [Fact]
        public async Task UnitsAreNamedByResolvedAddressUrlOrOwnerAndById()
        {
            await using var sim = M365TestTenant.Populate(new GraphSimulator());
            var (data, host) = Collect(sim);

            var jobs = data.Inventory!.Jobs.ToDictionary(j => j.Id);
            Assert.Equal(new[] { "priya@contoso.com", "u-1" }, jobs["pol-ex"].Objects);
            Assert.Equal(new[] { "https://contoso.sharepoint.com/sites/clinic", "s-1" }, jobs["pol-sp"].Objects);
            Assert.Equal(new[] { "onedrive:priya@contoso.com", "onedrive:u-1" }, jobs["pol-od"].Objects);
            // mu-2's status 'offboarded' is unknown to SDK 5.92 (null): unknown, never protected.
            Assert.DoesNotContain("u-2", jobs["pol-ex"].Objects);
            Assert.Contains(host.Warnings, w => w.Contains("sam@contoso.onmicrosoft.com") && w.Contains("unknown, not protected"));
            // mu-3 carries an error inside a 200 response: reported, not protected.
            Assert.DoesNotContain("gone@contoso.com", jobs["pol-ex"].Objects);
            Assert.Contains(host.Warnings, w => w.Contains("ProtectionUnitNotFound") && w.Contains("gone@contoso.com"));
            Assert.Contains(host.Warnings, w => w.Contains("active with errors"));
        }

        [Fact]
        public async Task RepositoryStatesOnlyWhatTheApiSays()
        {
            await using var sim = M365TestTenant.Populate(new GraphSimulator());
            var repository = Assert.Single(Collect(sim).Data.Inventory!.Repositories);

            Assert.Equal("m365-backup", repository.Id);
            Assert.Equal(RepositoryLocation.Cloud, repository.Location);
            Assert.Null(repository.Immutable);
            Assert.Null(repository.ImmutableDays);
            Assert.Null(repository.Encrypted);
        }

        [Fact]
        public async Task LatestPointInTheWindowPerUnitAndOneSuccessfulRunPerPointTime()
        {
            await using var sim = M365TestTenant.Populate(new GraphSimulator());
            var inventory = Collect(sim).Data.Inventory!;

            var mailbox = inventory.RestorePoints.Where(p => p.Object == "priya@contoso.com").ToList();
            Assert.Equal(M365TestTenant.AsOf.AddDays(-1), Assert.Single(mailbox).Time);
            Assert.Equal("pol-ex", mailbox[0].Job);
            Assert.Contains(inventory.RestorePoints, p => p.Object == "u-1" && p.Time == M365TestTenant.AsOf.AddDays(-1));
            Assert.Contains(inventory.RestorePoints, p => p.Object == "https://contoso.sharepoint.com/sites/clinic" && p.Time == M365TestTenant.AsOf.AddHours(-2));
            Assert.DoesNotContain(inventory.RestorePoints, p => p.Object.StartsWith("onedrive:", StringComparison.Ordinal)); // its only point is 50 days old
            var search = sim.SearchBodies.First();
            Assert.Equal("latest", search["restorePointPreference"]!.GetValue<string>());
            Assert.Equal("2026-09-27T00:00:00Z", search["protectionTimePeriod"]!["startDateTime"]!.GetValue<string>().Replace(".0000000", "").Replace("+00:00", "Z"));

            var runs = inventory.Runs.OrderBy(r => r.Job, StringComparer.Ordinal).ToList();
            Assert.Equal(new[] { "pol-ex", "pol-sp" }, runs.Select(r => r.Job));
            Assert.All(runs, r => Assert.Equal(RunResult.Success, r.Result));
            Assert.Equal(M365TestTenant.AsOf.AddDays(-1), runs[0].Start);
            Assert.Contains("reports no job runs", runs[0].Message);
        }

        [Fact]
        public async Task FinishedRestoreArtifactsBecomeItemRestoreTests()
        {
            await using var sim = M365TestTenant.Populate(new GraphSimulator());
            var tests = Collect(sim).Data.RestoreTests.OrderBy(t => t.Date).ToList();

            Assert.Equal(2, tests.Count); // a-2 is still in progress
            Assert.All(tests, t => { Assert.Equal(RestoreScope.Item, t.Scope); Assert.Equal(EvidenceQuality.Excellent, t.Quality); Assert.Equal("m365", t.Origin); });
            Assert.Equal(RestoreResult.Success, tests[0].Result);
            Assert.Equal(TimeSpan.FromMinutes(25), tests[0].Duration!.Value.Value);
            Assert.Equal(M365TestTenant.AsOf.AddDays(-11), tests[0].PointInTime);
            Assert.Contains("priya@contoso.com", tests[0].Validation);
            Assert.Contains("a-1", tests[0].Evidence);
            Assert.Equal(RestoreResult.Failed, tests[1].Result);
            Assert.Equal(TimeSpan.FromHours(2), tests[1].Duration!.Value.Value);
        }

        [Fact]
        public async Task WithoutADefinitionRestoreTestsBelongToNoService()
        {
            await using var sim = M365TestTenant.Populate(new GraphSimulator());
            var tests = Collect(sim).Data.RestoreTests;

            Assert.Equal(2, tests.Count);
            Assert.All(tests, t => { Assert.Equal("", t.Service); Assert.Empty(t.Components); });
        }

        private static ClientDefinition Definition() => new()
        {
            Components =
            {
                new Component { Id = "mailboxes", Backup = new BackupSpec { Match = { new BackupMatch { Source = "m365", Object = "*@CONTOSO.com" } } } },
                new Component { Id = "exec-mail", Backup = new BackupSpec { Match = { new BackupMatch { Source = "m365", Object = "u-1" } } } },
                new Component { Id = "onedrives", Backup = new BackupSpec { Match = { new BackupMatch { Source = "m365", Object = "onedrive:priya@contoso.com" } } } },
                new Component { Id = "clinic-site", Backup = new BackupSpec { Match = { new BackupMatch { Source = "m365", Object = "https://contoso.sharepoint.com/sites/*" } } } },
                new Component { Id = "other-mail", Backup = new BackupSpec { Match = { new BackupMatch { Source = "veeam-main", Object = "priya@contoso.com" } } } },
            },
            Services =
            {
                new Service { Id = "email", Components = { "exec-mail", "mailboxes", "onedrives" } },
                new Service { Id = "clinic", Components = { "clinic-site" } },
                new Service { Id = "archive", Components = { "other-mail" } },
                new Service { Id = "executives", Components = { "exec-mail" } },
            },
        };

        [Fact]
        public async Task RestoreTestsAreAttributedToTheServicesWhoseComponentsMatchTheRestoredUnit()
        {
            await using var sim = M365TestTenant.Populate(new GraphSimulator());
            var tests = Collect(sim, context: c => c.Definition = Definition()).Data.RestoreTests;

            // a-1 restored mailbox mu-1 (priya@contoso.com, u-1): by address and by directoryObjectId, not as a OneDrive,
            // and not through a component matched on another source.
            var mailbox = tests.Where(t => t.Evidence!.Contains("a-1")).ToList();
            Assert.Equal(new[] { "email", "executives" }, mailbox.Select(t => t.Service));
            Assert.Equal(new[] { "exec-mail", "mailboxes" }, mailbox[0].Components);
            Assert.Equal(new[] { "exec-mail" }, mailbox[1].Components);
            var site = Assert.Single(tests, t => t.Evidence!.Contains("a-3"));
            Assert.Equal("clinic", site.Service);
            Assert.Equal(new[] { "clinic-site" }, site.Components);
            Assert.Equal(RestoreResult.Failed, site.Result);
            Assert.All(tests, t => { Assert.Equal(RestoreScope.Item, t.Scope); Assert.Equal(EvidenceQuality.Excellent, t.Quality); });
            Assert.Equal(3, tests.Count);
        }

        [Fact]
        public async Task ARestoredUnitNoComponentMatchesKeepsServiceEmpty()
        {
            await using var sim = M365TestTenant.Populate(new GraphSimulator());
            var definition = Definition();
            definition.Components.RemoveAll(c => c.Id == "clinic-site");
            definition.Services.RemoveAll(s => s.Id == "clinic");
            var tests = Collect(sim, context: c => c.Definition = definition).Data.RestoreTests;

            var site = Assert.Single(tests, t => t.Evidence!.Contains("a-3"));
            Assert.Equal("", site.Service);
            Assert.Empty(site.Components);
            Assert.Contains("https://contoso.sharepoint.com/sites/clinic", site.Validation);
        }

        [Fact]
        public async Task TellsTheHostEverythingOnTheCallingThreadOnly()
        {
            await using var sim = M365TestTenant.Populate(new GraphSimulator());
            var caller = Environment.CurrentManagedThreadId;
            var (data, host) = Collect(sim);

            Assert.True(data.Ok, data.Error);
            Assert.NotEmpty(host.Verbose);
            Assert.NotEmpty(host.Progress);
            Assert.NotEmpty(host.Warnings);
            Assert.Equal(new[] { caller }, host.Threads);
        }

        [Fact]
        public async Task FollowsAbsoluteAndRelativeNextLinksAcrossManyPagesAndReportsProgress()
        {
            foreach (var relative in new[] { false, true })
            {
                await using var sim = M365TestTenant.Populate(new GraphSimulator { PageSize = 3, RelativeNextLinks = relative });
                for (int i = 0; i < 40; i++)
                {
                    var id = "bulk-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    sim.MailboxUnits.Add(M365TestTenant.Unit("mailbox", "mu-" + id, "pol-ex", "protected", "directoryObjectId", "u-" + id));
                    sim.Users["u-" + id] = (id + "@contoso.com", id + "@contoso.onmicrosoft.com");
                }
                var (data, host) = Collect(sim);

                Assert.True(data.Ok, data.Error);
                var objects = data.Inventory!.Jobs.Single(j => j.Id == "pol-ex").Objects;
                Assert.Contains("bulk-0@contoso.com", objects);
                Assert.Contains("bulk-39@contoso.com", objects);
                Assert.Equal(41 * 2, objects.Count);
                Assert.True(sim.Requests.Count(r => r.Contains("graph.mailboxProtectionUnit", StringComparison.Ordinal)) >= 14);
                Assert.Contains(host.Progress, p => p.Status.Contains("mailbox protection units: 43 read"));
                Assert.All(sim.SearchBodies, b => Assert.True(b["protectionUnitIds"]!.AsArray().Count <= 5));
            }
        }

        [Fact]
        public async Task RetriesThrottlingAndServerErrorsHonouringFractionalRetryAfter()
        {
            await using var sim = M365TestTenant.Populate(new GraphSimulator { ThrottleNext = 2, RetryAfter = "0.2" });
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var (data, host) = Collect(sim);

            Assert.True(data.Ok, data.Error);
            Assert.Equal(2, sim.Throttled);
            Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(380), "waited " + watch.Elapsed);
            Assert.Contains(host.Verbose, v => v.Contains("HTTP 429") && v.Contains("retrying in 0.2 s"));

            await using var failing = M365TestTenant.Populate(new GraphSimulator { FailNext = 2 });
            Assert.True(Collect(failing).Data.Ok);
        }

        [Fact]
        public async Task GivesUpWhenThrottlingOutlastsTheRetryPolicy()
        {
            await using var sim = M365TestTenant.Populate(new GraphSimulator { ThrottleNext = 100, RetryAfter = "0.01" });
            var data = Collect(sim).Data;

            Assert.Equal(SourceState.Failed, data.State);
            Assert.Contains("HTTP 429", data.Error);
            Assert.Contains("after 4 attempts", data.Error);
        }

        [Fact]
        public async Task NotABackupControllerIsAClearSourceFailure()
        {
            await using var sim = M365TestTenant.Populate(new GraphSimulator { NotBackupController = true });
            var data = Collect(sim).Data;

            Assert.Equal(SourceState.Failed, data.State);
            Assert.Null(data.Inventory);
            Assert.Contains("HTTP 403", data.Error);
            Assert.Contains("backup controller", data.Error);
            Assert.Contains("BackupRestore-Configuration.Read.All", data.Error);
        }

        [Fact]
        public async Task MalformedBodyFailsTheSource()
        {
            await using var sim = M365TestTenant.Populate(new GraphSimulator { MalformedPath = "sharePointProtectionPolicies" });
            var data = Collect(sim).Data;

            Assert.Equal(SourceState.Failed, data.State);
            Assert.Contains("cannot read", data.Error);
        }

        [Fact]
        public async Task SlowAnswersTimeOutPerRequest()
        {
            await using var sim = M365TestTenant.Populate(new GraphSimulator { SlowPath = "exchangeProtectionPolicies", SlowDelay = TimeSpan.FromSeconds(5) });
            var data = Collect(sim, o => o.Retry.MaxRetries = 1, c => c.RequestTimeout = TimeSpan.FromMilliseconds(200)).Data;

            Assert.Equal(SourceState.Failed, data.State);
            Assert.Contains("no answer within 0.2 s", data.Error);
        }

        [Fact]
        public async Task CancellationStopsTheRead()
        {
            await using var sim = M365TestTenant.Populate(new GraphSimulator { SlowPath = "exchangeProtectionPolicies", SlowDelay = TimeSpan.FromSeconds(5) });
            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
            var collector = new M365SourceCollector(M365TestTenant.Options());

            Assert.ThrowsAny<OperationCanceledException>(() =>
                collector.Collect(M365TestTenant.Source(sim), M365TestTenant.Context(new RecordingHost()), cancel.Token));
        }

        [Fact]
        public async Task UserLookupRefusedLeavesUnitsNamedById()
        {
            await using var sim = M365TestTenant.Populate(new GraphSimulator { UsersForbidden = true });
            var (data, host) = Collect(sim);

            Assert.True(data.Ok, data.Error);
            Assert.Equal(new[] { "u-1" }, data.Inventory!.Jobs.Single(j => j.Id == "pol-ex").Objects);
            Assert.Contains(host.Warnings, w => w.Contains("User.Read.All"));
        }

        [Fact]
        public async Task DisabledServiceEnablesNoPolicy()
        {
            await using var sim = M365TestTenant.Populate(new GraphSimulator());
            sim.ServiceStatus["status"] = "disabled";
            var (data, host) = Collect(sim);

            Assert.All(data.Inventory!.Jobs, j => Assert.False(j.Enabled));
            Assert.Contains(host.Warnings, w => w.Contains("disabled"));
        }

        [Fact]
        public async Task SimulatorAnswersBothCastUrlForms()
        {
            await using var sim = M365TestTenant.Populate(new GraphSimulator());
            using var http = new HttpClient();
            http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", GraphSimulator.Token);
            var sdkForm = await http.GetStringAsync(sim.BaseUrl + "/v1.0/solutions/backupRestore/protectionUnits/graph.mailboxProtectionUnit");
            var docsForm = await http.GetStringAsync(sim.BaseUrl + "/v1.0/solutions/backupRestore/protectionUnits/microsoft.graph.mailboxProtectionUnit");

            Assert.Equal(sdkForm, docsForm);
            Assert.Contains("\"mu-1\"", sdkForm);
            Assert.Contains(sim.Requests, r => r.Contains("/protectionUnits/graph.mailboxProtectionUnit", StringComparison.Ordinal));
        }

        [Fact]
        public async Task CaptureSavedFromALiveReadIsReadBackTheSameWithoutTokens()
        {
            var folder = Path.Combine(Path.GetTempPath(), "draudit-m365-" + Guid.NewGuid().ToString("N"));
            try
            {
                SourceData live;
                await using (var sim = M365TestTenant.Populate(new GraphSimulator { PageSize = 2 }))
                {
                    live = Collect(sim, context: c => c.SaveCaptureTo = folder).Data;
                }
                Assert.True(live.Ok, live.Error);
                Assert.True(File.Exists(Path.Combine(folder, M365SourceCollector.CaptureManifestFile)));
                Assert.All(Directory.GetFiles(folder), f => Assert.DoesNotContain(GraphSimulator.Token, File.ReadAllText(f)));
                Assert.Contains(Directory.GetFiles(folder), f => File.ReadAllText(f).Contains("\"P2W\""));

                var replayed = new M365SourceCollector().Collect(M365TestTenant.Source(null, folder), M365TestTenant.Context(new RecordingHost()), CancellationToken.None);

                Assert.True(replayed.Ok, replayed.Error);
                Assert.Equal(EvidenceQuality.Fair, replayed.Quality);
                Assert.Equal(live.CollectedAt, replayed.CollectedAt);
                Assert.Equal(Core.Loading.Inventory.InventoryJsonWriter.ToJson(live.Inventory!), Core.Loading.Inventory.InventoryJsonWriter.ToJson(replayed.Inventory!));
                Assert.Equal(live.RestoreTests.Count, replayed.RestoreTests.Count);
            }
            finally
            {
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            }
        }

        [Fact]
        public void CaptureMissingAResponseFailsNamingIt()
        {
            var folder = Directory.CreateTempSubdirectory("draudit-m365-empty").FullName;
            try
            {
                var data = new M365SourceCollector().Collect(M365TestTenant.Source(null, folder), M365TestTenant.Context(new RecordingHost()), CancellationToken.None);

                Assert.Equal(SourceState.Failed, data.State);
                Assert.Contains("holds no response for GET /v1.0/solutions/backupRestore", data.Error);
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        [Fact]
        public void NoCredentialIsAClearFailure()
        {
            var source = M365TestTenant.Source(null);
            source.Endpoint = "http://127.0.0.1:9";
            var data = new M365SourceCollector().Collect(source, M365TestTenant.Context(new RecordingHost()), CancellationToken.None);

            Assert.Equal(SourceState.Failed, data.State);
            Assert.Contains("no certificateThumbprint, client secret or credential", data.Error);
        }

        [Fact]
        public void TheCoreFindsTheCollectorByName()
        {
            var collector = SourceCollectors.For("m365");

            Assert.Equal("DrAudit.Collectors.M365.M365SourceCollector", collector.GetType().FullName);
            Assert.Equal(SourceDefinition.M365Type, collector.Type);
        }
    }
}
