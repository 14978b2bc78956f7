using System;

namespace DrAudit.Bench.Generation
{
    /// <summary>Wall-clock time in New South Wales, computed from the rule itself (AEST +10:00; AEDT +11:00 from the
    /// first Sunday of October to the first Sunday of April) so the generated data never depends on the machine's
    /// time-zone database.</summary>
    public static class SydneyTime
    {
        private static readonly TimeSpan Standard = TimeSpan.FromHours(10);
        private static readonly TimeSpan Daylight = TimeSpan.FromHours(11);

        /// <summary>The instant a Sydney clock shows <paramref name="local"/>. A time skipped when clocks go forward
        /// is read as standard time (so 02:30 on the changeover day is 03:30 daylight time); a time repeated when
        /// clocks go back is read as standard time.</summary>
        public static DateTimeOffset At(DateTime local)
        {
            var clock = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
            return new DateTimeOffset(clock, OffsetAt(clock));
        }

        public static DateTimeOffset At(int year, int month, int day, int hour, int minute) =>
            At(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified));

        private static TimeSpan OffsetAt(DateTime local)
        {
            var daylightEnds = FirstSunday(local.Year, 4).AddHours(2);
            var daylightStarts = FirstSunday(local.Year, 10).AddHours(3);
            return local < daylightEnds || local >= daylightStarts ? Daylight : Standard;
        }

        private static DateTime FirstSunday(int year, int month)
        {
            var day = new DateTime(year, month, 1, 0, 0, 0, DateTimeKind.Unspecified);
            while (day.DayOfWeek != DayOfWeek.Sunday) day = day.AddDays(1);
            return day;
        }
    }
}
