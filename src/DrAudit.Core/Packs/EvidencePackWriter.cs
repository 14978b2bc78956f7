using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DrAudit.Core.Hosting;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs.Excel;
using DrAudit.Core.Packs.Html;
using DrAudit.Core.Storage;

namespace DrAudit.Core.Packs
{
    /// <summary>
    /// Writes an evidence pack folder atomically: every requested format is rendered into a hidden sibling temp
    /// folder, the files are hashed into <c>manifest.json</c>, and only then is the folder moved into place. An
    /// existing pack is replaced only with Force, and only after the new one is complete (if the move fails the
    /// old pack is put back). On any failure the temp folder is deleted and an earlier pack is left untouched.
    /// </summary>
    public static class EvidencePackWriter
    {
        public const string WriteAction = "Write evidence pack";

        /// <summary>The renderers of this version, with the default HTML report options.</summary>
        public static IReadOnlyList<IPackRenderer> BuiltInRenderers => Renderers(new HtmlReportOptions());

        /// <summary>The renderers of this version: readiness.json and saved inputs, report.html, evidence.xlsx.</summary>
        public static IReadOnlyList<IPackRenderer> Renderers(HtmlReportOptions html) =>
            new IPackRenderer[] { new JsonPackRenderer(), new HtmlPackRenderer(html), new ExcelPackRenderer() };

        /// <summary>Writes the pack. Throws <see cref="PackExistsException"/> (before writing anything) when the path
        /// exists and Force is not set, <see cref="PackFormatNotAvailableException"/> for a format this version cannot
        /// write, and IO exceptions when the folder cannot be written.</summary>
        public static PackWriteResult Write(ReadinessResult result, string packPath, PackWriteOptions options, IAuditHost host) =>
            Write(result, packPath, options, host, Renderers(options.Html));

        internal static PackWriteResult Write(ReadinessResult result, string packPath, PackWriteOptions options, IAuditHost host,
            IReadOnlyList<IPackRenderer> renderers)
        {
            var chosen = RenderersFor(options.Formats, renderers);
            var target = CheckTarget(packPath, options.Force);
            var exists = Directory.Exists(target);
            if (!host.ShouldProcess(target, WriteAction)) return new PackWriteResult(target, false, Array.Empty<PackFile>());

            var parent = Path.GetDirectoryName(target) ?? throw new IOException("Cannot write an evidence pack at " + target + ".");
            Directory.CreateDirectory(parent);
            var temp = AtomicFolder.SiblingPath(target, "tmp");
            try
            {
                Directory.CreateDirectory(temp);
                var written = new List<string>();
                foreach (var renderer in chosen)
                {
                    host.WriteVerbose("Rendering the " + renderer.Format + " evidence pack files.");
                    written.AddRange(renderer.Render(result, temp));
                }
                var files = PackManifest.Write(result, temp, written);
                AtomicFolder.MoveIntoPlace(temp, target, exists, host);
                host.WriteVerbose("Wrote evidence pack " + target + " (" + files.Count.ToString(CultureInfo.InvariantCulture) + " files and " + PackManifest.FileName + ").");
                return new PackWriteResult(target, true, files);
            }
            catch
            {
                AtomicFolder.TryDelete(temp, host);
                throw;
            }
        }

        /// <summary>The pack's full path, after checking it may be written: throws <see cref="PackExistsException"/>
        /// when something exists there and <paramref name="force"/> is false, and an <see cref="IOException"/> when
        /// a file (not a pack folder) is in the way. Callers may check before a long audit; Write checks again.</summary>
        public static string CheckTarget(string packPath, bool force)
        {
            if (string.IsNullOrWhiteSpace(packPath)) throw new ArgumentException("A pack path is required.", nameof(packPath));
            var target = Path.GetFullPath(packPath.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
            var exists = Directory.Exists(target) || File.Exists(target);
            if (exists && !force) throw new PackExistsException(target);
            if (File.Exists(target)) throw new IOException(target + " is a file, not an evidence pack folder.");
            return target;
        }

        private static List<IPackRenderer> RenderersFor(PackFormat formats, IReadOnlyList<IPackRenderer> renderers)
        {
            if (formats == 0) throw new ArgumentException("At least one pack format is required.", nameof(formats));
            var chosen = new List<IPackRenderer>();
            foreach (PackFormat format in Enum.GetValues(typeof(PackFormat)))
            {
                if ((formats & format) == 0) continue;
                var renderer = renderers.FirstOrDefault(r => r.Format == format) ?? throw new PackFormatNotAvailableException(format);
                chosen.Add(renderer);
            }
            return chosen;
        }
    }
}
