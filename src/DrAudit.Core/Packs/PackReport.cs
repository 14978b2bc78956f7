using System.IO;
using DrAudit.Core.Fleet;
using DrAudit.Core.Hosting;
using DrAudit.Core.Packs.Html;

namespace DrAudit.Core.Packs
{
    /// <summary>Opening what was just written (-Show, --open): a pack's report.html, or a fleet summary's fleet.html.</summary>
    public static class PackReport
    {
        /// <summary>Opens the report.html of the pack at <paramref name="packPath"/>; returns the file opened.</summary>
        public static string Open(string packPath, IFileOpener opener) => Open(packPath, HtmlPackRenderer.ReportFile, opener);

        /// <summary>Opens the fleet.html of the fleet summary folder <paramref name="summaryPath"/>; returns the file opened.</summary>
        public static string OpenFleetSummary(string summaryPath, IFileOpener opener) => Open(summaryPath, FleetHtmlRenderer.FileName, opener);

        /// <summary>Opens the renewal.html of the renewal pack at <paramref name="packPath"/>; returns the file opened.</summary>
        public static string OpenRenewal(string packPath, IFileOpener opener) => Open(packPath, Renewal.RenewalHtmlRenderer.FileName, opener);

        /// <summary>Throws <see cref="FileNotFoundException"/> when the folder has no such file (written without the html
        /// format), and whatever the opener throws when the handler cannot start.</summary>
        private static string Open(string folder, string fileName, IFileOpener opener)
        {
            var report = Path.Combine(folder, fileName);
            if (!File.Exists(report))
                throw new FileNotFoundException($"{folder} has no {fileName} to open: it was written without the html format.", report);
            opener.Open(report);
            return report;
        }
    }
}
