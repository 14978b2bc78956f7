using DrAudit.Core.Auditing;
using DrAudit.Core.Hosting;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Packs.Html;

namespace DrAudit.Core.Tests.Packs
{
    /// <summary>The sample with every source down (Veeam without a credential, Microsoft 365 from a capture folder that
    /// is not there), copied into <paramref name="temp"/> and audited for real: the client whose only evidence is
    /// missing.</summary>
    public static class IncompleteSample
    {
        public static ReadinessResult Audit(TempFolder temp)
        {
            var sample = Path.GetDirectoryName(HtmlReports.SamplePath)!;
            var client = temp.Combine("client");
            Directory.CreateDirectory(client);
            foreach (var file in Directory.GetFiles(sample)) File.Copy(file, Path.Combine(client, Path.GetFileName(file)));
            var yaml = File.ReadAllText(Path.Combine(client, "client.yaml"))
                .Replace("capture: ./veeam-capture", "url: https://vbr01.contoso.local:9419/")
                .Replace("capture: ./m365-capture", "capture: ./m365-capture-missing");
            File.WriteAllText(Path.Combine(client, "client.yaml"), yaml);
            return ReadinessAuditor.Audit(Path.Combine(client, "client.yaml"), new AuditOptions(), SilentAuditHost.Instance, CancellationToken.None);
        }
    }
}
