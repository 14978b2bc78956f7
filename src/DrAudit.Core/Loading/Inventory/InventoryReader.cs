using System;
using System.IO;
using System.Threading;
using DrAudit.Core.Loading.Files;
using InventoryModel = DrAudit.Core.Model.Inventory.Inventory;

namespace DrAudit.Core.Loading.Inventory
{
    /// <summary>Reads the neutral inventory (inventory.md): a JSON file, or a folder of CSV files. Strict: anything
    /// malformed throws a <see cref="DefinitionException"/> carrying every problem found (file, line, column, code),
    /// never half-read data. An I/O failure other than a missing path surfaces as its own exception.</summary>
    public static class InventoryReader
    {
        public static InventoryModel Read(string path) => Read(path, CancellationToken.None);

        /// <summary>Reads <paramref name="path"/>: a folder is read as CSV files, a file as JSON.</summary>
        public static InventoryModel Read(string path, CancellationToken cancellation)
        {
            if (path == null) throw new ArgumentNullException(nameof(path));
            if (Directory.Exists(path)) return InventoryCsvFolderReader.Read(path, cancellation);
            if (!File.Exists(path))
            {
                throw new DefinitionException(new[] { new DefinitionProblem(path, 0, 0, "NotFound", "there is no inventory file or folder at this path.") });
            }
            if (string.Equals(Path.GetExtension(path), ".csv", StringComparison.OrdinalIgnoreCase))
            {
                throw new DefinitionException(new[] { new DefinitionProblem(path, 0, 0, "WrongFile",
                    "a CSV inventory is read from its folder (repositories.csv, jobs.csv, runs.csv, restore-points.csv): give the folder, not one file.") });
            }
            try
            {
                return InventoryJsonReader.Read(path, cancellation);
            }
            catch (InputFileException e)
            {
                throw new DefinitionException(new[] { e.Problem });
            }
        }

        /// <summary>Reads an inventory in JSON from <paramref name="text"/> (e.g. an entry of an evidence pack);
        /// <paramref name="name"/> names it in problems.</summary>
        public static InventoryModel ReadJson(TextReader text, string name, CancellationToken cancellation = default) =>
            InventoryJsonReader.Read(text, name, cancellation);
    }
}
