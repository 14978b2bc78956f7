using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using DrAudit.Core.Auditing;
using DrAudit.Core.Hosting;
using DrAudit.Core.Packs;
using DrAudit.Core.Storage;

namespace DrAudit.Core.Fleet
{
    /// <summary>
    /// Audits a fleet of clients: every client definition found in the given paths (see <see cref="FleetClientList"/>),
    /// up to ThrottleLimit at once, each pack written to <c>&lt;root&gt;/&lt;client-id&gt;/&lt;yyyy-MM-dd&gt;/</c> (never
    /// over an earlier pack: a suffix .2, .3... is used), then a fleet summary pack to
    /// <c>&lt;root&gt;/_fleet/&lt;yyyy-MM-dd&gt;/</c>. A client that fails is reported and never stops the others.
    /// </summary>
    public static class FleetAuditor
    {
        public const string RunAction = "Audit clients and write their evidence packs";
        /// <summary>The summary packs' folder under the root. Client ids are [a-z0-9-], so it cannot be a client's.</summary>
        public const string SummaryFolder = "_fleet";

        /// <summary>Runs the fleet audit. <paramref name="host"/> and <paramref name="clientDone"/> (called once per client
        /// as it finishes) are called only from the calling thread. Throws <see cref="OperationCanceledException"/> when
        /// cancelled, <see cref="PackFormatNotAvailableException"/> for a format this version cannot write, and IO
        /// exceptions (before any audit, <see cref="FolderNotWritableException"/>) when the output root cannot be created or
        /// written. A summary that cannot be written after the audits is <see cref="FleetRunResult.SummaryError"/>, not thrown.</summary>
        public static FleetRunResult Run(IEnumerable<string> paths, FleetAuditOptions options, IAuditHost host,
            Action<FleetClientSummary>? clientDone, CancellationToken cancellation)
        {
            if (options == null) throw new ArgumentNullException(nameof(options));
            if (string.IsNullOrWhiteSpace(options.OutputRoot)) throw new ArgumentException("An output root is required.", nameof(options));
            if (options.ThrottleLimit < 1) throw new ArgumentOutOfRangeException(nameof(options), "The throttle limit must be at least 1.");

            CheckFormats(options.EffectiveFormats);
            var root = FolderReplacement.Normalise(options.OutputRoot);
            EnclosingDrAuditFolder.EnsureOutside(root, itself: true);
            var files = FleetClientList.Expand(paths);
            var summary = new FleetSummary { GeneratedAt = options.Clock(), AsOf = options.AsOf, ToolVersion = ToolVersion.Current };
            if (files.Count == 0)
            {
                host.WriteWarning("No client definitions were found, so nothing was audited.");
                return new FleetRunResult(summary, null);
            }
            var count = files.Count.ToString(CultureInfo.InvariantCulture);
            if (!host.ShouldProcess(root, RunAction + " (" + count + " clients)")) return new FleetRunResult(summary, null);

            // Every pack and the summary go under the root: a root that cannot be written is refused before the audits.
            WritableLocation.EnsureCanBeMade(Path.Combine(root, SummaryFolder), "the fleet's packs folder");
            Directory.CreateDirectory(root);
            host.WriteVerbose("Auditing " + count + " clients, up to " + options.ThrottleLimit.ToString(CultureInfo.InvariantCulture) + " at once, into " + root + ".");
            var html = options.Html ?? BrandingAtFleetRoot(paths, host) ?? new Packs.Html.HtmlReportOptions();
            var rows = new FleetRun(files, options, html, root, cancellation).Execute(host, clientDone);
            summary.Clients.AddRange(rows
                .OrderBy(r => r.ClientId ?? "", StringComparer.Ordinal)
                .ThenBy(r => r.Definition, StringComparer.Ordinal));

            var date = PackFolders.DateName(options.AsOf ?? summary.GeneratedAt);
            var digest = (options.EffectiveFormats & PackFormat.Email) != 0 ? html : null;
            string pack;
            try
            {
                pack = FleetSummaryPackWriter.Write(summary, Path.Combine(root, SummaryFolder), date, host, html.Branding, digest);
            }
            catch (OutputNotWrittenException e)
            {
                // The clients' packs are written and their rows already reported: the caller reports the summary as
                // not written (and the run as not fully successful), instead of "nothing was audited".
                return new FleetRunResult(summary, null, e);
            }
            host.WriteVerbose("Fleet summary: " + pack + ".");
            return new FleetRunResult(summary, pack);
        }

        /// <summary>Refuses (before any audit) a pack format this version cannot write, instead of failing every client.</summary>
        private static void CheckFormats(PackFormat formats)
        {
            if (formats == 0) throw new ArgumentException("At least one pack format is required.", nameof(formats));
            var available = EvidencePackWriter.BuiltInRenderers.Aggregate((PackFormat)0, (all, r) => all | r.Format);
            foreach (PackFormat format in Enum.GetValues(typeof(PackFormat)))
                if ((formats & format) != 0 && (available & format) == 0) throw new PackFormatNotAvailableException(format);
        }
    
        /// <summary>A branding.yaml at the root of the first folder of client definitions, read like --branding.</summary>
        private static Packs.Html.HtmlReportOptions? BrandingAtFleetRoot(IEnumerable<string> paths, IAuditHost host)
        {
            foreach (var path in paths)
            {
                if (!Directory.Exists(path)) continue;
                var file = Path.Combine(Path.GetFullPath(path), FleetAuditOptions.BrandingFileName);
                if (!File.Exists(file)) return null;
                host.WriteVerbose("Branding every report with " + file + ".");
                return Packs.Html.HtmlReportOptions.FromBrandingFile(file);
            }
            return null;
        }
}
}
