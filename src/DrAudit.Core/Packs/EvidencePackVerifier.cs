using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Packs
{
    /// <summary>Re-hashes every file of an evidence pack and compares it with <c>manifest.json</c>: what changed,
    /// what is missing, and what was added since the pack was written.</summary>
    public static class EvidencePackVerifier
    {
        /// <summary>Throws <see cref="DirectoryNotFoundException"/> when there is no pack folder and
        /// <see cref="InvalidDataException"/> when its manifest is missing or unreadable.</summary>
        public static PackVerification Verify(string packPath)
        {
            var folder = Path.GetFullPath(packPath);
            if (!Directory.Exists(folder)) throw new DirectoryNotFoundException("No evidence pack folder at " + folder + ".");
            var manifestPath = Path.Combine(folder, PackManifest.FileName);
            if (!File.Exists(manifestPath)) throw new InvalidDataException(folder + " has no " + PackManifest.FileName + ": it is not an evidence pack, or it was not finished.");

            var (client, expected) = ReadManifest(manifestPath);
            var checks = new List<PackFileCheck>();
            foreach (var entry in expected)
            {
                var full = Path.Combine(folder, entry.Key.Replace('/', Path.DirectorySeparatorChar));
                if (!File.Exists(full)) { checks.Add(new PackFileCheck(entry.Key, PackFileState.Missing, entry.Value, null)); continue; }
                var actual = PackManifest.Sha256Of(full);
                var state = string.Equals(actual, entry.Value, StringComparison.OrdinalIgnoreCase) ? PackFileState.Intact : PackFileState.Changed;
                checks.Add(new PackFileCheck(entry.Key, state, entry.Value, actual));
            }
            foreach (var full in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                var relative = RelativePath(folder, full);
                if (relative == PackManifest.FileName || expected.ContainsKey(relative)) continue;
                checks.Add(new PackFileCheck(relative, PackFileState.Added, null, PackManifest.Sha256Of(full)));
            }
            return new PackVerification(folder, client, checks.OrderBy(c => c.Path, StringComparer.Ordinal).ToList());
        }

        private static (string Client, Dictionary<string, string> Files) ReadManifest(string manifestPath)
        {
            try
            {
                var manifest = JObject.Parse(File.ReadAllText(manifestPath));
                var files = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var file in (JArray?)manifest["files"] ?? throw new InvalidDataException(manifestPath + " lists no files."))
                {
                    var path = (string?)file["path"];
                    var sha = (string?)file["sha256"];
                    if (string.IsNullOrEmpty(path) || string.IsNullOrEmpty(sha)) throw new InvalidDataException(manifestPath + ": a file entry lacks its path or sha256.");
                    files[path!] = sha!;
                }
                return ((string?)manifest["client"] ?? "", files);
            }
            catch (Exception e) when (e is JsonException || e is InvalidCastException)
            {
                throw new InvalidDataException(manifestPath + " cannot be read: " + e.Message, e);
            }
        }

        private static string RelativePath(string folder, string full) =>
            full.Substring(folder.TrimEnd(Path.DirectorySeparatorChar).Length + 1).Replace(Path.DirectorySeparatorChar, '/');
    }
}
