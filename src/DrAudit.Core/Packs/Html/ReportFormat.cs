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

        /// <summary>"17 h", "0.75 h": exactly the hours readiness.json holds.</summary>
        public static string Hours(double hours) => Number(hours) + " h";

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
