using DrAudit.Core.Comparison;
using DrAudit.Core.Fleet;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs;
using DrAudit.Core.Tests.Auditing;
using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Tests.Fleet
{
    public sealed class FleetAuditorTests : IDisposable
    {
        private readonly FleetFolder _fleet = new FleetFolder();

        public void Dispose() => _fleet.Dispose();

        private FleetRunResult Run(int throttle = 4, string? root = null, RecordingAuditHost? host = null, Action<FleetClientSummary>? clientDone = null) =>
            FleetAuditor.Run(new[] { _fleet.Clients },
                new FleetAuditOptions { OutputRoot = root ?? _fleet.Out, ThrottleLimit = throttle, Clock = () => FleetFolder.GeneratedAt },
                host ?? new RecordingAuditHost(), clientDone, CancellationToken.None);

        /// <summary>Two healthy clients, one whose source cannot be read, one broken file.</summary>
        private void MixedFleet()
        {
            _fleet.Healthy("alpha");
            _fleet.Healthy("bravo");
            _fleet.SourceFailing("charlie");
            _fleet.Broken("broken.yaml");
        }

        private static FleetClientSummary Row(FleetRunResult run, string id) => run.Clients.Single(c => c.ClientId == id);

        private ReadinessResult Pack(string relative) =>
            ReadinessJson.Deserialize(File.ReadAllText(Path.Combine(_fleet.Out, relative, JsonPackRenderer.ReadinessFile)));

        /// <summary>A summary that cannot be written after the audits is reported on the result (not thrown, which lost the
        /// rows and made the run look as if nothing ran); the clients' packs stay, and the outcome is not AllAudited.</summary>
        [Fact]
        public void A_summary_that_cannot_be_written_is_reported_and_the_clients_packs_are_kept()
        {
            _fleet.Healthy("alpha");
            Directory.CreateDirectory(_fleet.Out);
            File.WriteAllText(Path.Combine(_fleet.Out, FleetAuditor.SummaryFolder), "in the way");

            var run = Run();

            Assert.Null(run.SummaryPack);
            Assert.IsType<Core.Storage.OutputNotWrittenException>(run.SummaryError);
            Assert.Equal(FleetClientStatus.Audited, Row(run, "alpha").Status);
            Assert.Equal(FleetOutcome.SomeFailed, run.Outcome);
            Assert.Equal(1, run.ExitCode);
            Assert.True(EvidencePackVerifier.Verify(Path.Combine(_fleet.Out, Row(run, "alpha").Pack!)).Intact);
        }

        /// <summary>A root in a folder that cannot be written is refused before any client is audited.</summary>
        [SkippableFact]
        public void A_root_that_cannot_be_written_is_refused_before_the_audits()
        {
            _fleet.Healthy("alpha");
            var parent = Path.Combine(_fleet.Root, "locked");
            Directory.CreateDirectory(parent);
            using (Storage.UnwritableFolder.Make(parent))
            {
                var host = new RecordingAuditHost();
                var error = Assert.Throws<Core.Storage.FolderNotWritableException>(() => Run(root: Path.Combine(parent, "packs"), host: host));
                Assert.Equal(parent, error.FolderPath);
                Assert.Empty(host.Progress);
                Assert.Empty(Directory.GetFileSystemEntries(parent));
            }
        }

        [Fact]
        public void Every_client_is_audited_into_its_dated_folder_and_a_failing_one_stops_no_other()
        {
            MixedFleet();

            var run = Run();

            Assert.Equal(FleetOutcome.SomeFailed, run.Outcome);
            Assert.Equal(1, run.ExitCode);
            Assert.Equal(4, run.Clients.Count);
            Assert.Equal(FleetClientStatus.Audited, Row(run, "alpha").Status);
            Assert.Equal(FleetClientStatus.Audited, Row(run, "bravo").Status);
            var charlie = Row(run, "charlie");
            Assert.Equal(FleetClientStatus.SourceFailed, charlie.Status);
            Assert.Equal(new[] { "main" }, charlie.SourcesFailed);
            Assert.Contains("main", charlie.Error);
            var broken = run.Clients.Single(c => c.ClientId == null);
            Assert.Equal(FleetClientStatus.Failed, broken.Status);
            Assert.EndsWith("broken.yaml", broken.Definition, StringComparison.Ordinal);
            Assert.Contains("servicez", broken.Error);
            Assert.Null(broken.Pack);

            foreach (var id in new[] { "alpha", "bravo", "charlie" })
            {
                Assert.Equal(id + "/" + FleetFolder.AsOfDate, Row(run, id).Pack);
                var result = Pack(Row(run, id).Pack!);
                Assert.Equal(id, result.Client.Id);
                Assert.Null(result.SinceLastAudit);
                Assert.Null(Row(run, id).PreviousPack);
            }
            Assert.Equal(new[] { "_fleet", "alpha", "bravo", "charlie" },
                Directory.GetDirectories(_fleet.Out).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
        }

        [Fact]
        public void The_summary_pack_holds_json_html_and_excel_with_a_manifest_of_their_hashes()
        {
            MixedFleet();

            var run = Run();

            Assert.Equal(Path.Combine(_fleet.Out, FleetAuditor.SummaryFolder, FleetFolder.AsOfDate), run.SummaryPack);
            var manifest = JObject.Parse(File.ReadAllText(Path.Combine(run.SummaryPack!, "manifest.json")));
            var files = manifest["files"]!.Select(f => (string)f["path"]!).ToList();
            Assert.Equal(new[] { "fleet.html", "fleet.json", "fleet.xlsx" }, files);
            foreach (var file in manifest["files"]!)
                Assert.Equal((string)file["sha256"]!, PackManifest.Sha256Of(Path.Combine(run.SummaryPack!, (string)file["path"]!)));

            var summary = FleetJsonRenderer.Deserialize(File.ReadAllText(Path.Combine(run.SummaryPack!, "fleet.json")));
            Assert.Equal(4, summary.Clients.Count);
            Assert.Equal(new[] { "", "alpha", "bravo", "charlie" }, summary.Clients.Select(c => c.ClientId ?? ""));
            Assert.Equal(Row(run, "alpha").FindingsHigh, summary.Clients[1].FindingsHigh);
            var json = JObject.Parse(File.ReadAllText(Path.Combine(run.SummaryPack!, "fleet.json")));
            Assert.Equal("FleetSummary", (string)json["kind"]!);
            Assert.Equal("SomeFailed", (string)json["outcome"]!);
            Assert.Equal("SourceFailed", (string)json["clients"]![3]!["status"]!);
        }

        [Fact]
        public void A_second_run_writes_beside_the_first_packs_and_names_exactly_the_changes_made()
        {
            MixedFleet();
            Run();
            var first = _fleet.Snapshot();
            // alpha: E8-RB-05 now attested (its finding resolves), E8-RB-06 now attested false (a new finding).
            _fleet.Healthy("alpha", othersAttested: true, canModify: true);

            var run = Run();

            foreach (var (path, bytes) in first)
                Assert.True(bytes.SequenceEqual(File.ReadAllBytes(Path.Combine(_fleet.Out, path))), path + " was changed by the second run.");
            var alpha = Row(run, "alpha");
            Assert.Equal("alpha/" + FleetFolder.AsOfDate + ".2", alpha.Pack);
            Assert.Equal(FleetFolder.AsOfDate, alpha.PreviousPack);
            Assert.Equal(1, alpha.NewFindings);
            Assert.Equal(1, alpha.ResolvedFindings);
            Assert.Equal(2, alpha.ControlChanges);

            var since = Pack(alpha.Pack!).SinceLastAudit!;
            Assert.Equal(FleetFolder.AsOfDate, since.ReferencePack);
            Assert.Equal(FleetFolder.AsOfDate + ".2", since.DifferencePack);
            Assert.Equal("E8-RB-06", Assert.Single(since.Findings, f => f.Change == FindingChangeKind.New).Key);
            Assert.Equal("E8-RB-05", Assert.Single(since.Findings, f => f.Change == FindingChangeKind.Resolved).Key);
            Assert.Collection(since.Controls,
                c => Assert.Equal(("E8-RB-05", (string?)null, (Outcome?)Outcome.NoVisibility, (Outcome?)Outcome.Effective), (c.Control, c.Service, c.Before, c.After)),
                c => Assert.Equal(("E8-RB-06", (string?)null, (Outcome?)Outcome.Effective, (Outcome?)Outcome.Ineffective), (c.Control, c.Service, c.Before, c.After)));

            var bravo = Row(run, "bravo");
            Assert.Equal((0, 0, 0), (bravo.NewFindings!.Value, bravo.ResolvedFindings!.Value, bravo.ControlChanges!.Value));
            Assert.Equal(Pack(bravo.Pack!).Findings.Count, bravo.StillOpenFindings);
            Assert.Equal(Path.Combine(_fleet.Out, "_fleet", FleetFolder.AsOfDate + ".2"), run.SummaryPack);
        }

        [Fact]
        public void Parallel_and_sequential_runs_write_the_same_packs_apart_from_timestamps()
        {
            for (int i = 0; i < 6; i++) _fleet.Healthy("client-" + i);
            _fleet.SourceFailing("dead");
            _fleet.Broken("broken.yaml");
            var parallelRoot = Path.Combine(_fleet.Root, "parallel");
            var sequentialRoot = Path.Combine(_fleet.Root, "sequential");

            var parallel = Run(throttle: 4, root: parallelRoot);
            var sequential = Run(throttle: 1, root: sequentialRoot);

            Assert.Equal(Stable(parallelRoot), Stable(sequentialRoot));
            Assert.Equal(WithoutGeneratedAt(FleetJsonRenderer.Serialize(parallel.Summary)), WithoutGeneratedAt(FleetJsonRenderer.Serialize(sequential.Summary)));
        }

        /// <summary>Per pack: readiness.json without generatedAt, and the manifest's hashes of the files that hold no timestamp.</summary>
        private static SortedDictionary<string, string> Stable(string root)
        {
            var stable = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var manifestPath in Directory.GetFiles(root, "manifest.json", SearchOption.AllDirectories))
            {
                var pack = Path.GetRelativePath(root, Path.GetDirectoryName(manifestPath)!).Replace('\\', '/');
                if (pack.StartsWith("_fleet", StringComparison.Ordinal)) continue;
                stable[pack + "/readiness.json"] = WithoutGeneratedAt(File.ReadAllText(Path.Combine(root, pack, "readiness.json")));
                foreach (var file in JObject.Parse(File.ReadAllText(manifestPath))["files"]!)
                {
                    var path = (string)file["path"]!;
                    if (path.StartsWith("client/", StringComparison.Ordinal) || path.StartsWith("inventories/", StringComparison.Ordinal))
                        stable[pack + "/" + path] = (string)file["sha256"]!;
                }
            }
            Assert.Equal(7, stable.Keys.Count(k => k.EndsWith("readiness.json", StringComparison.Ordinal)));
            return stable;
        }

        private static string WithoutGeneratedAt(string json)
        {
            var parsed = JObject.Parse(json);
            parsed.Remove("generatedAt");
            return parsed.ToString();
        }

        [Fact]
        public void A_fleet_with_every_source_read_is_exit_code_zero()
        {
            _fleet.Healthy("alpha");
            _fleet.Healthy("bravo");

            var run = Run();

            Assert.Equal(FleetOutcome.AllAudited, run.Outcome);
            Assert.Equal(0, run.ExitCode);
        }

        [Fact]
        public void Nothing_audited_is_exit_code_two_whether_no_client_is_found_or_every_one_fails()
        {
            var host = new RecordingAuditHost();
            var empty = Run(host: host);
            Assert.Equal(2, empty.ExitCode);
            Assert.Null(empty.SummaryPack);
            Assert.Contains(host.Warnings, w => w.Contains("No client definitions", StringComparison.Ordinal));

            _fleet.Broken("one.yaml");
            _fleet.Broken("two.yaml");
            var broken = Run();
            Assert.Equal(FleetOutcome.NothingRan, broken.Outcome);
            Assert.Equal(2, broken.Clients.Count(c => c.Status == FleetClientStatus.Failed));
            Assert.NotNull(broken.SummaryPack);
        }

        [Fact]
        public void WhatIf_writes_nothing()
        {
            _fleet.Healthy("alpha");

            var run = Run(host: new RecordingAuditHost(allowWrites: false));

            Assert.Empty(run.Clients);
            Assert.False(Directory.Exists(_fleet.Out));
        }

        [Fact]
        public void The_host_is_called_only_from_the_calling_thread_with_progress_per_client_and_overall()
        {
            for (int i = 0; i < 5; i++) _fleet.Healthy("client-" + i);
            _fleet.Broken("broken.yaml");
            var caller = Environment.CurrentManagedThreadId;
            var threads = new HashSet<int>();
            var host = new RecordingAuditHost { OnProgress = _ => threads.Add(Environment.CurrentManagedThreadId) };
            var done = new List<string>();

            Run(throttle: 3, host: host, clientDone: row =>
            {
                threads.Add(Environment.CurrentManagedThreadId);
                done.Add(row.ClientId ?? row.Definition);
            });

            Assert.Equal(new[] { caller }, threads);
            Assert.Equal(6, done.Count);
            var overall = host.Progress.Where(p => p.ActivityId == FleetProgress.RunActivityId && !p.Completed).Select(p => p.Status).ToList();
            Assert.Equal("0 of 6 clients done, 0 failed", overall.First());
            Assert.Equal("6 of 6 clients done, 1 failed", overall.Last());
            var clientBars = host.Progress.Where(p => p.ParentActivityId == FleetProgress.RunActivityId).ToList();
            Assert.All(clientBars, p => Assert.InRange(p.ActivityId, FleetProgress.ClientActivityBaseId, FleetProgress.ClientActivityBaseId + 2));
            Assert.Contains(clientBars, p => p.Status.StartsWith("Collecting backup evidence", StringComparison.Ordinal));
            Assert.Contains(host.Warnings, w => w.StartsWith("broken.yaml: not audited", StringComparison.Ordinal));
        }
    }
}
