using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using DrAudit.Core.Loading.Files;
using DrAudit.Core.Loading.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using InventoryModel = DrAudit.Core.Model.Inventory.Inventory;

namespace DrAudit.Core.Loading.Inventory
{
    /// <summary>Reads an inventory kept as a folder of CSV files (one per list, header row of field names in any
    /// order, <c>objects</c> separated by ';', an empty cell = not given) plus an optional <c>inventory.yaml</c>
    /// with source, system, collectedAt and (v1.1) a backupServer block, and (v1.1) an optional <c>discovered.csv</c>
    /// (absent: the source could not enumerate its environment). Problems are located by file, line and column.</summary>
    internal static class InventoryCsvFolderReader
    {
        public const string RepositoriesFile = "repositories.csv";
        public const string JobsFile = "jobs.csv";
        public const string RunsFile = "runs.csv";
        public const string RestorePointsFile = "restore-points.csv";
        public const string DiscoveredFile = "discovered.csv";
        public const string HeaderFile = "inventory.yaml";

        private const int RecordsBetweenCancellationChecks = 1024;

        public static InventoryModel Read(string folder, CancellationToken cancellation)
        {
            var builder = new InventoryBuilder();
            ReadHeader(Path.Combine(folder, HeaderFile), builder);
            ReadFile(Path.Combine(folder, RepositoriesFile), builder.Repositories, builder.Problems, cancellation);
            ReadFile(Path.Combine(folder, JobsFile), builder.Jobs, builder.Problems, cancellation);
            ReadFile(Path.Combine(folder, RunsFile), builder.Runs, builder.Problems, cancellation);
            ReadFile(Path.Combine(folder, RestorePointsFile), builder.RestorePoints, builder.Problems, cancellation);
            var discovered = Path.Combine(folder, DiscoveredFile);
            if (File.Exists(discovered))
            {
                builder.DiscoveredGiven();
                ReadFile(discovered, builder.Discovered, builder.Problems, cancellation);
            }
            return builder.Finish();
        }

        private static void ReadFile<T>(string path, RecordBuilder<T> builder, BoundedProblemCollector problems, CancellationToken cancellation)
            where T : new()
        {
            if (problems.Full) return;
            if (!File.Exists(path))
            {
                problems.Add(path, 0, 0, "MissingFile", "the folder has no " + Path.GetFileName(path) + "; a CSV inventory needs "
                    + RepositoriesFile + ", " + JobsFile + ", " + RunsFile + " and " + RestorePointsFile
                    + " (a file holding only its header row is an empty list).");
                return;
            }
            StreamReader text;
            try
            {
                text = InputFile.OpenText(path, InputLimits.InventoryBytes, "the CSV file");
            }
            catch (InputFileException e)
            {
                problems.Add(e.Problem.File, e.Problem.Line, e.Problem.Column, e.Problem.Code, e.Problem.Message);
                return;
            }
            using (text)
            {
                var csv = new CsvRecordReader(text, path, problems);
                try
                {
                    ReadRows(csv, path, builder, problems, cancellation);
                }
                catch (DecoderFallbackException)
                {
                    var bad = InputFile.LocateBadEncoding(path);
                    problems.Add(bad.File, bad.Line, bad.Column, bad.Code, bad.Message);
                }
            }
        }

        private static void ReadRows<T>(CsvRecordReader csv, string path, RecordBuilder<T> builder, BoundedProblemCollector problems, CancellationToken cancellation)
            where T : new()
        {
            var names = ReadColumns(csv, path, builder.Schema, problems);
            if (names == null) return;
            var row = new List<CsvField>(names.Length);
            var records = 0;
            while (csv.Read(row))
            {
                if (row.Count != names.Length)
                {
                    var at = row[row.Count > names.Length ? names.Length : row.Count - 1];
                    problems.Add(path, at.Line, at.Column, "CsvFormat", "this row has " + row.Count + " fields; the header row has " + names.Length + ".");
                }
                else
                {
                    builder.Begin(path, csv.RecordLine, 1);
                    for (var i = 0; i < names.Length; i++) builder.Set(names[i], RawValue.FromCell(row[i].Text), row[i].Line, row[i].Column);
                    builder.End();
                }
                if (problems.Full) return;
                if (++records % RecordsBetweenCancellationChecks == 0) cancellation.ThrowIfCancellationRequested();
            }
        }

        /// <summary>The header row's field names, or null (with problems reported) when it cannot be used.</summary>
        private static string[]? ReadColumns<T>(CsvRecordReader csv, string path, RecordSchema<T> schema, BoundedProblemCollector problems)
        {
            var before = problems.Count;
            var header = new List<CsvField>();
            var found = csv.Read(header);
            if (problems.Count != before) return null;
            if (!found)
            {
                problems.Add(path, 1, 1, "CsvFormat", "the file is empty; its first row must name the columns (" + schema.Known + ").");
                return null;
            }
            var names = new string[header.Count];
            var seen = new HashSet<int>();
            for (var i = 0; i < header.Count; i++)
            {
                var cell = header[i];
                names[i] = cell.Text;
                var index = schema.IndexOf(cell.Text);
                if (index < 0)
                {
                    problems.Add(path, cell.Line, cell.Column, "UnknownKey",
                        ProblemText.Quote(cell.Text) + " is not a field of " + schema.Record + "; the columns may be " + schema.Known + ".");
                }
                else if (!seen.Add(index))
                {
                    problems.Add(path, cell.Line, cell.Column, "DuplicateKey", "the column '" + cell.Text + "' is named twice.");
                }
            }
            for (var i = 0; i < schema.Fields.Length; i++)
            {
                if (schema.Fields[i].Required && !seen.Contains(i))
                {
                    problems.Add(path, csv.RecordLine, 1, "MissingKey",
                        "the header row has no '" + schema.Fields[i].Name + "' column; it is required for " + schema.Record + ".");
                }
            }
            return problems.Count == before ? names : null;
        }

