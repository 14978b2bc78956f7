namespace DrAudit.Core.Packs.Excel.Xlsx
{
    /// <summary>The cell formats of <see cref="WorkbookStyles"/> (indices into its cellXfs), one per way a cell is shown.</summary>
    internal enum CellStyle
    {
        Default = 0,
        Bold = 1,
        DateTime = 2,
        Date = 3,
        Number = 4,
        Wrap = 5,
        DateTimeLeft = 6,
        DateLeft = 7,
        NumberLeft = 8,
        Left = 9,
    }
}
