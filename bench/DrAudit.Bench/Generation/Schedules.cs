using System;
using System.Collections.Generic;

namespace DrAudit.Bench.Generation
{
    /// <summary>Run start instants of the schedules backup products offer, on a Sydney wall clock.</summary>
    public static class Schedules
    {
        /// <summary>Every <paramref name="hours"/> hours from <paramref name="firstHour"/>:<paramref name="minute"/> each day, days <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
        public static IEnumerable<DateTimeOffset> EveryHours(DateTime from, DateTime to, int hours, int firstHour, int minute)
        {
            for (var day = from.Date; day <= to.Date; day = day.AddDays(1))
                for (var hour = firstHour % hours; hour < 24; hour += hours)
                    yield return SydneyTime.At(day.AddHours(hour).AddMinutes(minute));
        }

        public static IEnumerable<DateTimeOffset> Daily(DateTime from, DateTime to, int hour, int minute) =>
            EveryHours(from, to, 24, hour, minute);

        public static IEnumerable<DateTimeOffset> Weekly(DateTime from, DateTime to, DayOfWeek day, int hour, int minute)
        {
            for (var date = from.Date; date <= to.Date; date = date.AddDays(1))
                if (date.DayOfWeek == day)
                    yield return SydneyTime.At(date.AddHours(hour).AddMinutes(minute));
        }
    }
}
