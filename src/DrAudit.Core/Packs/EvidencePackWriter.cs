using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DrAudit.Core.Hosting;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs.Excel;
using DrAudit.Core.Packs.Html;
using DrAudit.Core.Packs.Signing;
using DrAudit.Core.Storage;

namespace DrAudit.Core.Packs
{
    /// <summary>
    /// Writes an evidence pack folder atomically (<see cref="AtomicFolderWrite"/>): every requested format is rendered
    /// into a hidden sibling temp folder, the files are hashed into <c>manifest.json</c>, and only then is the folder
    /// moved into place. An existing pack is replaced only with Force, only when it is a DrAudit evidence pack that
    /// holds none of the run's inputs (<see cref="FolderReplacement"/>), and only after the new one is complete. On
    /// any failure the temp folder is deleted and an earlier pack is left untouched; a run killed half way is put
    /// right by the next run on the same folder.
    /// </summary>
    public static class EvidencePackWriter
    {
        public const string WriteAction = "Write evidence pack";

        /// <summary>The renderers of this version, with the default HTML report options.</summary>
        public static IReadOnlyList<IPackRenderer> BuiltInRenderers => Renderers(new HtmlReportOptions());

        /// <summary>The renderers of this version: readiness.json and saved inputs, report.html, evidence.xlsx.</summary>
        public static IReadOnlyList<IPackRenderer> Renderers(HtmlReportOptions html) =>
            new IPackRenderer[] { new JsonPackRenderer(), new HtmlPackRenderer(html), new ExcelPackRenderer(html.Audience), new Email.EmailPackRenderer(html) };

        /// <summary>Writes the pack. Throws <see cref="PackExistsException"/> (before writing anything) when the path
        /// exists and Force is not set, <see cref="PackFormatNotAvailableException"/> for a format this version cannot
        /// write, and IO exceptions when the folder cannot be written (<see cref="OutputNotWrittenException"/> when writing failed
        /// part way: a full disk, a read-only file system; the staging folder is then gone and an earlier pack kept).</summary>
        public static PackWriteResult Write(ReadinessResult result, string packPath, PackWriteOptions options, IAuditHost host) =>
            Write(result, packPath, options, host, Renderers(options.Html));

        internal static PackWriteResult Write(ReadinessResult result, string packPath, PackWriteOptions options, IAuditHost host,
            IReadOnlyList<IPackRenderer> renderers, Action<AtomicFolderStep>? observe = null)
        {
            var chosen = RenderersFor(options.Formats, renderers);
            return WriteFolder(packPath, options, ProtectedPaths(result, options), host, WriteAction, "evidence pack", "a DrAudit evidence pack", PackManifest.IsEvidencePack,
                temp =>
                {
                    var written = new List<string>();
                    foreach (var renderer in chosen)
                    {
                        host.WriteVerbose("Rendering the " + renderer.Format + " evidence pack files.");
                        written.AddRange(renderer.Render(result, temp));
                    }
                    return PackManifest.Write(result, temp, written);
                }, observe);
        }

        /// <summary>
        /// The one way a pack folder is written (evidence packs and renewal packs): the target checked
        /// (<see cref="CheckTarget(string, bool, string, Func{string, bool}, IEnumerable{string})"/>), ShouldProcess asked,
        /// <paramref name="fill"/> renders every file and the manifest into the hidden temporary folder, the manifest
        /// is signed when a certificate is given, and the folder is moved into place (<see cref="AtomicFolderWrite"/>).
        /// </summary>
        internal static PackWriteResult WriteFolder(string packPath, PackWriteOptions options, IEnumerable<string?> protectedPaths, IAuditHost host,
            string action, string noun, string what, Func<string, bool> isOwnFolder, Func<string, IReadOnlyList<PackFile>> fill,
            Action<AtomicFolderStep>? observe = null)
        {
            var protect = protectedPaths.ToList();
            var target = CheckTarget(packPath, options.Force, what, isOwnFolder, protect);
            if (!host.ShouldProcess(target, action)) return new PackWriteResult(target, false, Array.Empty<PackFile>());

            var existed = Directory.Exists(target);
            try
            {
                using (var write = AtomicFolderWrite.Begin(target, host, observe))
                {
                    // A killed earlier run may just have been put back: check what is there now.
                    CheckTarget(target, options.Force, what, isOwnFolder, protect);
                    var files = fill(write.TempPath);
                    if (options.SigningCertificate != null)
                    {
                        host.WriteVerbose("Signing " + PackManifest.FileName + " with " + SigningCertificates.Describe(options.SigningCertificate) + ".");
                        ManifestSignature.Sign(write.TempPath, options.SigningCertificate);
                    }
                    // Rendering a large client takes minutes: check again what is at the target now (another run's pack,
                    // a folder someone saved meanwhile), just before it is moved aside.
                    CheckTarget(target, options.Force, what, isOwnFolder, protect);
                    write.Commit(options.Force);
                    host.WriteVerbose("Wrote " + noun + " " + target + " (" + files.Count.ToString(CultureInfo.InvariantCulture) + " files and " + PackManifest.FileName + ").");
                    return new PackWriteResult(target, true, files);
                }
            }
            catch (Exception e) when (WriteFailure.Explains(e))
            {
                // The staging folder is gone (disposed above): say why in words, and what is at the target now.
                throw WriteFailure.Explain(e, target, noun, existed && Directory.Exists(target));
            }
        }

