using System.IO;
using DrAudit.Core.Model;

namespace DrAudit.Bench.Sample
{
    /// <summary>Writes the sample's two sources under a sample folder as captures the real collectors read:
    /// <c>veeam-capture/</c> (VBR01's REST API answers) and <c>m365-capture/</c> (Microsoft Graph's Backup Storage answers).</summary>
    public static class SampleCaptureWriter
    {
        /// <summary>The sample's audit window (client.yaml <c>auditWindow</c>): the Graph restore-point searches name it.</summary>
        public static readonly Duration AuditWindow = Duration.FromDays(35);

        public static string[] Write(string sampleFolder)
        {
            var veeam = Path.Combine(sampleFolder, "veeam-capture");
            // The Veeam collector reads sessions and points from one day before the audit window.
            VeeamCaptureWriter.Write(ContosoDentalInventories.Veeam(), ContosoDentalInventories.VeeamRepositoryTypes,
                ContosoDentalInventories.AsOf - AuditWindow.Value - System.TimeSpan.FromDays(1), veeam);
            var m365 = Path.Combine(sampleFolder, "m365-capture");
            M365CaptureWriter.Write(ContosoDentalInventories.Microsoft365(), ContosoDentalInventories.M365Source(),
                ContosoDentalInventories.AsOf, AuditWindow, m365);
            return new[] { veeam, m365 };
        }
    }
}
