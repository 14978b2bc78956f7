using System;
using System.Collections.Generic;
using System.Linq;

namespace DrAudit.Core.Packs.Excel
{
    /// <summary>A data sheet: its name, the name of its Excel table, its columns, and its rows as the items they are
    /// made from (a cell's value is computed when the row is written, so no sheet of cell values is ever built).
    /// Every data sheet is written the same way by <see cref="TableSheetWriter"/>. To add a sheet: a class in
    /// Sheets/ whose Build returns <c>TableSheet.Of(name, tableName, items, new ColumnList&lt;T&gt;()...)</c>, listed
    /// in <see cref="ExcelPackRenderer"/>.</summary>
    internal sealed class TableSheet
    {
        private readonly Action<int, object?[]> _fill;

        private TableSheet(string name, string tableName, IReadOnlyList<string> headers, IReadOnlyList<CellKind> kinds, int rowCount,
            Action<int, object?[]> fill, string? noteBelow)
        {
            Name = name;
            TableName = tableName;
            Headers = headers;
            Kinds = kinds;
            RowCount = rowCount;
            _fill = fill;
            NoteBelow = noteBelow;
        }

        /// <summary>The worksheet's name (at most 31 characters).</summary>
        public string Name { get; }
        /// <summary>The Excel table's name: letters only, unique in the workbook.</summary>
        public string TableName { get; }
        public IReadOnlyList<string> Headers { get; }
        public IReadOnlyList<CellKind> Kinds { get; }
        public int RowCount { get; }
        /// <summary>A text written two rows under the table, or null.</summary>
        public string? NoteBelow { get; }

        /// <summary>Puts the values of row <paramref name="row"/> (0-based) into <paramref name="values"/>, one per column.</summary>
        public void FillRow(int row, object?[] values) => _fill(row, values);

        /// <summary>The same sheet with a note under its table.</summary>
        public TableSheet WithNoteBelow(string note) => new TableSheet(Name, TableName, Headers, Kinds, RowCount, _fill, note);

        public static TableSheet Of<T>(string name, string tableName, IEnumerable<T> items, IReadOnlyList<Column<T>> columns)
        {
            var rows = items as IReadOnlyList<T> ?? items.ToList();
            return new TableSheet(name, tableName,
                columns.Select(c => c.Header).ToList(),
                columns.Select(c => c.Kind).ToList(),
                rows.Count,
                (row, values) =>
                {
                    var item = rows[row];
                    for (var c = 0; c < columns.Count; c++) values[c] = columns[c].Value(item);
                },
                null);
        }
    }
}
