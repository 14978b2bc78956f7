namespace DrAudit.Core.Packs.Excel
{
    /// <summary>How a workbook cell holds its value: client-supplied strings are always <see cref="Text"/> (never a
    /// formula); times are real date cells; durations and counts are numbers.</summary>
    internal enum CellKind
    {
        /// <summary>A string written as text, whatever it starts with.</summary>
        Text,
        /// <summary>A control outcome name, written as text and coloured by conditional formatting.</summary>
        Outcome,
        /// <summary>A decimal number (hours, days, minutes), two decimals at most.</summary>
        Number,
        Integer,
        Boolean,
        /// <summary>A UTC date and time (<see cref="System.DateTimeOffset"/>).</summary>
        DateTime,
        /// <summary>A UTC date (<see cref="System.DateTimeOffset"/> at 00:00).</summary>
        Date,
    }
}
