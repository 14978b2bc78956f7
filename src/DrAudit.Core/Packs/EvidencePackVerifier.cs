using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DrAudit.Core.Loading.Files;
using DrAudit.Core.Packs.Signing;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Packs
{
    /// <summary>
    /// Checks an evidence pack against its <c>manifest.json</c> without trusting the manifest: every entry must be a
    /// relative path inside the pack (no absolute path, no <c>..</c>, no link on the way), listed once, and a regular
    /// file with the recorded size and SHA-256; files in the pack that the manifest does not list are reported.
    /// Nothing outside the pack is ever opened, and nothing that is not a regular file (a FIFO, a device) is read,
    /// so a hostile manifest can neither hang the check nor pass it with someone else's file. When the pack carries
    /// <c>manifest.json.p7s</c>, its signature over the exact manifest bytes that were checked is verified too.
    /// </summary>
    public static class EvidencePackVerifier
    {
        /// <summary>Throws <see cref="DirectoryNotFoundException"/> when there is no pack folder and
        /// <see cref="InvalidDataException"/> when its manifest is missing, not a regular file, too large or unreadable.</summary>
        public static PackVerification Verify(string packPath)
        {
            var folder = Path.GetFullPath(packPath).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            if (!Directory.Exists(folder)) throw new DirectoryNotFoundException("No evidence pack folder at " + folder + ".");
            var manifestPath = Path.Combine(folder, PackManifest.FileName);
            var manifestBytes = ReadManifestBytes(folder, manifestPath);
            var (client, entries) = ReadManifest(manifestPath, manifestBytes);

            var checks = new List<PackFileCheck>();
            var listed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                if (!IsInsidePath(entry.Path))
                    checks.Add(new PackFileCheck(entry.Path, PackFileState.Outside, entry.Sha256, null, entry.Size, null));
                else if (!listed.Add(entry.Path))
                    checks.Add(new PackFileCheck(entry.Path, PackFileState.Duplicate, entry.Sha256, null, entry.Size, null));
                else
                    checks.Add(Check(folder, entry));
            }
            foreach (var relative in FilesIn(folder, ""))
            {
                if (relative == PackManifest.FileName || relative == ManifestSignature.FileName || listed.Contains(relative)) continue;
                var full = Path.Combine(folder, relative.Replace('/', Path.DirectorySeparatorChar));
                var regular = IsRegularFile(full);
                checks.Add(new PackFileCheck(relative, PackFileState.Added, null, regular ? PackManifest.Sha256Of(full) : null, null, regular ? new FileInfo(full).Length : (long?)null));
            }
            var signature = ManifestSignature.Check(folder, manifestBytes);
            return new PackVerification(folder, client, checks.OrderBy(c => c.Path, StringComparer.Ordinal).ToList(), signature);
        }

        private static PackFileCheck Check(string folder, ManifestEntry entry)
        {
            var full = folder;
            foreach (var part in entry.Path.Split('/'))
            {
                full = Path.Combine(full, part);
                var info = new FileInfo(full);
                if (!info.Exists && !Directory.Exists(full))
                    return new PackFileCheck(entry.Path, PackFileState.Missing, entry.Sha256, null, entry.Size, null);
                if ((info.Attributes & FileAttributes.ReparsePoint) != 0)
                    return new PackFileCheck(entry.Path, PackFileState.Outside, entry.Sha256, null, entry.Size, null);
            }
            if (!IsRegularFile(full)) return new PackFileCheck(entry.Path, PackFileState.NotAFile, entry.Sha256, null, entry.Size, null);
            var size = new FileInfo(full).Length;
            if (entry.Size != null && entry.Size.Value != size)
                return new PackFileCheck(entry.Path, PackFileState.Changed, entry.Sha256, null, entry.Size, size);
            var actual = PackManifest.Sha256Of(full);
            var state = string.Equals(actual, entry.Sha256, StringComparison.OrdinalIgnoreCase) ? PackFileState.Intact : PackFileState.Changed;
            return new PackFileCheck(entry.Path, state, entry.Sha256, actual, entry.Size, size);
        }

        /// <summary>A manifest path DrAudit could have written: relative, '/'-separated, no empty, '.' or '..' part,
        /// no drive, backslash or control character.</summary>
        internal static bool IsInsidePath(string path)
        {
            if (string.IsNullOrEmpty(path) || path.StartsWith("/", StringComparison.Ordinal)) return false;
            if (path.IndexOfAny(new[] { '\\', ':' }) >= 0 || path.Any(char.IsControl)) return false;
            return path.Split('/').All(part => part.Length > 0 && part != "." && part != "..");
        }

        /// <summary>A regular file reached without a link: not a folder, FIFO, device or socket.</summary>
        private static bool IsRegularFile(string full)
        {
            var info = new FileInfo(full);
            if (!info.Exists || (info.Attributes & (FileAttributes.ReparsePoint | FileAttributes.Directory)) != 0) return false;
            return UnixFileType.IsRegularFile(full) != false;
        }

        /// <summary>Every entry under the pack ('/'-separated, relative), without following links into other folders.</summary>
        private static IEnumerable<string> FilesIn(string folder, string prefix)
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(folder).OrderBy(e => e, StringComparer.Ordinal))
            {
                var name = prefix + Path.GetFileName(entry);
                var attributes = File.GetAttributes(entry);
                if ((attributes & FileAttributes.Directory) != 0 && (attributes & FileAttributes.ReparsePoint) == 0)
                {
                    foreach (var inner in FilesIn(entry, name + "/")) yield return inner;
                }
                else yield return name;
            }
        }

        private static byte[] ReadManifestBytes(string folder, string manifestPath)
        {
            var info = new FileInfo(manifestPath);
            if (!info.Exists) throw new InvalidDataException(folder + " has no " + PackManifest.FileName + ": it is not an evidence pack, or it was not finished.");
            if (!IsRegularFile(manifestPath)) throw new InvalidDataException(manifestPath + " is not a regular file inside the pack (a link, a folder or a device).");
            if (info.Length > PackManifest.MaxManifestBytes) throw new InvalidDataException(manifestPath + " is larger than " + PackManifest.MaxManifestBytes + " bytes.");
            return File.ReadAllBytes(manifestPath);
        }

        private static (string Client, List<ManifestEntry> Files) ReadManifest(string manifestPath, byte[] bytes)
        {
            try
            {
                var manifest = JObject.Parse(new UTF8Encoding(false, true).GetString(bytes));
                var files = new List<ManifestEntry>();
                foreach (var file in (JArray?)manifest["files"] ?? throw new InvalidDataException(manifestPath + " lists no files."))
                {
                    var path = (string?)file["path"];
                    var sha = (string?)file["sha256"];
                    if (string.IsNullOrEmpty(path) || string.IsNullOrEmpty(sha)) throw new InvalidDataException(manifestPath + ": a file entry lacks its path or sha256.");
                    var size = file["size"];
                    files.Add(new ManifestEntry(path!, sha!, size == null || size.Type == JTokenType.Null ? (long?)null : (long)size));
                }
                return ((string?)manifest["client"] ?? "", files);
            }
            catch (Exception e) when (e is JsonException || e is InvalidCastException || e is ArgumentException || e is OverflowException || e is FormatException || e is DecoderFallbackException)
            {
                throw new InvalidDataException(manifestPath + " cannot be read: " + e.Message, e);
            }
        }
    }
}
