using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DrAudit.Core.Loading.Inventory;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Packs
{
    /// <summary>
    /// The machine-readable pack: <c>readiness.json</c>; <c>client/</c> with the definition file exactly as read and the
    /// restore-test files it read; <c>inventories/&lt;source-id&gt;.json</c> with every readable source's inventory in the
    /// neutral format, so the result can be re-scored from exactly what it was scored on (an inventory read from a JSON
    /// file is that file, copied byte for byte while it still matches what was read; any other is written out). The definition holds only
    /// secret names; nothing else about credentials is written.
    /// </summary>
    public sealed class JsonPackRenderer : IPackRenderer
    {
        public const string ReadinessFile = "readiness.json";
        public const string ClientFolder = "client";
        public const string InventoriesFolder = "inventories";

        private static readonly Encoding Utf8 = new UTF8Encoding(false);

        public PackFormat Format => PackFormat.Json;

        public IReadOnlyList<string> Render(ReadinessResult result, string directory)
        {
            var written = new List<string>();
            File.WriteAllText(Path.Combine(directory, ReadinessFile), ReadinessJson.Serialize(result), Utf8);
            written.Add(ReadinessFile);
            if (result.Inputs == null) return written;

            var definition = result.Inputs.Definition;
            written.Add(WriteText(directory, ClientFolder + "/" + DefinitionFileName(definition), definition.Text));
            foreach (var file in definition.RestoreTestFiles.Distinct(StringComparer.Ordinal))
                written.Add(Copy(directory, ClientFolder + "/" + RelativeToDefinition(definition, file), file));
            foreach (var source in result.Inputs.Sources.Where(s => s.Ok))
            {
                var relative = InventoriesFolder + "/" + SafeName(source.Id) + ".json";
                var target = Prepare(directory, relative);
                if (source.InventoryFile != null && source.InventoryFile.StillMatches()) File.Copy(source.InventoryFile.Path, target, false);
                else InventoryJsonWriter.Save(source.Inventory!, target);
                written.Add(relative);
            }
            return written;
        }

        private static string DefinitionFileName(ClientDefinition definition) =>
            string.IsNullOrEmpty(definition.FilePath) ? "client.yaml" : SafeName(Path.GetFileName(definition.FilePath));

        /// <summary>A restore-test file's path below the definition's folder ("tests/restore.yaml"), or its file name when elsewhere.</summary>
        private static string RelativeToDefinition(ClientDefinition definition, string file)
        {
            var full = Path.GetFullPath(file);
            var folder = string.IsNullOrEmpty(definition.FilePath) ? "" : Path.GetDirectoryName(Path.GetFullPath(definition.FilePath)) ?? "";
            var prefix = folder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
            if (folder.Length > 0 && full.StartsWith(prefix, StringComparison.Ordinal))
                return string.Join("/", full.Substring(prefix.Length).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Select(SafeName));
            return SafeName(Path.GetFileName(full));
        }

        private static string WriteText(string directory, string relative, string text)
        {
            File.WriteAllText(Prepare(directory, relative), text, Utf8);
            return relative;
        }

        private static string Copy(string directory, string relative, string from)
        {
            File.Copy(from, Prepare(directory, relative), false);
            return relative;
        }

        /// <summary>The full path of a relative pack path, with its folder created.</summary>
        private static string Prepare(string directory, string relative)
        {
            var full = Path.Combine(directory, relative.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            return full;
        }

        /// <summary>A file name with characters no file system accepts (and path separators, and "..") replaced by '_'.</summary>
        private static string SafeName(string name)
        {
            var invalid = Path.GetInvalidFileNameChars();
            var safe = new string(name.Select(c => invalid.Contains(c) || c == '/' || c == '\\' || c == ':' ? '_' : c).ToArray());
            return safe.Length == 0 || safe == "." || safe == ".." ? "_" + safe : safe;
        }
    }
}
