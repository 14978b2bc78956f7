using System;
using System.Globalization;

namespace DrAudit.Core.Model
{
    /// <summary>Renders a time span the way a business owner says it: "31 hours", "2 days", "45 minutes".</summary>
    public static class DurationWords
    {
        public static string Of(TimeSpan span)
        {
            var t = span < TimeSpan.Zero ? span.Negate() : span;
            if (t.TotalMinutes < 120 && t.TotalHours < 2)
                return Plural(Math.Round(t.TotalMinutes), "minute");
            if (t.TotalHours < 72)
                return Plural(RoundSensibly(t.TotalHours), "hour");
            return Plural(RoundSensibly(t.TotalDays), "day");
        }

        private static double RoundSensibly(double v) => v >= 10 ? Math.Floor(v) : Math.Floor(v * 10) / 10;

        private static string Plural(double n, string unit) =>
            n.ToString("0.#", CultureInfo.InvariantCulture) + " " + unit + (n == 1 ? "" : "s");
    }
}
