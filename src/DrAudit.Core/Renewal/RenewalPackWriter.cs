using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Hosting;
using DrAudit.Core.Model.Renewal;
using DrAudit.Core.Packs;

namespace DrAudit.Core.Renewal
{
    /// <summary>
    /// Writes a renewal pack (<c>renewal.json</c>, <c>renewal.html</c>, <c>renewal.xlsx</c> and <c>manifest.json</c>,
    /// kind <c>RenewalPackManifest</c>, signed when a certificate is given) through the evidence pack writer's atomic
    /// folder write: nothing half-written is ever left, and Force replaces only an earlier renewal pack (or an empty
    /// folder), never the pack root, a client's packs, the logo or the templates.
    /// </summary>
    public static class RenewalPackWriter
    {
        public const string WriteAction = "Write renewal pack";

        /// <param name="packRoot">The folder the packs were read from: protected from Force, and never named in the client's files.</param>
        public static PackWriteResult Write(RenewalReport report, string path, PackWriteOptions options, string? packRoot, IAuditHost host) =>
            Write(report, path, options, new[] { packRoot }, host);

        /// <param name="packFolders">The folders the packs were read from (the pack root, the client's folder): protected
        /// from Force, and never named in the client's files.</param>
        public static PackWriteResult Write(RenewalReport report, string path, PackWriteOptions options, IReadOnlyList<string?> packFolders, IAuditHost host)
        {
            if (report == null) throw new ArgumentNullException(nameof(report));
            var renderers = new IRenewalRenderer[] { new RenewalJsonRenderer(), new RenewalHtmlRenderer(options.Html, packFolders), new RenewalExcelRenderer(packFolders, options.Html.Audience) };
            if (options.Formats == 0) throw new ArgumentException("At least one pack format is required.", nameof(options));
            CheckFormats(options.Formats);
            var chosen = renderers.Where(r => (options.Formats & r.Format) != 0).ToList();
            var protectedPaths = ProtectedPaths(packFolders, options.ProtectedPaths).Concat(new[] { options.Html.Branding.LogoPath, options.Html.TemplatePath });
            return EvidencePackWriter.WriteFolder(path, options, protectedPaths, host, WriteAction, "renewal pack", WhatItIs, PackManifest.IsRenewalPack,
                temp =>
                {
                    var written = new List<string>();
                    foreach (var renderer in chosen)
                    {
                        host.WriteVerbose("Rendering the " + renderer.Format + " renewal pack files.");
                        written.AddRange(renderer.Render(report, temp));
                    }
                    return PackManifest.Write(report.ApiVersion, PackManifest.RenewalKind, report.ClientId, report.To, report.GeneratedAt, report.ToolVersion, temp, written);
                });
        }

        /// <summary>The formats a renewal pack holds: json, html, excel. Any other (the email digest) throws
        /// <see cref="PackFormatNotAvailableException"/>: refused, never silently dropped.</summary>
        public static void CheckFormats(PackFormat formats)
        {
            foreach (PackFormat format in Enum.GetValues(typeof(PackFormat)))
                if ((formats & format) != 0 && (Formats & format) == 0) throw new PackFormatNotAvailableException(format);
        }

        /// <summary>What a renewal pack can hold.</summary>
        public const PackFormat Formats = PackFormat.Json | PackFormat.Html | PackFormat.Excel;

        /// <summary>The pack's full path after checking Force may write there (callers check before reading a year of
        /// packs): never over <paramref name="packFolders"/> (the pack root, the client's folder) or the
        /// <paramref name="protectedPaths"/> (the caller's inputs and working folder).</summary>
        public static string CheckTarget(string path, bool force, IEnumerable<string?> packFolders, IEnumerable<string>? protectedPaths = null) =>
            EvidencePackWriter.CheckTarget(path, force, WhatItIs, PackManifest.IsRenewalPack, ProtectedPaths(packFolders, protectedPaths ?? Array.Empty<string>()));

        private const string WhatItIs = "a DrAudit renewal pack";

        private static List<string?> ProtectedPaths(IEnumerable<string?> packFolders, IEnumerable<string> protectedPaths) =>
            protectedPaths.Cast<string?>().Concat(packFolders).ToList();
    }
}
