using System;
using System.Globalization;
using DrAudit.Core.Sources.Rest;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Vb365
{
    /// <summary>Reads fields of a VB365 REST record. Required fields missing or of the wrong type make a malformed
    /// response; optional ones are null. Times keep their offsets (the API writes UTC with up to 7 fractional digits).</summary>
    internal static class Vb365Json
    {
        public static string RequiredString(JObject record, string field, string what)
        {
            var value = record[field];
            if (value == null || value.Type != JTokenType.String || string.IsNullOrEmpty((string?)value))
                throw Malformed(what, "has no '" + field + "' text");
            return (string)value!;
        }

        public static string? String(JToken? record, string path)
        {
            var value = record?.SelectToken(path);
            return value != null && value.Type == JTokenType.String && ((string?)value)!.Length > 0 ? (string?)value : null;
        }

        public static bool? Bool(JToken? record, string path)
        {
            var value = record?.SelectToken(path);
            return value != null && value.Type == JTokenType.Boolean ? (bool?)value : null;
        }

        /// <summary>A whole number, also when written as text (the API's retention periods were strings before v5).</summary>
        public static int? Int(JToken? record, string path)
        {
            var value = record?.SelectToken(path);
            if (value == null) return null;
            if (value.Type == JTokenType.Integer) return (int?)value;
            return value.Type == JTokenType.String && int.TryParse((string?)value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
        }

        public static DateTimeOffset RequiredTime(JObject record, string field, string what) =>
            Time(record, field, what) ?? throw Malformed(what, "has no '" + field + "' time");

        /// <summary>Null when absent, null, or the .NET zero date some builds write for "not yet" (0001-01-01).</summary>
        public static DateTimeOffset? Time(JObject record, string field, string what)
        {
            var value = record[field];
            if (value == null || value.Type == JTokenType.Null) return null;
            if (value.Type == JTokenType.String
                && DateTimeOffset.TryParse((string?)value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind | DateTimeStyles.AssumeUniversal, out var time))
                return time.Year <= 1 ? (DateTimeOffset?)null : time;
            throw Malformed(what, "has '" + field + "' " + value.ToString(Newtonsoft.Json.Formatting.None) + ", which is not a date-time");
        }

        /// <summary>The last path segment of a HAL link (<c>_links.organization.href</c>), used when a record names a related
        /// resource only by its link.</summary>
        public static string? LinkedId(JToken? record, string link)
        {
            var href = String(record, "_links." + link + ".href");
            if (href == null) return null;
            var path = href.Split('?')[0].TrimEnd('/');
            var slash = path.LastIndexOf('/');
            return slash < 0 || slash == path.Length - 1 ? null : Uri.UnescapeDataString(path.Substring(slash + 1));
        }

        public static RestSourceException Malformed(string what, string problem) =>
            new RestSourceException("malformed response: " + what + " " + problem + ".");
    }
}
