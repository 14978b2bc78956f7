using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ClosedXML.Excel;

namespace DrAudit.Core.Packs.Excel
{
    /// <summary>Writes a <see cref="TableSheet"/> as a worksheet holding one Excel table with filters, a frozen header
    /// row, computed column widths and outcome colours.</summary>
    internal static class TableSheetWriter
    {
        public static IXLWorksheet Write(XLWorkbook workbook, TableSheet sheet)
        {
            var worksheet = workbook.Worksheets.Add(sheet.Name);
            var headers = UniqueHeaders(sheet.Headers);
            for (int c = 0; c < headers.Count; c++)
            {
                CellWriter.WriteText(worksheet.Cell(1, c + 1), headers[c]);
                for (int r = 0; r < sheet.Rows.Count; r++)
                    CellWriter.Write(worksheet.Cell(r + 2, c + 1), sheet.Rows[r][c], sheet.Kinds[c]);
            }

            // A table needs a data row: an empty sheet keeps one blank row under its headers.
            var lastRow = Math.Max(2, sheet.Rows.Count + 1);
            var table = worksheet.Range(1, 1, lastRow, headers.Count).CreateTable(sheet.TableName);
            table.ShowAutoFilter = true;
            worksheet.SheetView.FreezeRows(1);

            for (int c = 0; c < headers.Count; c++)
            {
                var cells = sheet.Rows.Select(row => (row[c], sheet.Kinds[c])).ToList();
                var column = worksheet.Column(c + 1);
                column.Width = ColumnWidths.For(headers[c], cells);
                if (ColumnWidths.NeedsWrap(cells)) worksheet.Range(2, c + 1, lastRow, c + 1).Style.Alignment.WrapText = true;
                if (sheet.Kinds[c] == CellKind.Outcome) OutcomeFormatting.Apply(worksheet.Range(2, c + 1, lastRow, c + 1));
            }
            return worksheet;
        }

        /// <summary>Table column names must differ (ignoring case): a repeated one gets " (2)", " (3)"...</summary>
        private static List<string> UniqueHeaders(IReadOnlyList<string> headers)
        {
            var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var unique = new List<string>(headers.Count);
            foreach (var header in headers)
            {
                var stem = header.Length == 0 ? "Column" : header;
                var name = stem;
                for (int n = 2; !seen.Add(name); n++)
                    name = stem + " (" + n.ToString(CultureInfo.InvariantCulture) + ")";
                unique.Add(name);
            }
            return unique;
        }
    }
}
