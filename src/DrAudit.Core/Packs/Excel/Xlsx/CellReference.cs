using System.Globalization;

namespace DrAudit.Core.Packs.Excel.Xlsx
{
    /// <summary>A1-style references: column letters (1 → A, 27 → AA) and ranges ("A1:I70001").</summary>
    internal static class CellReference
    {
        private static readonly string[] Letters = new string[702];

        /// <summary>The letters of a 1-based column.</summary>
        public static string Column(int column)
        {
            if (column <= Letters.Length) return Letters[column - 1] ??= Compute(column);
            return Compute(column);
        }

        public static string Range(int firstRow, int firstColumn, int lastRow, int lastColumn) =>
            Column(firstColumn) + firstRow.ToString(CultureInfo.InvariantCulture) + ":" + Column(lastColumn) + lastRow.ToString(CultureInfo.InvariantCulture);

        private static string Compute(int column)
        {
            var letters = "";
            for (var c = column; c > 0; c = (c - 1) / 26) letters = (char)('A' + (c - 1) % 26) + letters;
            return letters;
        }
    }
}
