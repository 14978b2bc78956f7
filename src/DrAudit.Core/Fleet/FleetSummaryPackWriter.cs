using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DrAudit.Core.Hosting;
using DrAudit.Core.Packs;
using DrAudit.Core.Storage;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Fleet
{
    /// <summary>
    /// Writes the fleet summary pack (<c>fleet.json</c>, <c>fleet.html</c>, <c>fleet.xlsx</c> and a <c>manifest.json</c>
    /// of their SHA-256 hashes) into the next free dated folder under the summary folder: rendered into a hidden
    /// sibling folder first and moved into place only when complete, never over an earlier summary.
    /// </summary>
    public static class FleetSummaryPackWriter
    {
        public const string ManifestKind = "FleetSummaryManifest";


        /// <summary>Writes the pack under <paramref name="summaryFolder"/> for <paramref name="date"/> (yyyy-MM-dd) and
        /// returns its full path. With <paramref name="digest"/> (the run asked for the email format), the fleet's email
        /// digest too, rendered with those options.</summary>
        public static string Write(FleetSummary summary, string summaryFolder, string date, IAuditHost host, Packs.Html.ReportBranding? branding = null,
            Packs.Html.HtmlReportOptions? digest = null)
        {
            var renderers = new List<IFleetRenderer> { new FleetJsonRenderer(), new FleetHtmlRenderer(branding ?? new Packs.Html.ReportBranding()), new FleetExcelRenderer() };
            if (digest != null) renderers.Add(new FleetDigestRenderer(digest));
            var target = Path.GetFullPath(Path.Combine(summaryFolder, date));
            try
            {
                Directory.CreateDirectory(summaryFolder);
                target = PackFolders.Reserve(summaryFolder, date, new HashSet<string>(StringComparer.Ordinal));
                using (var write = AtomicFolderWrite.Begin(target, host))
                {
                    var written = renderers.SelectMany(r => r.Render(summary, write.TempPath)).OrderBy(p => p, StringComparer.Ordinal).ToList();
                    WriteManifest(summary, write.TempPath, written);
                    write.Commit(replace: false);
                    return target;
                }
            }
            catch (Exception e) when (WriteFailure.Explains(e))
            {
                throw WriteFailure.Explain(e, target, "fleet summary", earlierKept: false);
            }
        }

        private static void WriteManifest(FleetSummary summary, string directory, IEnumerable<string> files)
        {
            var manifest = new JObject
            {
                ["apiVersion"] = summary.ApiVersion,
                ["kind"] = ManifestKind,
                ["generatedAt"] = UtcTimestampConverter.ToText(summary.GeneratedAt),
                ["toolVersion"] = summary.ToolVersion,
                ["files"] = new JArray(files.Select(f =>
                {
                    var full = Path.Combine(directory, f);
                    return new JObject { ["path"] = f, ["size"] = new FileInfo(full).Length, ["sha256"] = PackManifest.Sha256Of(full) };
                })),
            };
            File.WriteAllText(Path.Combine(directory, PackManifest.FileName), manifest.ToString(Formatting.Indented), new UTF8Encoding(false));
        }
    }
}
