using System;
using System.Globalization;

namespace DrAudit.Core.Model
{
    /// <summary>Dates and times as people read them in client-facing text ("1 November 2026", "1 November 2026, 03:12 UTC"),
    /// the same in every culture. Machine formats (ISO 8601) stay in readiness.json and the workbook's date cells.</summary>
    public static class HumanDates
    {
        /// <summary>"1 November 2026" (the UTC day).</summary>
        public static string Date(DateTimeOffset when) =>
            when.UtcDateTime.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

        /// <summary>"1 November 2026, 03:12 UTC".</summary>
        public static string DateTime(DateTimeOffset when) =>
            when.UtcDateTime.ToString("d MMMM yyyy', 'HH':'mm", CultureInfo.InvariantCulture) + " UTC";
    }
}
