using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using DrAudit.Core.Packs.Excel.Xlsx;

namespace DrAudit.Core.Packs.Excel
{
    /// <summary>Writes a <see cref="TableSheet"/> as a worksheet holding one Excel table with filters, a frozen header
    /// row, computed column widths, wrapped long text and outcome colours. Two passes over the rows: the first
    /// measures the columns (widths come before the cells in the file), the second streams the cells.</summary>
    internal static class TableSheetWriter
    {
        public static void Write(XlsxPackage package, TableSheet sheet)
        {
            var headers = UniqueHeaders(sheet.Headers);
            var columns = headers.Count;
            var values = new object?[columns];

            var measures = new ColumnMeasure[columns];
            for (var c = 0; c < columns; c++) measures[c] = new ColumnMeasure(headers[c]);
            for (var r = 0; r < sheet.RowCount; r++)
            {
                sheet.FillRow(r, values);
                for (var c = 0; c < columns; c++) measures[c].Add(Shown(package.Strings, values[c], sheet.Kinds[c]), sheet.Kinds[c]);
            }
            var widths = new double[columns];
            var styles = new CellStyle[columns];
            for (var c = 0; c < columns; c++)
            {
                widths[c] = measures[c].Width;
                styles[c] = StyleOf(sheet.Kinds[c], measures[c].Wraps);
            }

            // A table needs a data row: an empty sheet keeps one blank row under its headers.
            var lastRow = Math.Max(2, sheet.RowCount + 1);
            var range = CellReference.Range(1, 1, lastRow, columns);
            var noteRow = lastRow + 2;
            var dimension = sheet.NoteBelow == null ? range : CellReference.Range(1, 1, noteRow, columns);
            using (var writer = package.BeginSheet(sheet.Name))
            {
                writer.Begin(dimension, true, widths);
                writer.BeginRow(1);
                for (var c = 0; c < columns; c++) writer.Text(c + 1, headers[c], CellStyle.Default);
                writer.EndRow();
                for (var r = 0; r < sheet.RowCount; r++)
                {
                    sheet.FillRow(r, values);
                    writer.BeginRow(r + 2);
                    for (var c = 0; c < columns; c++) writer.Value(c + 1, values[c], sheet.Kinds[c], styles[c]);
                    writer.EndRow();
                }
                if (sheet.NoteBelow != null)
                {
                    writer.BeginRow(noteRow);
                    writer.Text(1, sheet.NoteBelow, CellStyle.Default);
                    writer.EndRow();
                }
                writer.EndData();
                var outcomes = OutcomeRanges(sheet.Kinds, lastRow);
                if (outcomes != null) writer.OutcomeColours(outcomes);
                writer.TablePart(TablePart.RelationshipId);
            }
            package.EndSheet(new TablePart(sheet.TableName, range, headers));
        }

        /// <summary>What a cell shows: a text as stored (local paths taken out, made storable), anything else as it is.</summary>
        private static object? Shown(SharedStrings strings, object? value, CellKind kind)
        {
            if (value == null || (kind != CellKind.Text && kind != CellKind.Outcome)) return value;
            return strings.CellTextOf(value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
        }

        private static CellStyle StyleOf(CellKind kind, bool wraps)
        {
            switch (kind)
            {
                case CellKind.DateTime: return CellStyle.DateTime;
                case CellKind.Date: return CellStyle.Date;
                case CellKind.Number: return CellStyle.Number;
                default: return wraps ? CellStyle.Wrap : CellStyle.Default;
            }
        }

        /// <summary>The data cells of every outcome column ("E2:E41 H2:H41"), or null when the sheet has none.</summary>
        private static string? OutcomeRanges(IReadOnlyList<CellKind> kinds, int lastRow)
        {
            StringBuilder? ranges = null;
            for (var c = 0; c < kinds.Count; c++)
            {
                if (kinds[c] != CellKind.Outcome) continue;
                ranges = ranges == null ? new StringBuilder() : ranges.Append(' ');
                ranges.Append(CellReference.Range(2, c + 1, lastRow, c + 1));
            }
            return ranges?.ToString();
        }

        /// <summary>Table column names must differ (ignoring case) and be storable: a repeated one gets " (2)", " (3)"...</summary>
        private static List<string> UniqueHeaders(IReadOnlyList<string> headers)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var unique = new List<string>(headers.Count);
            foreach (var header in headers)
            {
                var stem = header.Length == 0 ? "Column" : CellText.Safe(header);
                var name = stem;
                for (int n = 2; !seen.Add(name); n++)
                    name = stem + " (" + n.ToString(CultureInfo.InvariantCulture) + ")";
                unique.Add(name);
            }
            return unique;
        }
    }
}
