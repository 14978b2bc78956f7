using System.Globalization;
using System.Text;
using DrAudit.Core.Loading.Inventory;
using DrAudit.Core.Model.Inventory;
using Newtonsoft.Json;
using InventoryModel = DrAudit.Core.Model.Inventory.Inventory;

namespace DrAudit.Core.Tests.Loading.Properties
{
    /// <summary>
    /// Writes an inventory as the CSV folder docs/inventory-format.md describes (four lists, an optional
    /// discovered.csv, inventory.yaml for the header), in a layout chosen by a seeded random from everything the
    /// format treats alike: columns in any order, a column of empty cells or left out when no record has it, fields
    /// quoted or not, spaces and tabs around unquoted fields, LF, CRLF or CR line ends, blank lines, a byte-order
    /// mark, true/false and enum names in any case. Every layout must read back as the same inventory.
    /// </summary>
    internal sealed class CsvInventoryLayout
    {
        private readonly Random _random;
        private readonly string _newline;
        private readonly List<string> _choices = new List<string>();

        public CsvInventoryLayout(Random random)
        {
            _random = random;
            _newline = new[] { "\n", "\r\n", "\r" }[random.Next(3)];
            _choices.Add("line ends " + (_newline == "\n" ? "LF" : _newline == "\r\n" ? "CRLF" : "CR"));
        }

        /// <summary>What this layout chose, for messages.</summary>
        public string Choices => string.Join("; ", _choices);

        public void Write(InventoryModel inventory, string folder)
        {
            WriteHeader(inventory, Path.Combine(folder, InventoryCsvFolderReader.HeaderFile));
            WriteFile(Path.Combine(folder, InventoryCsvFolderReader.RepositoriesFile), inventory.Repositories, new (string, Func<Repository, string?>)[]
            {
                ("id", r => r.Id), ("name", r => r.Name), ("location", r => Enum(r.Location)), ("encrypted", r => Boolean(r.Encrypted)),
                ("immutable", r => Boolean(r.Immutable)), ("immutableDays", r => r.ImmutableDays?.ToString(CultureInfo.InvariantCulture)),
                ("sharesProductionCredentials", r => Boolean(r.SharesProductionCredentials)),
            });
            WriteFile(Path.Combine(folder, InventoryCsvFolderReader.JobsFile), inventory.Jobs, new (string, Func<Job, string?>)[]
            {
                ("id", j => j.Id), ("name", j => j.Name), ("kind", j => Enum<JobKind>(j.Kind)), ("enabled", j => Boolean(j.Enabled)),
                ("objects", j => string.Join(_random.Next(2) == 0 ? ";" : " ; ", j.Objects)), ("repository", j => j.Repository),
                ("retention", j => j.Retention?.ToString()), ("applicationAware", j => Boolean(j.ApplicationAware)), ("encrypted", j => Boolean(j.Encrypted)),
            });
            WriteFile(Path.Combine(folder, InventoryCsvFolderReader.RunsFile), inventory.Runs, new (string, Func<JobRun, string?>)[]
            {
                ("job", r => r.Job), ("start", r => InventoryValues.FormatTime(r.Start)), ("end", r => Time(r.End)),
                ("result", r => Enum<RunResult>(r.Result)), ("message", r => r.Message),
            });
            WriteFile(Path.Combine(folder, InventoryCsvFolderReader.RestorePointsFile), inventory.RestorePoints, new (string, Func<RestorePoint, string?>)[]
            {
                ("object", p => p.Object), ("job", p => p.Job), ("time", p => InventoryValues.FormatTime(p.Time)), ("repository", p => p.Repository),
                ("consistency", p => Enum(p.Consistency)),
            });
            if (inventory.Discovered != null)
            {
                WriteFile(Path.Combine(folder, InventoryCsvFolderReader.DiscoveredFile), inventory.Discovered, new (string, Func<DiscoveredWorkload, string?>)[]
                {
                    ("object", w => w.Object), ("kind", w => Enum<WorkloadKind>(w.Kind)), ("platform", w => w.Platform),
                });
            }
        }