        /// <summary>The pack's full path, after checking it may be written: throws <see cref="PackExistsException"/>
        /// when something exists there and <paramref name="force"/> is false, an <see cref="IOException"/> when a file
        /// or a link to nothing (not a pack folder) is in the way, <see cref="FolderNotWritableException"/> when the
        /// folder it goes in may not be written (a read-only mount, an immutable or protected folder), and <see cref="FolderNotReplaceableException"/> when Force is given for a
        /// folder that is not a DrAudit evidence pack, is (or holds) the current folder, or holds one of
        /// <paramref name="protectedPaths"/> (the run's inputs). Callers may check before a long audit; Write checks again.</summary>
        public static string CheckTarget(string packPath, bool force, IEnumerable<string?>? protectedPaths = null) =>
            CheckTarget(packPath, force, "a DrAudit evidence pack", PackManifest.IsEvidencePack, protectedPaths);

        /// <summary>As above, for a folder of another kind: <paramref name="what"/> names it in messages and
        /// <paramref name="isOwnFolder"/> recognises one Force may replace.</summary>
        public static string CheckTarget(string packPath, bool force, string what, Func<string, bool> isOwnFolder, IEnumerable<string?>? protectedPaths = null) =>
            CheckTarget(packPath, force, what, isOwnFolder, protectedPaths, writeError: null);

        /// <summary>As above; <paramref name="writeError"/> answers "may entries be created in this folder?" in place of the
        /// system (tests answer it for a folder they cannot make read-only; see <see cref="WritableLocation"/>).</summary>
        internal static string CheckTarget(string packPath, bool force, string what, Func<string, bool> isOwnFolder, IEnumerable<string?>? protectedPaths,
            Func<string, int?>? writeError)
        {
            if (string.IsNullOrWhiteSpace(packPath)) throw new ArgumentException("A pack path is required.", nameof(packPath));
            var target = FolderReplacement.Normalise(packPath);
            EnclosingDrAuditFolder.EnsureOutside(target);
            if (WritableLocation.IsLinkToNothing(target)) throw new IOException(target + " is a link to something that does not exist, not a pack folder; choose another folder.");
            var exists = Directory.Exists(target) || File.Exists(target);
            if (exists && !force) throw new PackExistsException(target, what, File.Exists(target));
            if (File.Exists(target)) throw new IOException(target + " is a file, not a pack folder.");
            if (writeError == null) WritableLocation.EnsureCanBeMade(target, "the pack folder");
            else WritableLocation.EnsureCanBeMade(target, "the pack folder", writeError);
            FolderReplacement.EnsureMayReplace(target, what, isOwnFolder, protectedPaths ?? Array.Empty<string>());
            if (writeError == null) WritableLocation.EnsureCanReplace(target);
            else WritableLocation.EnsureCanReplace(target, writeError);
            if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any()) EnsureHoldsOnlyPackFiles(target);
            return target;
        }

        /// <summary>An earlier pack someone added files to (notes, the auditor's signed copy, a link) is not replaced: Force
        /// would delete what DrAudit never wrote. Its own manifest says what it wrote (<see cref="EvidencePackVerifier"/>
        /// reports the rest as Added).</summary>
        private static void EnsureHoldsOnlyPackFiles(string target)
        {
            List<string> added;
            try
            {
                added = EvidencePackVerifier.Verify(target).Files.Where(f => f.State == PackFileState.Added).Select(f => f.Path).ToList();
            }
            catch (InvalidDataException e)
            {
                throw new FolderNotReplaceableException(target, "its manifest.json cannot be read (" + e.Message + ").");
            }
            if (added.Count == 0) return;
            var names = string.Join(", ", added.Take(3)) + (added.Count > 3 ? " and " + (added.Count - 3).ToString(CultureInfo.InvariantCulture) + " more" : "");
            throw new FolderNotReplaceableException(target, "it holds " + names + ", which its manifest.json does not list: DrAudit did not write " +
                (added.Count == 1 ? "it" : "them") + " (move " + (added.Count == 1 ? "it" : "them") + " out of the pack first).");
        }

        /// <summary>Everything the pack was made from, and what the caller asked to protect: Force never deletes these.</summary>
        private static List<string?> ProtectedPaths(ReadinessResult result, PackWriteOptions options)
        {
            var paths = new List<string?>(options.ProtectedPaths) { options.Html.Branding.LogoPath, options.Html.TemplatePath };
            var definition = result.Inputs?.Definition;
            if (definition == null) return paths;
            paths.Add(definition.FilePath);
            paths.AddRange(definition.RestoreTestFiles);
            foreach (var source in definition.Sources)
            {
                paths.Add(source.Path);
                paths.Add(source.Capture);
            }
            return paths;
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
