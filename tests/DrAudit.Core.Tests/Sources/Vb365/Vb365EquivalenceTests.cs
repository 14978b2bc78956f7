using DrAudit.Core.Auditing;
using DrAudit.Core.Loading.Inventory;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Simulators.Vb365;
using DrAudit.Core.Tests.Sources.Veeam;

namespace DrAudit.Core.Tests.Sources.Vb365
{
    /// <summary>An audit reading a VB365 server gives the same maturity and the same outcome for every control (per service
    /// too) and the same findings as the same organization's data given as a neutral inventory file written from the scenario
    /// (not from the collector); the password appears in nothing the audit writes.</summary>
    public class Vb365EquivalenceTests
    {
        private const string Definition = @"apiVersion: draudit/v1
client: { id: contoso, name: Contoso Dental }
asOf: 2026-11-01T00:00:00Z
auditWindow: 35d
services:
  - id: email
    name: Email
    tier: critical
    targets: { rpo: 30h, retention: 365d, approvedBy: Dr Shah, approvedOn: 2026-06-01 }
    components: [priya-mail, sam-mail, priya-drive]
  - id: clinic
    name: Clinic collaboration
    tier: important
    components: [clinic-site, clinic-team]
  - id: front-desk
    name: Front desk
    tier: standard
    components: [frontdesk-mail]
components:
  - { id: priya-mail, name: Priya mailbox, kind: m365-mailbox, backup: { match: [ { source: vb365, object: priya@contoso.com } ] } }
  - { id: sam-mail, name: Sam mailbox, kind: m365-mailbox, backup: { match: [ { source: vb365, object: sam@contoso.com } ] } }
  - { id: priya-drive, name: Priya OneDrive, kind: m365-onedrive, backup: { match: [ { source: vb365, object: 'onedrive:priya@contoso.com' } ] } }
  - { id: clinic-site, name: Clinic site, kind: m365-site, backup: { match: [ { source: vb365, object: 'https://contoso.sharepoint.com/sites/*' } ] } }
  - { id: clinic-team, name: Clinic team, kind: saas, backup: { match: [ { source: vb365, object: 'team:clinic@contoso.com' } ] } }
  - { id: frontdesk-mail, name: Front desk mailbox, kind: m365-mailbox, backup: { match: [ { source: vb365, object: frontdesk@contoso.com } ] } }
sources:
";

        [Fact]
        public async Task AVb365SourceAndTheSameDataAsAnInventoryFileGiveTheSameOutcomes()
        {
            var scenario = Vb365Scenarios.Standard();
            // The neutral format has no "unknown" run result; give the session stopped by hand a result both can state.
            scenario.Sessions.Single(x => x.Status == "Stopped").Status = "Failed";
            await using var rig = await Vb365Rig.StartAsync(scenario);
            var folder = Directory.CreateTempSubdirectory("draudit-vb365-eq").FullName;
            var user = "DRAUDIT_VB365_USER_" + Guid.NewGuid().ToString("N");
            var pass = "DRAUDIT_VB365_PASS_" + Guid.NewGuid().ToString("N");
            Environment.SetEnvironmentVariable(user, rig.Server.User);
            Environment.SetEnvironmentVariable(pass, rig.Server.Password);
            try
            {
                var since = Vb365Scenarios.AsOf.AddDays(-36);
                InventoryJsonWriter.Save(Vb365ScenarioInventory.Of(scenario, Vb365Scenarios.Organization, since), Path.Combine(folder, "vb365.json"));
                File.WriteAllText(Path.Combine(folder, "live.yaml"), Definition +
                    "  - id: vb365\n    type: vb365\n    url: \"" + rig.Server.Url + "\"\n    organization: " + Vb365Scenarios.Organization +
                    "\n    certificateThumbprint: " + rig.Server.Sha256 + "\n    credential: { env: " + user + ", passwordEnv: " + pass + " }\n");
                File.WriteAllText(Path.Combine(folder, "file.yaml"), Definition + "  - id: vb365\n    type: inventory\n    path: vb365.json\n");

                var host = new ProgressRecordingHost();
                var live = ReadinessAuditor.Audit(Path.Combine(folder, "live.yaml"), new AuditOptions(), host, CancellationToken.None);
                var file = ReadinessAuditor.Audit(Path.Combine(folder, "file.yaml"), new AuditOptions(), new ProgressRecordingHost(), CancellationToken.None);

                Assert.True(live.Sources.Single().Status == SourceState.Ok, live.Sources.Single().Error);
                Assert.Equal(VeeamAuditPair.Outcomes(file), VeeamAuditPair.Outcomes(live));
                Assert.Equal(file.EssentialEight.MaturityLevel, live.EssentialEight.MaturityLevel);
                // The scenario is not all green: the front desk is excluded from the only job that would cover it.
                Assert.Contains(VeeamAuditPair.Outcomes(live), o => o.EndsWith("=Ineffective", StringComparison.Ordinal));
                Assert.Contains(VeeamAuditPair.Outcomes(live), o => o.EndsWith("=Effective", StringComparison.Ordinal));

                Assert.All(host.AllText(), t => Assert.DoesNotContain(rig.Server.Password, t));
                var json = Newtonsoft.Json.JsonConvert.SerializeObject(live, new Newtonsoft.Json.JsonSerializerSettings { ReferenceLoopHandling = Newtonsoft.Json.ReferenceLoopHandling.Ignore });
                Assert.DoesNotContain(rig.Server.Password, json);
                Assert.DoesNotContain("sim365-access-", json);
                // Another tenant on the same server leaves no trace in this client's audit.
                Assert.DoesNotContain("fabrikam", json, StringComparison.OrdinalIgnoreCase);
            }
            finally
            {
                Environment.SetEnvironmentVariable(user, null);
                Environment.SetEnvironmentVariable(pass, null);
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
