using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DrAudit.Core.Loading.Files;

namespace DrAudit.Core.Fleet
{
    /// <summary>
    /// Which client definitions a fleet run audits. Each path given is a client definition file (.yaml/.yml), a folder,
    /// or a list file. A folder holds definitions as <c>*.yaml</c>/<c>*.yml</c> directly in it and as <c>client.yaml</c>
    /// (or <c>client.yml</c>) in each of its subfolders. A list file (any other extension) names one definition or folder
    /// per line, relative to the list's folder; blank lines and lines starting with <c>#</c> are ignored.
    /// </summary>
    public static class FleetClientList
    {
        /// <summary>The definition files, full paths, in order and without repeats. A path that does not exist is kept,
        /// so the run reports it as a failed client instead of dropping it.</summary>
        public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
        {
            var files = new List<string>();
            foreach (var path in paths) Add(Path.GetFullPath(path), files, listDepth: 0);
            return files.Distinct(PathComparer).ToList();
        }

        private static readonly StringComparer PathComparer =
            Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

        private static void Add(string path, List<string> files, int listDepth)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(InFolder(path));
                return;
            }
            if (File.Exists(path) && !IsYaml(path) && listDepth == 0)
            {
                var folder = Path.GetDirectoryName(path)!;
                string text;
                try
                {
                    text = InputFile.ReadText(path, InputLimits.SmallYamlBytes, "the client list");
                }
                catch (InputFileException e)
                {
                    throw new IOException(e.Problem.ToString(), e);
                }
                foreach (var line in text.Split('\n').Select(l => l.Trim()))
                {
                    if (line.Length == 0 || line.StartsWith("#", StringComparison.Ordinal)) continue;
                    Add(Path.GetFullPath(Path.Combine(folder, line)), files, listDepth + 1);
                }
                return;
            }
            files.Add(path);
        }

        private static IEnumerable<string> InFolder(string folder)
        {
            var direct = Directory.GetFiles(folder).Where(IsYaml).OrderBy(f => f, StringComparer.Ordinal);
            var nested = Directory.GetDirectories(folder)
                .Where(d => !Path.GetFileName(d).StartsWith(".", StringComparison.Ordinal))
                .OrderBy(d => d, StringComparer.Ordinal)
                .Select(d => new[] { "client.yaml", "client.yml" }.Select(n => Path.Combine(d, n)).FirstOrDefault(File.Exists))
                .Where(f => f != null)
                .Select(f => f!);
            return direct.Concat(nested);
        }

        private static bool IsYaml(string path)
        {
            var extension = Path.GetExtension(path);
            return string.Equals(extension, ".yaml", StringComparison.OrdinalIgnoreCase) || string.Equals(extension, ".yml", StringComparison.OrdinalIgnoreCase);
        }
    }
}
