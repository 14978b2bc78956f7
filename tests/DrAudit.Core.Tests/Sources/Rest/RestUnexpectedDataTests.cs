using DrAudit.Collectors.Vb365;
using DrAudit.Core.Auditing;
using DrAudit.Core.Hosting;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Sources;
using DrAudit.Core.Tests.Cli;
using DrAudit.Core.Tests.Packs;
using DrAudit.Core.Tests.Packs.Html;
using DrAudit.Core.Tests.Simulators.Vb365;
using DrAudit.Core.Tests.Sources.Vb365;
using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Tests.Sources.Rest
{
    /// <summary>A capture whose data has a value of a JSON type the collector's code does not expect (here the index's
    /// <c>apiVersion</c> or <c>organization</c> as an object, which the index reader casts to text) fails its source with
    /// the reason, never the audit: the other sources are read as before, and what the failed one would have shown is
    /// NoVisibility; the same for a live server whose answer the mapping cannot take. The frame itself is
    /// tested in <see cref="RestSourceCollectionTests"/>.</summary>
    public class RestUnexpectedDataTests : IDisposable
    {
        private readonly TempFolder _temp = new TempFolder();

        public void Dispose() => _temp.Dispose();

        private string CopyOfSample()
        {
            var from = Path.GetDirectoryName(HtmlReports.SamplePath)!;
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var to = _temp.Combine("client", Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(file, to);
            }
            return _temp.Combine("client", "client.yaml");
        }

        private static void SetInIndex(string folder, string field, JToken value)
        {
            var path = Path.Combine(folder, "index.json");
            var index = JObject.Parse(File.ReadAllText(path));
            index[field] = value;
            File.WriteAllText(path, index.ToString());
        }

        private static Outcome RecoveryOutcome(ReadinessResult result, string service) =>
            result.EssentialEight.Controls.Single(c => c.Id == "E8-RB-01").Services.Single(s => s.Service == service).Outcome;

        [Fact]
        public void A_Veeam_capture_with_a_value_of_another_JSON_type_fails_that_source_and_the_audit_goes_on()
        {
            var client = CopyOfSample();
            var before = ReadinessAuditor.Audit(client, new AuditOptions(), SilentAuditHost.Instance, CancellationToken.None);
            SetInIndex(_temp.Combine("client", "veeam-capture"), "apiVersion", new JObject { ["revision"] = "1.3-rev1" });

            var after = ReadinessAuditor.Audit(client, new AuditOptions(), SilentAuditHost.Instance, CancellationToken.None);

            var veeam = after.Sources.Single(s => s.Id == "veeam-main");
            Assert.Equal(SourceState.Failed, veeam.Status);
            Assert.Equal("Veeam source 'veeam-main' (capture " + _temp.Combine("client", "veeam-capture")
                + "): its capture's data could not be read as the Veeam API documents it (InvalidCastException); what it would show is unknown.", veeam.Error);
            var m365 = after.Sources.Single(s => s.Id == "m365-backup");
            Assert.Equal(before.Sources.Single(s => s.Id == "m365-backup").Status, m365.Status);
            Assert.Equal(SourceState.Ok, m365.Status);
            Assert.NotEqual(Outcome.NoVisibility, RecoveryOutcome(before, "file-share"));
            Assert.Equal(Outcome.NoVisibility, RecoveryOutcome(after, "file-share"));
            Assert.Equal(RecoveryOutcome(before, "email"), RecoveryOutcome(after, "email"));
            Assert.False(after.Complete);

            var run = CliRun.Of("audit", client, "--out", _temp.Combine("pack"));
            Assert.Equal(4, run.ExitCode);
            Assert.Contains("Audit incomplete: a source could not be read", run.Stdout);
            Assert.DoesNotContain("unexpected error", run.Stderr);
        }

        [Fact]
        public async Task A_live_Vb365_server_listing_a_copy_job_twice_is_read_with_the_copy_job_once()
        {
            await using var rig = await Vb365Rig.StartAsync(Vb365Scenarios.Standard());
            var plain = rig.Collect();
            Assert.True(plain.Ok, plain.Error);
            rig.Server.RewriteAnswer = (pathAndQuery, body) =>
            {
                if (!pathAndQuery.StartsWith("/v8/CopyJobs", StringComparison.Ordinal)) return body;
                var copies = JArray.Parse(body);
                copies.Add(copies[0].DeepClone());   // the same copy job twice
                return copies.ToString();
            };

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            Assert.Equal(plain.Inventory!.Jobs.Select(j => j.Id), data.Inventory!.Jobs.Select(j => j.Id));
            Assert.Equal(plain.Inventory.RestorePoints.Count, data.Inventory.RestorePoints.Count);
            Assert.Contains(data.Inventory.Jobs, j => j.Kind == DrAudit.Core.Model.Inventory.JobKind.Copy);
        }

        [Fact]
        public async Task A_Vb365_capture_with_a_value_of_another_JSON_type_fails_the_source()
        {
            var folder = _temp.Combine("vb365-capture");
            await using (var rig = await Vb365Rig.StartAsync(Vb365Scenarios.Standard()))
            {
                var context = rig.Context();
                context.SaveCaptureTo = folder;
                var live = rig.Collect(context: context);
                Assert.True(live.Ok, live.Error);
            }
            SetInIndex(folder, "organization", new JObject { ["name"] = Vb365Scenarios.Organization });
            var source = new SourceDefinition { Id = Vb365Rig.SourceId, Type = SourceDefinition.Vb365Type, Capture = folder, Organization = Vb365Scenarios.Organization };

            var data = new Vb365SourceCollector().Collect(source, new CollectionContext(Vb365Scenarios.AsOf, Duration.FromDays(35), SilentAuditHost.Instance), CancellationToken.None);

            Assert.Equal(SourceState.Failed, data.State);
            Assert.Null(data.Inventory);
            Assert.Equal("Veeam Backup for Microsoft 365 source 'vb365' (capture " + folder
                + "): its capture's data could not be read as the Veeam Backup for Microsoft 365 API documents it (InvalidCastException); what it would show is unknown.", data.Error);
        }
    }
}
