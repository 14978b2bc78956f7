using System;
using System.Collections.Generic;
using System.Linq;
using System.IO;
using DrAudit.Core.Loading.Inventory;
using DrAudit.Core.Loading.Yaml;

namespace DrAudit.Core.Loading.Definition
{
    /// <summary>
    /// Turns a restore-test CSV file (RFC 4180, header row of restore-test field names, <c>components</c> separated
    /// by ';') into located mappings, so each row is checked exactly like a restore test written in YAML. Empty cells
    /// count as absent. The records are read by the inventory's <see cref="CsvRecordReader"/>, so both CSV formats are
    /// parsed, limited and located alike: malformed rows are CsvFormat problems at their line and column.
    /// </summary>
    internal static class CsvRestoreTests
    {
        public static List<LocatedMapping> Rows(YamlValueReader csv, string text)
        {
            var rows = new List<LocatedMapping>();
            // The inventory's CSV reader (RFC 4180, limits, located problems); its problems are passed on as they come.
            var problems = new BoundedProblemCollector();
            var reader = new CsvRecordReader(new StringReader(text), csv.File, problems);
            var passedOn = 0;
            bool Read(List<CsvField> into)
            {
                var read = reader.Read(into);
                for (; passedOn < problems.Count; passedOn++)
                {
                    var p = problems.Problems[passedOn];
                    csv.Report(p.Line, p.Column, p.Code, p.Message);
                }
                return read;
            }

            var header = new List<CsvField>();
            var headerRead = Read(header);
            if (passedOn > 0) return rows; // the header (or a row before it) is malformed: no column can be trusted
            if (!headerRead)
            {
                csv.Report(1, 1, "CsvFormat", $"the file is empty; expected a header row naming the fields ({string.Join(", ", RestoreTestReader.Fields)}).");
                return rows;
            }
            var headerLine = reader.RecordLine;
            var columns = new LocatedScalar?[header.Count];
            var named = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < header.Count; i++)
            {
                var cell = header[i];
                var name = cell.Text.Trim();
                if (!RestoreTestReader.Fields.Contains(name, StringComparer.Ordinal))
                    csv.Report(cell.Line, cell.Column, "UnknownKey", $"unknown column {ProblemText.Quote(name)} in the header; allowed columns: {string.Join(", ", RestoreTestReader.Fields)}.");
                else if (!named.Add(name))
                    csv.Report(cell.Line, cell.Column, "DuplicateKey", $"the column {ProblemText.Quote(name)} appears more than once in the header.");
                else
                    columns[i] = new LocatedScalar(name, true, cell.Line, cell.Column);
            }
            var missing = RestoreTestReader.RequiredFields.Where(f => !named.Contains(f)).ToList();
            if (missing.Count > 0)
            {
                csv.Report(headerLine, 1, "MissingKey", $"the header has no column for the required field(s) {string.Join(", ", missing)}.");
                return rows;
            }

            var record = new List<CsvField>();
            while (Read(record))
            {
                if (record.Count != header.Count)
                {
                    csv.Report(reader.RecordLine, 1, "CsvFormat", $"this row has {record.Count} field(s) but the header has {header.Count}.");
                    continue;
                }
                var row = new LocatedMapping(reader.RecordLine, 1);
                for (int i = 0; i < columns.Length; i++)
                {
                    var column = columns[i];
                    if (column == null) continue;
                    var valueNode = column.Value == "components" ? ComponentList(record[i]) : Cell(record[i]);
                    if (valueNode != null) row.Entries.Add(new KeyValuePair<LocatedNode, LocatedNode>(column, valueNode));
                }
                rows.Add(row);
            }
            return rows;
        }

        /// <summary>A cell as a scalar (plain unless it was quoted); null when empty, which counts as absent.</summary>
        private static LocatedNode? Cell(CsvField field) =>
            field.Text.Length == 0 ? null : new LocatedScalar(field.Text, !field.Quoted, field.Line, field.Column);

        private static LocatedNode? ComponentList(CsvField field)
        {
            if (field.Text.Trim().Length == 0) return null;
            var list = new LocatedSequence(field.Line, field.Column);
            var offset = field.Quoted ? 1 : 0;
            foreach (var part in field.Text.Split(';'))
            {
                var lead = part.Length - part.TrimStart().Length;
                if (part.Trim().Length > 0) list.Items.Add(new LocatedScalar(part.Trim(), true, field.Line, field.Column + offset + lead));
                offset += part.Length + 1;
            }
            return list;
        }
    }
}
