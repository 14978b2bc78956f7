using DrAudit.Core.Auditing;
using DrAudit.Core.Loading.Inventory;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Simulators.Veeam;

namespace DrAudit.Core.Tests.Sources.Veeam
{
    /// <summary>Audits one client definition twice: once reading a simulated VBR server live, once reading the same scenario
    /// written as a neutral inventory file (<see cref="VeeamScenarioInventory"/>), so outcomes can be compared.</summary>
    public static class VeeamAuditPair
    {
        public static (ReadinessResult Live, ReadinessResult File) Audit(VeeamRig rig, string definition, string sourceExtra = "", string fileSuffix = "")
        {
            var folder = Path.Combine(Path.GetTempPath(), "draudit-veeam-pair-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            var since = VeeamScenarios.AsOf.AddDays(-36);
            InventoryJsonWriter.Save(VeeamScenarioInventory.Of(rig.Server.Scenario, since, VeeamScenarios.AsOf), Path.Combine(folder, "veeam.json"));
            var user = "DRAUDIT_PAIR_USER_" + Guid.NewGuid().ToString("N");
            var pass = "DRAUDIT_PAIR_PASS_" + Guid.NewGuid().ToString("N");
            Environment.SetEnvironmentVariable(user, rig.Server.User);
            Environment.SetEnvironmentVariable(pass, rig.Server.Password);
            File.WriteAllText(Path.Combine(folder, "live.yaml"), definition +
                "  - id: veeam-main\n    type: veeam\n    url: \"" + rig.Server.Url + "\"\n    certificateThumbprint: " + rig.Server.Sha1 +
                "\n    credential: { env: " + user + ", passwordEnv: " + pass + " }\n" + sourceExtra + fileSuffix);
            File.WriteAllText(Path.Combine(folder, "file.yaml"), definition + "  - id: veeam-main\n    type: inventory\n    path: veeam.json\n" + fileSuffix);
            try
            {
                var live = ReadinessAuditor.Audit(Path.Combine(folder, "live.yaml"), new AuditOptions(), new ProgressRecordingHost(), CancellationToken.None);
                var file = ReadinessAuditor.Audit(Path.Combine(folder, "file.yaml"), new AuditOptions(), new ProgressRecordingHost(), CancellationToken.None);
                return (live, file);
            }
            finally
            {
                Environment.SetEnvironmentVariable(user, null);
                Environment.SetEnvironmentVariable(pass, null);
            }
        }

        /// <summary>Every control outcome, per service too, the maturity level and the findings' keys.</summary>
        public static IEnumerable<string> Outcomes(ReadinessResult result) =>
            result.EssentialEight.Controls.Concat(result.DrReadiness.Controls)
                .SelectMany(c => new[] { c.Id + "=" + c.Outcome }.Concat(c.Services.Select(s => c.Id + "/" + s.Service + "=" + s.Outcome)))
                .Concat(new[] { "maturity=" + result.EssentialEight.MaturityLevel })
                .Concat(result.Findings.Select(f => "finding " + f.Key));
    }
}
