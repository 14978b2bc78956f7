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
        public async Task EveryPointInTheWindowPerUnitAndOneSuccessfulRunPerPointTime()
        {
            await using var sim = M365TestTenant.Populate(new GraphSimulator());
            var inventory = Collect(sim).Data.Inventory!;

            var mailbox = inventory.RestorePoints.Where(p => p.Object == "priya@contoso.com").Select(p => p.Time).ToList();
            Assert.Equal(new[] { M365TestTenant.AsOf.AddDays(-3), M365TestTenant.AsOf.AddDays(-1) }, mailbox); // not the one after asOf
            Assert.All(inventory.RestorePoints.Where(p => p.Object == "priya@contoso.com"), p => Assert.Equal("pol-ex", p.Job));
            Assert.Equal(2, inventory.RestorePoints.Count(p => p.Object == "u-1"));
            Assert.Contains(inventory.RestorePoints, p => p.Object == "https://contoso.sharepoint.com/sites/clinic" && p.Time == M365TestTenant.AsOf.AddHours(-2));
            Assert.DoesNotContain(inventory.RestorePoints, p => p.Object.StartsWith("onedrive:", StringComparison.Ordinal)); // its only point is 50 days old
            // As documented: both parameters, the unit in the expand's filter, the cursor just after asOf.
            Assert.Contains(sim.RestorePointQueries, q => Uri.UnescapeDataString(q).Contains("$expand=protectionUnit($filter=id eq 'mu-1')")
                && Uri.UnescapeDataString(q).Contains("$filter=protectionDateTime lt 2026-11-01T00:00:01Z"));

            var runs = inventory.Runs.OrderBy(r => r.Job, StringComparer.Ordinal).ThenBy(r => r.Start).ToList();
            Assert.Equal(new[] { "pol-ex", "pol-ex", "pol-sp" }, runs.Select(r => r.Job));
            Assert.All(runs, r => Assert.Equal(RunResult.Success, r.Result));
            Assert.Equal(new[] { M365TestTenant.AsOf.AddDays(-3), M365TestTenant.AsOf.AddDays(-1) }, runs.Take(2).Select(r => r.Start));
            Assert.Contains("reports no job runs", runs[0].Message);
        }

        /// <summary>A unit backed up daily for 40 days: the window (35 days) is read five points a request, walking the
        /// cursor back, and nothing older than the window is kept.</summary>
        private static void DailyHistory(GraphSimulator sim, string unit = "mu-1", int days = 40)
        {
            sim.RestorePoints[unit] = Enumerable.Range(0, days)
                .Select(d => M365TestTenant.Point("rp-d" + d.ToString(System.Globalization.CultureInfo.InvariantCulture), M365TestTenant.AsOf.AddHours(-1).AddDays(-d), "mailbox", unit)).ToList();
        }

        [Fact]
        public async Task HistoryIsReadFiveAtATimeBackToTheStartOfTheWindow()
        {
            await using var sim = M365TestTenant.Populate(new GraphSimulator());
            DailyHistory(sim);
            var (data, host) = Collect(sim);

            Assert.True(data.Ok, data.Error);
            var times = data.Inventory!.RestorePoints.Where(p => p.Object == "priya@contoso.com").Select(p => p.Time).ToList();
            Assert.Equal(35, times.Count); // AsOf-1h back to AsOf-34d-1h; AsOf-35d-1h is before the window
            Assert.Equal(M365TestTenant.AsOf.AddHours(-1), times.Max());
            Assert.Equal(M365TestTenant.AsOf.AddDays(-34).AddHours(-1), times.Min());
            var queries = sim.RestorePointQueries.Select(Uri.UnescapeDataString).Where(q => q.Contains("'mu-1'")).ToList();
            Assert.Equal(8, queries.Count); // 5 points each: the 8th reaches past the window start
            Assert.Contains(queries, q => q.Contains("protectionDateTime lt 2026-10-27T23:00:00Z")); // the oldest of the first five
            Assert.Equal(35, data.Inventory.Runs.Count(r => r.Job == "pol-ex"));
            Assert.DoesNotContain(host.Warnings, w => w.Contains("read back only"));
        }

        [Fact]
        public async Task HistoryFollowsNextLinksWhenGraphPagesIt()
        {
            await using var sim = M365TestTenant.Populate(new GraphSimulator { RestorePointNextLinks = true, PageSize = 4, RelativeNextLinks = true });
            DailyHistory(sim);
            var data = Collect(sim).Data;

            Assert.Equal(35, data.Inventory!.RestorePoints.Count(p => p.Object == "priya@contoso.com"));
            Assert.Contains(sim.RestorePointQueries, q => q.Contains("skiptoken", StringComparison.Ordinal));
        }

        [Fact]
        public async Task AServiceIgnoringTheFiltersIsCutByTheCollector()
        {
            await using var sim = M365TestTenant.Populate(new GraphSimulator { IgnoreFilters = true, PageSize = 3 });
            DailyHistory(sim);
            var inventory = Collect(sim).Data.Inventory!;

            // Every answer holds every unit's points: each unit keeps only its own, inside the window, never after asOf.
            Assert.Equal(35, inventory.RestorePoints.Count(p => p.Object == "priya@contoso.com"));
            Assert.Equal(new[] { M365TestTenant.AsOf.AddHours(-2) }, inventory.RestorePoints.Where(p => p.Object == "s-1").Select(p => p.Time));
            Assert.DoesNotContain(inventory.RestorePoints, p => p.Time > M365TestTenant.AsOf || p.Time < M365TestTenant.AsOf.AddDays(-35));
            Assert.DoesNotContain(inventory.RestorePoints, p => p.Object.StartsWith("onedrive:", StringComparison.Ordinal));
            // And the sites list still leaves out OneDrives and app storage.
            Assert.DoesNotContain(inventory.Discovered!, d => d.Object.Contains("/personal/") || d.Object.Contains("/contentstorage/"));
        }

        [Fact]
        public async Task TheRequestBudgetPerUnitBoundsTheHistoryAndSaysSo()
        {
            await using var sim = M365TestTenant.Populate(new GraphSimulator());
            DailyHistory(sim);
            var (data, host) = Collect(sim, o => o.MaxRestorePointRequestsPerUnit = 2);

            Assert.True(data.Ok, data.Error);
            Assert.Equal(10, data.Inventory!.RestorePoints.Count(p => p.Object == "priya@contoso.com"));
            Assert.Equal(2, sim.RestorePointQueries.Count(q => Uri.UnescapeDataString(q).Contains("'mu-1'")));
            Assert.Contains(host.Warnings, w => w.Contains("1 protection unit was read back only to 2026-10-22 23:00 UTC"));
        }

        [Fact]
        public async Task ThrottledHistoryRequestsAreRetried()
        {
            await using var sim = M365TestTenant.Populate(new GraphSimulator { ThrottlePath = "/restorePoints", ThrottleNext = 3, RetryAfter = "0.05" });
            DailyHistory(sim);
            var (data, host) = Collect(sim);

            Assert.True(data.Ok, data.Error);
            Assert.Equal(3, sim.Throttled);
            Assert.Equal(35, data.Inventory!.RestorePoints.Count(p => p.Object == "priya@contoso.com"));
            Assert.Contains(host.Verbose, v => v.Contains("HTTP 429"));
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
                // Discovery pages through the users too: every bulk user's mailbox is listed.
                Assert.Contains(data.Inventory.Discovered!, d => d.Object == "bulk-39@contoso.com" && d.Kind == WorkloadKind.Mailbox);
                Assert.Contains(host.Progress, p => p.Status.StartsWith("users: ", StringComparison.Ordinal) && p.Status.Contains("(page "));
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
                // History and discovery come back too: the OneDrive lookups that found none were saved as 404 answers.
                Assert.Equal(2, replayed.Inventory!.RestorePoints.Count(p => p.Object == "priya@contoso.com"));
                Assert.Equal(8, replayed.Inventory.Discovered!.Count);
                Assert.Contains(Directory.GetFiles(folder), f => f.EndsWith(".http404.json", StringComparison.Ordinal) && f.Contains("users_u-2_drive"));
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
