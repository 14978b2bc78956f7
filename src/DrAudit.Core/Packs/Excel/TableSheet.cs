using System.Collections.Generic;
using System.Linq;

namespace DrAudit.Core.Packs.Excel
{
    /// <summary>A data sheet as values: its name, the name of its Excel table, its columns and rows. Every data
    /// sheet is written the same way by <see cref="TableSheetWriter"/>.</summary>
    internal sealed class TableSheet
    {
        private TableSheet(string name, string tableName, IReadOnlyList<string> headers, IReadOnlyList<CellKind> kinds, IReadOnlyList<object?[]> rows)
        {
            Name = name;
            TableName = tableName;
            Headers = headers;
            Kinds = kinds;
            Rows = rows;
        }

        /// <summary>The worksheet's name (at most 31 characters).</summary>
        public string Name { get; }
        /// <summary>The Excel table's name: letters only, unique in the workbook.</summary>
        public string TableName { get; }
        public IReadOnlyList<string> Headers { get; }
        public IReadOnlyList<CellKind> Kinds { get; }
        public IReadOnlyList<object?[]> Rows { get; }

        public static TableSheet Of<T>(string name, string tableName, IEnumerable<T> items, IReadOnlyList<Column<T>> columns) =>
            new TableSheet(name, tableName,
                columns.Select(c => c.Header).ToList(),
                columns.Select(c => c.Kind).ToList(),
                items.Select(item => columns.Select(c => c.Value(item)).ToArray()).ToList());
    }
}
