using System.Globalization;
using DrAudit.Core.Auditing;
using DrAudit.Core.Loading.Inventory;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Simulators.Veeam;

namespace DrAudit.Core.Tests.Sources.Veeam
{
    /// <summary>An audit reading a Veeam server gives the same outcomes as the same data given as a neutral inventory file
    /// (with the SureBackup runs written as restore tests), and the password appears in nothing the audit writes.</summary>
    public class VeeamEquivalenceTests
    {
        private const string Definition = @"apiVersion: draudit/v1
client: { id: equivalence, name: Equivalence Dental }
asOf: 2026-11-01T00:00:00Z
auditWindow: 35d
services:
  - id: practice-management
    name: Practice management
    tier: critical
    targets: { rpo: 30h, retention: 30d, approvedBy: Dr Shah, approvedOn: 2026-06-01 }
    components: [pm-db, pm-app]
    restoreOrder: [pm-db, pm-app]
  - id: file-share
    name: File share
    tier: important
    components: [fs01]
  - id: archive
    name: Retired archive
    tier: standard
    components: [old01]
components:
  - { id: pm-db, name: SQL01, kind: database, backup: { match: [ { source: veeam-main, object: SQL01 } ] } }
  - { id: pm-app, name: APP01, kind: server, dependsOn: [pm-db], backup: { match: [ { source: veeam-main, object: app* } ] } }
  - { id: fs01, name: FS01, kind: file-share, backup: { match: [ { source: veeam-main, object: FS01 } ] } }
  - { id: old01, name: OLD01, kind: server, backup: { match: [ { source: veeam-main, object: OLD01 } ] } }
sources:
";

        /// <summary>The scenario's SureBackup runs start at 00:00 UTC, so a date states them exactly.</summary>
        private static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        [Fact]
        public async Task AVeeamSourceAndTheSameDataAsAnInventoryFileGiveTheSameOutcomes()
        {
            var scenario = VeeamScenarios.Standard();
            // The neutral format has no "unknown" run result; give that session a result both can state.
            scenario.Sessions.Single(x => x.JobId == "j-files" && x.Result == "None" && x.State == "Stopped").Result = "Success";
            await using var rig = await VeeamRig.StartAsync(scenario);
            var folder = Path.Combine(Path.GetTempPath(), "draudit-veeam-eq-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            var since = VeeamScenarios.AsOf.AddDays(-36);
            InventoryJsonWriter.Save(VeeamScenarioInventory.Of(scenario, since, VeeamScenarios.AsOf), Path.Combine(folder, "veeam.json"));
            Environment.SetEnvironmentVariable("DRAUDIT_EQ_VBR_USER", rig.Server.User);
            Environment.SetEnvironmentVariable("DRAUDIT_EQ_VBR_PASS", rig.Server.Password);
            var sureBackups = scenario.Sessions.Where(x => x.Kind == SimJobKind.SureBackup).ToList();
            var tests = string.Join("", sureBackups.Select(x =>
                "  - { date: " + Time(x.Created) + ", service: practice-management, components: [" + string.Join(", ", x.Verified.Select(v => v == "SQL01" ? "pm-db" : "pm-app")) +
                "], scope: system, duration: " + new Duration(x.End!.Value - x.Created) + ", result: " + (x.Result == "Success" ? "success" : "failed") + " }\n"));
            File.WriteAllText(Path.Combine(folder, "live.yaml"), Definition +
                "  - { id: veeam-main, type: veeam, url: \"" + rig.Server.Url + "\", certificateThumbprint: " + rig.Server.Sha1 +
                ", credential: { env: DRAUDIT_EQ_VBR_USER, passwordEnv: DRAUDIT_EQ_VBR_PASS } }\n");
            File.WriteAllText(Path.Combine(folder, "file.yaml"), Definition + "  - { id: veeam-main, type: inventory, path: veeam.json }\nrestoreTests:\n" + tests);
            try
            {
                var host = new ProgressRecordingHost();
                var live = ReadinessAuditor.Audit(Path.Combine(folder, "live.yaml"), new AuditOptions(), host, CancellationToken.None);
                var file = ReadinessAuditor.Audit(Path.Combine(folder, "file.yaml"), new AuditOptions(), new ProgressRecordingHost(), CancellationToken.None);

                Assert.Equal(SourceState.Ok, live.Sources.Single().Status);
                Assert.Contains(live.Inputs!.Sources.Single().RestoreTests, t => t.Service == "practice-management" && t.Quality == EvidenceQuality.Excellent);
                Assert.Equal(VeeamAuditPair.Outcomes(file), VeeamAuditPair.Outcomes(live));
                Assert.Contains(VeeamAuditPair.Outcomes(live), o => o.EndsWith("=Ineffective", StringComparison.Ordinal)); // the scenario is not all green

                // The password is in nothing the audit wrote: messages, progress, the result and its inputs.
                Assert.All(host.AllText(), t => Assert.DoesNotContain(rig.Server.Password, t));
                var json = Newtonsoft.Json.JsonConvert.SerializeObject(live, new Newtonsoft.Json.JsonSerializerSettings { ReferenceLoopHandling = Newtonsoft.Json.ReferenceLoopHandling.Ignore });
                Assert.DoesNotContain(rig.Server.Password, json);
                var pack = Path.Combine(folder, "pack");
                DrAudit.Core.Packs.EvidencePackWriter.Write(live, pack, new DrAudit.Core.Packs.PackWriteOptions(), host);
                var packFiles = Directory.GetFiles(pack, "*", SearchOption.AllDirectories);
                Assert.Contains(packFiles, f => f.EndsWith("readiness.json", StringComparison.Ordinal));
                foreach (var packFile in packFiles)
                {
                    var bytes = File.ReadAllBytes(packFile);
                    Assert.DoesNotContain(rig.Server.Password, System.Text.Encoding.UTF8.GetString(bytes));
                    if (packFile.EndsWith(".xlsx", StringComparison.Ordinal))
                    {
                        using var zip = System.IO.Compression.ZipFile.OpenRead(packFile);
                        foreach (var entry in zip.Entries)
                        {
                            using var reader = new StreamReader(entry.Open());
                            Assert.DoesNotContain(rig.Server.Password, reader.ReadToEnd());
                        }
                    }
                }
            }
            finally
            {
                Environment.SetEnvironmentVariable("DRAUDIT_EQ_VBR_USER", null);
                Environment.SetEnvironmentVariable("DRAUDIT_EQ_VBR_PASS", null);
            }
        }
    }
}
