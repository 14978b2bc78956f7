using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using DrAudit.Core.Model.Result;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Packs
{
    /// <summary><c>manifest.json</c>: which client and audit a pack is for, the tool that wrote it, and every file's
    /// relative path, size and SHA-256, so a reader can verify nothing was changed.</summary>
    public static class PackManifest
    {
        public const string FileName = "manifest.json";
        public const string Kind = "EvidencePackManifest";
        /// <summary>The manifest kind of a renewal pack (<see cref="Renewal.RenewalPackWriter"/>).</summary>
        public const string RenewalKind = "RenewalPackManifest";

        /// <summary>Hashes the files (paths relative to <paramref name="directory"/>) and writes the manifest beside them.</summary>
        public static IReadOnlyList<PackFile> Write(ReadinessResult result, string directory, IEnumerable<string> relativePaths) =>
            Write(result.ApiVersion, Kind, result.Client.Id, result.AsOf, result.GeneratedAt, result.ToolVersion, directory, relativePaths);

        /// <summary>Hashes the files and writes a manifest of <paramref name="kind"/> for <paramref name="client"/> as of <paramref name="asOf"/>.</summary>
        public static IReadOnlyList<PackFile> Write(string apiVersion, string kind, string client, System.DateTimeOffset asOf, System.DateTimeOffset generatedAt,
            string toolVersion, string directory, IEnumerable<string> relativePaths)
        {
            var files = relativePaths
                .Distinct()
                .OrderBy(p => p, System.StringComparer.Ordinal)
                .Select(p => Describe(directory, p))
                .ToList();
            var manifest = new JObject
            {
                ["apiVersion"] = apiVersion,
                ["kind"] = kind,
                ["client"] = client,
                ["asOf"] = UtcTimestampConverter.ToText(asOf),
                ["generatedAt"] = UtcTimestampConverter.ToText(generatedAt),
                ["toolVersion"] = toolVersion,
                ["files"] = new JArray(files.Select(f => new JObject
                {
                    ["path"] = f.Path,
                    ["size"] = f.Size,
                    ["sha256"] = f.Sha256,
                })),
            };
            File.WriteAllText(Path.Combine(directory, FileName), manifest.ToString(Formatting.Indented), new UTF8Encoding(false));
            return files;
        }

        /// <summary>Largest manifest.json read: a pack of a large client lists a few hundred files.</summary>
        public const long MaxManifestBytes = 16 * 1024 * 1024;

        /// <summary>True when <paramref name="folder"/> holds a manifest.json (a regular file) that says it belongs to a
        /// DrAudit evidence pack: <c>"kind": "EvidencePackManifest"</c> and an <c>apiVersion</c> of <c>draudit/...</c>.
        /// Every pack DrAudit has written carries both, so this is the marker Force looks for.</summary>
        public static bool IsEvidencePack(string folder) => IsPackOfKind(folder, Kind);

        /// <summary>True when <paramref name="folder"/> holds a DrAudit renewal pack (the marker Force looks for there).</summary>
        public static bool IsRenewalPack(string folder) => IsPackOfKind(folder, RenewalKind);

        private static bool IsPackOfKind(string folder, string kind)
        {
            var path = Path.Combine(folder, FileName);
            try
            {
                var info = new FileInfo(path);
                if (!info.Exists || (info.Attributes & FileAttributes.ReparsePoint) != 0 || info.Length > MaxManifestBytes) return false;
                var manifest = JObject.Parse(File.ReadAllText(path));
                return (string?)manifest["kind"] == kind && ((string?)manifest["apiVersion"])?.StartsWith("draudit/", System.StringComparison.Ordinal) == true;
            }
            catch (System.Exception e) when (e is IOException || e is System.UnauthorizedAccessException || e is JsonException || e is System.InvalidCastException)
            {
                return false;
            }
        }

        /// <summary>Lowercase hex SHA-256 of a file.</summary>
        public static string Sha256Of(string path)
        {
            using var sha = SHA256.Create();
            using var stream = File.OpenRead(path);
            var hash = sha.ComputeHash(stream);
            var sb = new StringBuilder(hash.Length * 2);
            foreach (var b in hash) sb.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            return sb.ToString();
        }

        private static PackFile Describe(string directory, string relativePath)
        {
            var full = Path.Combine(directory, relativePath.Replace('/', Path.DirectorySeparatorChar));
            return new PackFile(relativePath, new FileInfo(full).Length, Sha256Of(full));
        }
    }
}
