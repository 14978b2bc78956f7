using System;
using System.Globalization;
using DrAudit.Core.Sources.Rest;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Veeam
{
    /// <summary>Reads fields of a VBR REST record. Required fields that are missing or of the wrong type are a
    /// malformed response; optional ones are null. Times keep their offsets and up to 7 fractional digits.</summary>
    internal static class VeeamJson
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
            return value != null && value.Type == JTokenType.String ? (string?)value : null;
        }

        public static bool? Bool(JToken? record, string path)
        {
            var value = record?.SelectToken(path);
            return value != null && value.Type == JTokenType.Boolean ? (bool?)value : null;
        }

        public static int? Int(JToken? record, string path)
        {
            var value = record?.SelectToken(path);
            return value != null && value.Type == JTokenType.Integer ? (int?)value : null;
        }

        public static DateTimeOffset RequiredTime(JObject record, string field, string what) =>
            Time(record, field, what) ?? throw Malformed(what, "has no '" + field + "' time");

        public static DateTimeOffset? Time(JObject record, string field, string what)
        {
            var value = record[field];
            if (value == null || value.Type == JTokenType.Null) return null;
            if (value.Type == JTokenType.String
                && DateTimeOffset.TryParse((string?)value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind | DateTimeStyles.AssumeUniversal, out var time))
                return time;
            throw Malformed(what, "has '" + field + "' " + value.ToString(Newtonsoft.Json.Formatting.None) + ", which is not a date-time");
        }

        public static RestSourceException Malformed(string what, string problem) =>
            new RestSourceException("malformed response: " + what + " " + problem + ".");
    }
}
