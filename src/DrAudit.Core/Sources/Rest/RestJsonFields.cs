using System;
using System.Globalization;
using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Sources.Rest
{
    /// <summary>Reads fields of a REST API's JSON record. Required fields that are missing or of the wrong type make a
    /// malformed response (<see cref="RestSourceException"/>); optional ones are null. Times keep their offsets and up to
    /// 7 fractional digits. A collector whose API writes a value more loosely (numbers as text, a zero date for "none")
    /// says so in readers of its own over these.</summary>
    public static class RestJsonFields
    {
        public static string RequiredString(JObject record, string field, string what)
        {
            var value = record[field];
            if (value == null || value.Type != JTokenType.String || string.IsNullOrEmpty((string?)value))
                throw Malformed(what, "has no '" + field + "' text");
            return (string)value!;
        }

        /// <summary>The text at <paramref name="path"/>, empty text too; null when absent or not text.</summary>
        public static string? String(JToken? record, string path)
        {
            var value = record?.SelectToken(path);
            return value != null && value.Type == JTokenType.String ? (string?)value : null;
        }

        public static bool? Bool(JToken? record, string path)
        {
            var value = record?.SelectToken(path);
            return value != null && value.Type == JTokenType.Boolean ? (bool?)value : null;
        }

        /// <summary>The whole number at <paramref name="path"/>; null when absent, not a JSON integer, or one outside an int's
        /// range (a server may send 99999999999, which a cast to int refuses with an OverflowException).</summary>
        public static int? Int(JToken? record, string path)
        {
            var value = record?.SelectToken(path) as JValue;
            if (value == null || value.Type != JTokenType.Integer) return null;
            switch (value.Value)
            {
                case int n: return n;
                case long n when n >= int.MinValue && n <= int.MaxValue: return (int)n;
                default: return null;
            }
        }

        public static DateTimeOffset RequiredTime(JObject record, string field, string what) =>
            Time(record, field, what) ?? throw Malformed(what, "has no '" + field + "' time");

        /// <summary>Null when absent or null; a malformed response when present but not a date-time.</summary>
        public static DateTimeOffset? Time(JObject record, string field, string what)
        {
            var value = record[field];
            if (value == null || value.Type == JTokenType.Null) return null;
            if (value.Type == JTokenType.String
                && DateTimeOffset.TryParse((string?)value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind | DateTimeStyles.AssumeUniversal, out var time))
                return time;
            throw Malformed(what, "has '" + field + "' " + value.ToString(Newtonsoft.Json.Formatting.None) + ", which is not a date-time");
        }

        /// <summary>"malformed response: GET /jobs has no 'id' text."</summary>
        public static RestSourceException Malformed(string what, string problem) =>
            new RestSourceException("malformed response: " + what + " " + problem + ".");
    }
}
