namespace DrAudit.Core.Packs.Excel
{
    /// <summary>Column widths computed from the longest text a column shows (<see cref="ColumnMeasure"/>):
    /// characters plus padding, kept within <see cref="MinWidth"/>..<see cref="MaxWidth"/>. Computed, because a
    /// library's fit-to-contents needs System.Drawing, which does not run on Linux.</summary>
    internal static class ColumnWidths
    {
        public const double MinWidth = 10;
        public const double MaxWidth = 80;
        /// <summary>Room for a header's filter button.</summary>
        public const int HeaderPadding = 4;
        public const int CellPadding = 2;
    }
}
