using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DrAudit.Core.Loading.Yaml;

namespace DrAudit.Core.Loading.Definition
{
    /// <summary>
    /// Turns a restore-test CSV file (RFC 4180, header row of restore-test field names, <c>components</c> separated
    /// by ';') into located mappings, so each row is checked exactly like a restore test written in YAML. Empty cells
    /// count as absent. Malformed rows are CsvFormat problems at their line and column.
    /// </summary>
    internal static class CsvRestoreTests
    {
        private sealed class Field
        {
            public string Value = "";
            public bool Quoted;
            public int Line;
            public int Column;
        }

        private sealed class Record
        {
            public int Line;
            public readonly List<Field> Fields = new List<Field>();
            public bool Malformed;
        }

        public static List<LocatedMapping> Rows(YamlValueReader csv, string text)
        {
            var rows = new List<LocatedMapping>();
            var records = Parse(csv, text);
            if (records.Count == 0)
            {
                csv.Report(1, 1, "CsvFormat", $"the file is empty; expected a header row naming the fields ({string.Join(", ", RestoreTestReader.Fields)}).");
                return rows;
            }

            var header = records[0];
            if (header.Malformed) return rows;
            var columns = new LocatedScalar?[header.Fields.Count];
            var named = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < header.Fields.Count; i++)
            {
                var cell = header.Fields[i];
                var name = cell.Value.Trim();
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
                csv.Report(header.Line, 1, "MissingKey", $"the header has no column for the required field(s) {string.Join(", ", missing)}.");
                return rows;
            }

            foreach (var record in records.Skip(1))
            {
                if (record.Malformed) continue;
                if (record.Fields.Count != header.Fields.Count)
                {
                    csv.Report(record.Line, 1, "CsvFormat", $"this row has {record.Fields.Count} field(s) but the header has {header.Fields.Count}.");
                    continue;
                }
                var row = new LocatedMapping(record.Line, 1);
                for (int i = 0; i < columns.Length; i++)
                {
                    var column = columns[i];
                    var value = record.Fields[i];
                    if (column == null) continue;
                    var valueNode = column.Value == "components" ? ComponentList(value) : Cell(value);
                    if (valueNode != null) row.Entries.Add(new KeyValuePair<LocatedNode, LocatedNode>(column, valueNode));
                }
                rows.Add(row);
            }
            return rows;
        }

        private static LocatedNode? Cell(Field field)
        {
            var text = field.Quoted ? field.Value : field.Value.Trim();
            return text.Length == 0 ? null : new LocatedScalar(text, !field.Quoted, field.Line, field.Column);
        }

        private static LocatedNode? ComponentList(Field field)
        {
            if (field.Value.Trim().Length == 0) return null;
            var list = new LocatedSequence(field.Line, field.Column);
            var offset = field.Quoted ? 1 : 0;
            foreach (var part in field.Value.Split(';'))
            {
                var lead = part.Length - part.TrimStart().Length;
                if (part.Trim().Length > 0) list.Items.Add(new LocatedScalar(part.Trim(), true, field.Line, field.Column + offset + lead));
                offset += part.Length + 1;
            }
            return list;
        }

        /// <summary>RFC 4180 records with the line and column of each field; blank lines are skipped.</summary>
        private static List<Record> Parse(YamlValueReader csv, string text)
        {
            var records = new List<Record>();
            int i = 0, line = 1, column = 1;

            bool AtLineEnd() => i < text.Length && (text[i] == '\n' || text[i] == '\r');
            void ConsumeLineEnd()
            {
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                i++;
                line++;
                column = 1;
            }
            void Advance()
            {
                i++;
                column++;
            }

            while (i < text.Length)
            {
                if (AtLineEnd())
                {
                    ConsumeLineEnd();
                    continue;
                }
                var record = new Record { Line = line };
                while (true)
                {
                    var field = new Field { Line = line, Column = column };
                    var value = new StringBuilder();
                    if (i < text.Length && text[i] == '"')
                    {
                        field.Quoted = true;
                        Advance();
                        while (true)
                        {
                            if (i >= text.Length)
                            {
                                csv.Report(field.Line, field.Column, "CsvFormat", "a quoted field is never closed; close it with '\"' (write a quote inside a field as \"\").");
                                return records;
                            }
                            if (text[i] == '"')
                            {
                                if (i + 1 < text.Length && text[i + 1] == '"')
                                {
                                    value.Append('"');
                                    Advance();
                                    Advance();
                                    continue;
                                }
                                Advance();
                                break;
                            }
                            if (AtLineEnd())
                            {
                                value.Append('\n');
                                ConsumeLineEnd();
                                continue;
                            }
                            value.Append(text[i]);
                            Advance();
                        }
                        if (i < text.Length && text[i] != ',' && !AtLineEnd())
                        {
                            if (!record.Malformed)
                                csv.Report(line, column, "CsvFormat", "unexpected text after a closing quote; a quoted field must end at ',' or the end of the line.");
                            record.Malformed = true;
                            while (i < text.Length && text[i] != ',' && !AtLineEnd()) Advance();
                        }
                    }
                    else
                    {
                        while (i < text.Length && text[i] != ',' && !AtLineEnd())
                        {
                            if (text[i] == '"' && !record.Malformed)
                            {
                                csv.Report(line, column, "CsvFormat", "a quote inside an unquoted field; quote the whole field and write the quote as \"\".");
                                record.Malformed = true;
                            }
                            value.Append(text[i]);
                            Advance();
                        }
                    }
                    field.Value = value.ToString();
                    record.Fields.Add(field);
                    if (i < text.Length && text[i] == ',')
                    {
                        Advance();
                        continue;
                    }
                    if (i < text.Length) ConsumeLineEnd();
                    break;
                }
                records.Add(record);
            }
            return records;
        }
    }
}
