using System;
using System.Globalization;

namespace DrAudit.Core.Evaluation.Rules.Recorded
{
    /// <summary>Dates and ages as statements quote them: dates as yyyy-MM-dd (UTC), ages in whole days, and the
    /// inclusive "within N days" of docs/rules.md.</summary>
    public static class EvidenceDates
    {
        /// <summary>"2026-09-12" (the UTC date).</summary>
        public static string Date(DateTimeOffset when) =>
            when.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        /// <summary>Whole days from <paramref name="when"/> to <paramref name="asOf"/> (rounded down).</summary>
        public static int DaysBefore(DateTimeOffset when, DateTimeOffset asOf) =>
            (int)Math.Floor((asOf - when).TotalDays);

        /// <summary>"1 day", "395 days".</summary>
        public static string Days(int days) =>
            days.ToString(CultureInfo.InvariantCulture) + (days == 1 ? " day" : " days");

        /// <summary>True when <paramref name="when"/> is at or before asOf and no more than <paramref name="limit"/> before it (inclusive).</summary>
        public static bool IsWithin(DateTimeOffset when, DateTimeOffset asOf, TimeSpan limit) =>
            when <= asOf && asOf - when <= limit;

        /// <summary>The "within 365 days" used by approvals, exercises, plan reviews and credential tests.</summary>
        public static readonly TimeSpan Year = TimeSpan.FromDays(365);
    }
}
