using System;
using System.IO;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs;
using Newtonsoft.Json;

namespace DrAudit.Core.Comparison
{
    /// <summary>Reads the readiness result back from an evidence pack: a pack folder (its <c>readiness.json</c>) or the
    /// <c>readiness.json</c> file itself.</summary>
    public static class EvidencePackReader
    {
        /// <summary>The result saved in the pack. Throws <see cref="FileNotFoundException"/> when there is no
        /// readiness.json there and <see cref="ComparisonException"/> when it is not a readiness result.</summary>
        public static ReadinessResult Read(string packPath)
        {
            var file = ReadinessFile(packPath);
            if (!File.Exists(file))
                throw new FileNotFoundException("There is no evidence pack at " + packPath + ": " + file + " does not exist.", file);
            ReadinessResult result;
            try
            {
                result = ReadinessJson.Deserialize(File.ReadAllText(file));
            }
            catch (JsonException e)
            {
                throw new ComparisonException(file + " is not a readiness result: " + e.Message, e);
            }
            if (result.Kind != "Readiness" || string.IsNullOrEmpty(result.Client.Id))
                throw new ComparisonException(file + " is not a readiness result (kind '" + result.Kind + "', client '" + result.Client.Id + "').");
            return result;
        }

        /// <summary>The pack's name as a comparison records it: its folder name ("2026-10-01").</summary>
        public static string PackName(string packPath)
        {
            var folder = Directory.Exists(packPath) ? packPath : Path.GetDirectoryName(Path.GetFullPath(packPath)) ?? packPath;
            return Path.GetFileName(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar));
        }

        private static string ReadinessFile(string packPath)
        {
            if (string.IsNullOrWhiteSpace(packPath)) throw new ArgumentException("A pack path is required.", nameof(packPath));
            return Directory.Exists(packPath) ? Path.Combine(packPath, JsonPackRenderer.ReadinessFile) : packPath;
        }
    }
}
