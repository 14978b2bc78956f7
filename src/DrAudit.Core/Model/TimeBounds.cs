using System;

namespace DrAudit.Core.Model
{
    /// <summary>
    /// The dates and durations DrAudit accepts (docs/limits.md), so every sum and difference an audit makes
    /// (asOf - auditWindow, a time + retention) stays a date .NET can represent: a date in a client definition
    /// or on the command line lies in the years 2000 to 2100; an inventory time in 1900 to 2199 (exports
    /// carry old creation dates); a duration is at most 100 years.
    /// </summary>
    public static class TimeBounds
    {
        public static readonly DateTimeOffset Earliest = new DateTimeOffset(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
        public static readonly DateTimeOffset Latest = new DateTimeOffset(2101, 1, 1, 0, 0, 0, TimeSpan.Zero);
        public static readonly DateTimeOffset EarliestInventoryTime = new DateTimeOffset(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);
        public static readonly DateTimeOffset LatestInventoryTime = new DateTimeOffset(2200, 1, 1, 0, 0, 0, TimeSpan.Zero);
        public static readonly TimeSpan LongestDuration = TimeSpan.FromDays(100 * 365);

        /// <summary>For messages: where a definition or command-line date must lie.</summary>
        public const string DateRange = "between 2000-01-01 and 2100-12-31";
        /// <summary>For messages: where an inventory time must lie.</summary>
        public const string InventoryTimeRange = "between 1900-01-01 and 2199-12-31";
        /// <summary>For messages: the longest duration.</summary>
        public const string DurationRange = "at most 100 years (100y, 36500d)";

        /// <summary>True for a date or time of a client definition, or an audit's asOf, within the years 2000 to 2100.</summary>
        public static bool Contains(DateTimeOffset time) => time >= Earliest && time < Latest;

        /// <summary>True for an inventory time within the years 1900 to 2199.</summary>
        public static bool ContainsInventoryTime(DateTimeOffset time) => time >= EarliestInventoryTime && time < LatestInventoryTime;

        /// <summary>True for a duration of at most 100 years.</summary>
        public static bool Contains(Duration duration) => duration.Value <= LongestDuration;

        /// <summary>Throws when an audit's point in time is outside the years 2000 to 2100.</summary>
        public static void CheckAsOf(DateTimeOffset asOf)
        {
            if (!Contains(asOf)) throw new ArgumentOutOfRangeException(nameof(asOf), asOf, "asOf must be " + DateRange + ".");
        }
    }
}