        private static void ReadHeader(string path, InventoryBuilder builder)
        {
            if (!File.Exists(path)) return;
            var problems = builder.Problems;
            YamlStream yaml;
            try
            {
                var text = InputFile.ReadText(path, InputLimits.SmallYamlBytes, "the inventory header");
                yaml = GuardedYamlParser.Load(new StringReader(text));
            }
            catch (InputFileException e)
            {
                problems.Add(e.Problem.File, e.Problem.Line, e.Problem.Column, e.Problem.Code, e.Problem.Message);
                return;
            }
            catch (GuardedYamlException e)
            {
                problems.Add(path, (int)e.Start.Line, (int)e.Start.Column, e.Code, e.Reason);
                return;
            }
            catch (YamlException e)
            {
                problems.Add(path, (int)e.Start.Line, (int)e.Start.Column, "YamlSyntax", e.Message);
                return;
            }
            if (yaml.Documents.Count == 0) return;
            var root = yaml.Documents[0].RootNode;
            if (!(root is YamlMappingNode mapping))
            {
                problems.Add(path, (int)root.Start.Line, (int)root.Start.Column, "WrongType",
                    "inventory.yaml must be a mapping of source, system and collectedAt.");
                return;
            }
            var header = new RecordBuilder<InventoryModel>(InventorySchemas.YamlHeader, problems, null);
            header.Begin(path, (int)root.Start.Line, (int)root.Start.Column, builder.Inventory);
            foreach (var entry in mapping.Children)
            {
                var key = entry.Key as YamlScalarNode;
                if (key?.Value == null)
                {
                    problems.Add(path, (int)entry.Key.Start.Line, (int)entry.Key.Start.Column, "WrongType", "a key of inventory.yaml must be a plain name.");
                    continue;
                }
                if (key.Value == InventorySchemas.BackupServerField && entry.Value is YamlMappingNode server)
                {
                    ReadBackupServer(path, server, builder);
                    header.Set(key.Value, RawValue.Object, (int)key.Start.Line, (int)key.Start.Column);
                    continue;
                }
                header.Set(key.Value, ValueOf(entry.Value), (int)key.Start.Line, (int)key.Start.Column);
            }
            header.End();
        }

        /// <summary>Reads inventory.yaml's <c>backupServer</c> block and its nested <c>configBackup</c> (v1.1), as strictly
        /// as the JSON reader does.</summary>
        private static void ReadBackupServer(string path, YamlMappingNode node, InventoryBuilder builder)
        {
            var server = new Model.Inventory.BackupServer();
            builder.BackupServer.Begin(path, (int)node.Start.Line, (int)node.Start.Column, server);
            foreach (var entry in node.Children)
            {
                if (!(entry.Key is YamlScalarNode key) || key.Value == null)
                {
                    builder.Problems.Add(path, (int)entry.Key.Start.Line, (int)entry.Key.Start.Column, "WrongType", "a key of inventory.yaml must be a plain name.");
                    continue;
                }
                if (key.Value == InventorySchemas.ConfigBackupField && entry.Value is YamlMappingNode configNode)
                {
                    var config = new Model.Inventory.ConfigurationBackup();
                    if (ReadMapping(path, configNode, builder.ConfigBackup, config, builder.Problems)) server.ConfigBackup = config;
                    builder.BackupServer.Set(key.Value, RawValue.Object, (int)key.Start.Line, (int)key.Start.Column);
                    continue;
                }
                builder.BackupServer.Set(key.Value, ValueOf(entry.Value), (int)key.Start.Line, (int)key.Start.Column);
            }
            if (builder.BackupServer.End()) builder.Inventory.BackupServer = server;
        }

        private static bool ReadMapping<T>(string path, YamlMappingNode node, RecordBuilder<T> record, T item, BoundedProblemCollector problems) where T : new()
        {
            record.Begin(path, (int)node.Start.Line, (int)node.Start.Column, item);
            foreach (var entry in node.Children)
            {
                if (!(entry.Key is YamlScalarNode key) || key.Value == null)
                {
                    problems.Add(path, (int)entry.Key.Start.Line, (int)entry.Key.Start.Column, "WrongType", "a key of inventory.yaml must be a plain name.");
                    continue;
                }
                record.Set(key.Value, ValueOf(entry.Value), (int)key.Start.Line, (int)key.Start.Column);
            }
            return record.End();
        }

        private static RawValue ValueOf(YamlNode node)
        {
            switch (node)
            {
                case YamlScalarNode scalar:
                    var isNull = scalar.Style == ScalarStyle.Plain && (scalar.Value == null || scalar.Value == "~" || scalar.Value == "null");
                    return isNull ? RawValue.Absent : RawValue.FromCell(scalar.Value);
                case YamlSequenceNode _:
                    return RawValue.FromArray(null);
                default:
                    return RawValue.Object;
            }
        }
    }
}
