using System;
using System.Globalization;

namespace DrAudit.Core.Packs.Excel
{
    /// <summary>Measures one column as its cells go by: the longest line a reader sees (for its width) and whether
    /// some text needs wrapping. Nothing of the cells is kept.</summary>
    internal sealed class ColumnMeasure
    {
        private int _longest;

        public ColumnMeasure(string header)
        {
            _longest = header.Length + ColumnWidths.HeaderPadding;
        }

        /// <summary>True when some text is longer than the widest column or spans lines: the column wraps.</summary>
        public bool Wraps { get; private set; }

        /// <summary>Characters plus padding, kept within <see cref="ColumnWidths.MinWidth"/>..<see cref="ColumnWidths.MaxWidth"/>.</summary>
        public double Width => Math.Min(ColumnWidths.MaxWidth, Math.Max(ColumnWidths.MinWidth, _longest));

        public void Add(object? value, CellKind kind)
        {
            if (value == null) return;
            var length = DisplayLength(value, kind, out var lines);
            _longest = Math.Max(_longest, length + ColumnWidths.CellPadding);
            if (kind == CellKind.Text && (lines > 1 || length + ColumnWidths.CellPadding > ColumnWidths.MaxWidth))
                Wraps = true;
        }

        /// <summary>The longest line a reader sees in the cell, in characters.</summary>
        private static int DisplayLength(object value, CellKind kind, out int lines)
        {
            lines = 1;
            switch (kind)
            {
                case CellKind.DateTime: return Xlsx.WorkbookStyles.DateTimeFormat.Length;
                case CellKind.Date: return Xlsx.WorkbookStyles.DateFormat.Length;
                case CellKind.Boolean: return 5;
                case CellKind.Number:
                    return Math.Round(Convert.ToDouble(value, CultureInfo.InvariantCulture), 2).ToString("0.0#", CultureInfo.InvariantCulture).Length;
                case CellKind.Integer:
                    return Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture).Length;
                default:
                    var text = value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
                    int longest = 0, start = 0;
                    while (true)
                    {
                        var end = text.IndexOf('\n', start);
                        var stop = end < 0 ? text.Length : end;
                        var length = stop - start;
                        if (length > 0 && text[stop - 1] == '\r') length--;
                        if (length > longest) longest = length;
                        if (end < 0) return longest;
                        lines++;
                        start = end + 1;
                    }
            }
        }
    }
}