        private void WriteFile<T>(string path, IReadOnlyList<T> records, (string Name, Func<T, string?> Value)[] columns)
        {
            var order = columns.OrderBy(_ => _random.Next()).ToList();
            // A column that no record fills may be left out; required ones (given by every record) always stay.
            order.RemoveAll(c => records.All(r => string.IsNullOrEmpty(c.Value(r))) && _random.Next(2) == 0 && !IsRequired(Path.GetFileName(path), c.Name));
            var text = new StringBuilder();
            if (_random.Next(6) == 0) text.Append('\uFEFF');
            text.Append(string.Join(",", order.Select(c => Cell(c.Name)))).Append(_newline);
            foreach (var record in records)
            {
                if (_random.Next(8) == 0) text.Append(_newline);
                text.Append(string.Join(",", order.Select(c => Cell(c.Value(record) ?? ""))));
                text.Append(_newline);
            }
            var content = text.ToString();
            if (records.Count > 0 && _random.Next(4) == 0) content = content.Substring(0, content.Length - _newline.Length);
            File.WriteAllText(path, content, new UTF8Encoding(false));
        }

        private static bool IsRequired(string file, string column) =>
            (file, column) switch
            {
                (InventoryCsvFolderReader.RepositoriesFile, "id") => true,
                (InventoryCsvFolderReader.JobsFile, "id" or "kind" or "objects") => true,
                (InventoryCsvFolderReader.RunsFile, "job" or "start" or "result") => true,
                (InventoryCsvFolderReader.RestorePointsFile, "object" or "time") => true,
                (InventoryCsvFolderReader.DiscoveredFile, "object" or "kind") => true,
                _ => false,
            };

        /// <summary>The cell as written: quoted when it must be (a comma, quote, line break, or space at either end)
        /// or by chance; else with spaces or tabs around it by chance.</summary>
        private string Cell(string value)
        {
            var must = value.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0 || value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[value.Length - 1]));
            if (must || _random.Next(5) == 0)
            {
                var quoted = "\"" + value.Replace("\"", "\"\"") + "\"";
                return _random.Next(6) == 0 ? " " + quoted + "\t" : quoted;
            }
            return _random.Next(6) == 0 ? Pad() + value + Pad() : value;
        }

        private string Pad() => new[] { "", " ", "\t", "  " }[_random.Next(4)];

        private string? Boolean(bool? value) => value == null ? null : Case(value.Value ? "true" : "false");

        private string? Enum<T>(T? value) where T : struct, System.Enum => value == null ? null : Enum<T>(value.Value);

        private string Enum<T>(T value) where T : struct, System.Enum => Case(EnumNames<T>.Name(value));

        private static string? Time(DateTimeOffset? time) => time == null ? null : InventoryValues.FormatTime(time.Value);

        /// <summary>Names read case-insensitively, written in lower, upper or mixed case.</summary>
        private string Case(string name)
        {
            switch (_random.Next(4))
            {
                case 0: return name.ToUpperInvariant();
                case 1: return string.Concat(name.Select((c, i) => i % 2 == 0 ? char.ToUpperInvariant(c) : c));
                default: return name;
            }
        }

        private void WriteHeader(InventoryModel inventory, string path)
        {
            var yaml = new StringBuilder();
            void Scalar(string indent, string key, string? value)
            {
                if (!string.IsNullOrEmpty(value)) yaml.Append(indent).Append(key).Append(": ").Append(JsonConvert.ToString(value)).Append('\n');
            }
            Scalar("", "source", inventory.Source);
            Scalar("", "system", inventory.System);
            Scalar("", "collectedAt", Time(inventory.CollectedAt));
            if (inventory.BackupServer is { } server)
            {
                yaml.Append("backupServer:").Append(server.Name == null && server.ConfigBackup == null ? " {}\n" : "\n");
                Scalar("  ", "name", server.Name);
                if (server.ConfigBackup is { } config)
                {
                    var empty = config.Enabled == null && config.Encrypted == null && config.Repository == null && config.LastSuccess == null;
                    yaml.Append("  configBackup:").Append(empty ? " {}\n" : "\n");
                    if (config.Enabled != null) yaml.Append("    enabled: ").Append(Boolean(config.Enabled)).Append('\n');
                    if (config.Encrypted != null) yaml.Append("    encrypted: ").Append(Boolean(config.Encrypted)).Append('\n');
                    Scalar("    ", "repository", config.Repository);
                    Scalar("    ", "lastSuccess", Time(config.LastSuccess));
                }
            }
            if (yaml.Length > 0 || _random.Next(2) == 0) File.WriteAllText(path, yaml.ToString());
        }
    }
}
