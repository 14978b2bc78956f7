using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using DrAudit.Core.Model.Inventory;

namespace DrAudit.Bench.Output
{
    /// <summary>Writes an inventory as the CSV folder form of inventory.md (repositories.csv, jobs.csv, runs.csv,
    /// restore-points.csv and inventory.yaml), the way a backup product's console export looks once its columns are
    /// renamed. Core reads this form; it has no writer for it, so the sample generator keeps this one.</summary>
    public static class InventoryCsvFolderWriter
    {
        private static readonly UTF8Encoding Utf8 = new UTF8Encoding(false);

        public static void Save(Inventory inventory, string folder)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "inventory.yaml"),
                "source: " + inventory.Source + "\n" +
                "system: " + Quote(inventory.System ?? "") + "\n" +
                (inventory.CollectedAt.HasValue ? "collectedAt: " + Time(inventory.CollectedAt.Value) + "\n" : ""), Utf8);
            Write(Path.Combine(folder, "repositories.csv"),
                new[] { "id", "name", "location", "encrypted", "immutable", "immutableDays", "sharesProductionCredentials" },
                inventory.Repositories.Select(r => new[]
                {
                    r.Id, r.Name ?? "", Lower(r.Location), Flag(r.Encrypted), Flag(r.Immutable),
                    r.ImmutableDays?.ToString(CultureInfo.InvariantCulture) ?? "", Flag(r.SharesProductionCredentials),
                }));
            Write(Path.Combine(folder, "jobs.csv"),
                new[] { "id", "name", "kind", "enabled", "objects", "repository", "retention", "applicationAware", "encrypted" },
                inventory.Jobs.Select(j => new[]
                {
                    j.Id, j.Name ?? "", Lower(j.Kind), Flag(j.Enabled), string.Join(";", j.Objects), j.Repository ?? "",
                    j.Retention?.ToString() ?? "", Flag(j.ApplicationAware), Flag(j.Encrypted),
                }));
            Write(Path.Combine(folder, "runs.csv"),
                new[] { "job", "start", "end", "result", "message" },
                inventory.Runs.Select(r => new[]
                {
                    r.Job, Time(r.Start), r.End.HasValue ? Time(r.End.Value) : "", Lower(r.Result), r.Message ?? "",
                }));
            Write(Path.Combine(folder, "restore-points.csv"),
                new[] { "object", "job", "time", "repository", "consistency" },
                inventory.RestorePoints.Select(p => new[]
                {
                    p.Object, p.Job ?? "", Time(p.Time), p.Repository ?? "", Lower(p.Consistency),
                }));
        }

        private static void Write(string path, string[] header, IEnumerable<string[]> rows)
        {
            using (var writer = new StreamWriter(path, false, Utf8))
            {
                writer.NewLine = "\n";
                writer.WriteLine(string.Join(",", header));
                foreach (var row in rows) writer.WriteLine(string.Join(",", row.Select(Field)));
            }
        }

        /// <summary>RFC 4180: a field holding a comma, quote or line break is quoted, its quotes doubled.</summary>
        private static string Field(string value) =>
            value.IndexOfAny(new[] { ',', '"', '\n', '\r' }) < 0 && value.Trim() == value ? value : "\"" + value.Replace("\"", "\"\"") + "\"";

        private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

        private static string Flag(bool? value) => value.HasValue ? (value.Value ? "true" : "false") : "";

        private static string Lower<T>(T? value) where T : struct, Enum => value.HasValue ? value.Value.ToString().ToLowerInvariant() : "";

        private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

        private static string Time(DateTimeOffset time) =>
            time.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) +
            (time.Offset == TimeSpan.Zero ? "Z" : time.ToString("zzz", CultureInfo.InvariantCulture));
    }
}
