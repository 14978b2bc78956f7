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

        public static string Date(DateTimeOffset? value) =>
            value == null ? "" : value.Value.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        /// <summary>"2026-11-01 00:00 UTC".</summary>
        public static string Time(DateTimeOffset? value) =>
            value == null ? "" : value.Value.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";

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
