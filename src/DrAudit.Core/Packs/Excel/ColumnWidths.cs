using System;
using System.Collections.Generic;

namespace DrAudit.Core.Packs.Excel
{
    /// <summary>Column widths computed from the longest text a column shows (ClosedXML's AdjustToContents needs
    /// System.Drawing, which does not run on Linux): characters plus padding, kept within
    /// <see cref="MinWidth"/>..<see cref="MaxWidth"/>.</summary>
    internal static class ColumnWidths
    {
        public const double MinWidth = 10;
        public const double MaxWidth = 80;
        /// <summary>Room for a header's filter button.</summary>
        private const int HeaderPadding = 4;
        private const int CellPadding = 2;

        /// <summary>The width of a column with this header and these values.</summary>
        public static double For(string header, IEnumerable<(object? Value, CellKind Kind)> cells)
        {
            int longest = header.Length + HeaderPadding;
            foreach (var (value, kind) in cells)
                longest = Math.Max(longest, CellWriter.DisplayLength(value, kind) + CellPadding);
            return Math.Min(MaxWidth, Math.Max(MinWidth, longest));
        }

        /// <summary>True when some text is longer than the widest column or spans lines: the column wraps.</summary>
        public static bool NeedsWrap(IEnumerable<(object? Value, CellKind Kind)> cells)
        {
            foreach (var (value, kind) in cells)
            {
                if (kind != CellKind.Text || value == null) continue;
                var text = value as string ?? "";
                if (text.IndexOf('\n') >= 0 || CellWriter.DisplayLength(text, kind) + CellPadding > MaxWidth) return true;
            }
            return false;
        }
    }
}
