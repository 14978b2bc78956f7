using System;
using System.Globalization;
using DrAudit.Core.Model;

namespace DrAudit.Core.Packs.Html
{
    /// <summary>How the report writes numbers, times and SVG coordinates: always the invariant culture.</summary>
    public static class ReportFormat
    {
        public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

        public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>An SVG coordinate: at most two decimals.</summary>
        public static string Coordinate(double value) => Number(Math.Round(value, 2));

        /// <summary>"1 Nov 2026": a date people read (the UTC day), the same in every culture.</summary>
        public static string Date(DateTimeOffset? value) =>
            value == null ? "" : value.Value.UtcDateTime.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

        /// <summary>"November 2026": the month of an audit point (UTC).</summary>
        public static string Month(DateTimeOffset value) => value.UtcDateTime.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

        /// <summary>"1 Nov 2026, 00:00 UTC".</summary>
        public static string Time(DateTimeOffset? value) =>
            value == null ? "" : value.Value.UtcDateTime.ToString("d MMM yyyy', 'HH':'mm", CultureInfo.InvariantCulture) + " UTC";

        /// <summary>The ISO 8601 form for machine-readable attributes (data-as-of).</summary>
        public static string Iso(DateTimeOffset value) =>
            value.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'Z'", CultureInfo.InvariantCulture);

        /// <summary>"1 client", "3 repositories".</summary>
        public static string Count(int count, string one, string many) => Number(count) + " " + (count == 1 ? one : many);

        /// <summary>"5 h 30 min", "20 min", "2 days", "1 day 4 h": a measured time span as people read it (to the minute),
        /// never the definition's compact form ("5h30m", "2d").</summary>
        public static string Elapsed(TimeSpan span)
        {
            var minutes = (long)Math.Round(Math.Abs(span.TotalMinutes));
            if (minutes == 0) return "under 1 min";
            var days = minutes / (24 * 60);
            var hours = minutes / 60 % 24;
            var rest = minutes % 60;
            var parts = new System.Collections.Generic.List<string>();
            if (days > 0) parts.Add(Count((int)days, "day", "days"));
            if (hours > 0) parts.Add(Number((int)hours) + " h");
            if (rest > 0 && days == 0) parts.Add(Number((int)rest) + " min");
            return string.Join(" ", parts.ToArray());
        }

        /// <summary>An age in hours (readiness.json's newestGoodPointAgeHours) as <see cref="Elapsed"/> writes it.</summary>
        public static string ElapsedHours(double hours) => Elapsed(TimeSpan.FromHours(hours));

        private static readonly System.Text.RegularExpressions.Regex IsoDay = new System.Text.RegularExpressions.Regex(
            @"(?<![\w/.:-])(\d{4})-(\d{2})-(\d{2})(?![\w/-]|\.\w)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        /// <summary>A statement of the result with its ISO 8601 days ("due on 2026-08-01") written as the rest of the report
        /// writes dates ("due on 1 Aug 2026"). A day inside a key, a path or a time stamp ("exercise/2026-05-20/A-2",
        /// "2026-10-31T07:00Z") is left as it is; readiness.json and the workbook keep the statement exactly.</summary>
        public static string DatesInText(string? text)
        {
            if (string.IsNullOrEmpty(text)) return text ?? "";
            return IsoDay.Replace(text!, m =>
                DateTime.TryParseExact(m.Value, "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                    ? day.ToString("d MMM yyyy", CultureInfo.InvariantCulture)
                    : m.Value);
        }

        /// <summary>A duration string of the result ("4h", "1d12h") in words ("4 hours"), or the string itself when it does not parse.</summary>
        public static string Words(string duration) => Duration.TryParse(duration, out var d) ? d.ToWords() : duration;

        /// <summary>"Full service", "File share": an enum or kebab name for people.</summary>
        public static string Label(string name)
        {
            if (string.IsNullOrEmpty(name)) return "";
            var spaced = System.Text.RegularExpressions.Regex.Replace(name.Replace('-', ' '), "(?<=[a-z0-9])(?=[A-Z])", " ");
            return char.ToUpperInvariant(spaced[0]) + spaced.Substring(1).ToLowerInvariant();
        }
    }
}
