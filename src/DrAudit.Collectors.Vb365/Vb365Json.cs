using System;
using System.Globalization;
using DrAudit.Core.Sources.Rest;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Vb365
{
    /// <summary>The readers of VB365 REST fields that differ from the core's <see cref="RestJsonFields"/> (which reads the
    /// rest): empty text is no text, whole numbers may be written as text, the .NET zero date means "none", and related
    /// resources may be named only by a HAL link.</summary>
    internal static class Vb365Json
    {
        /// <summary>The text at <paramref name="path"/>; null when absent, not text, or empty.</summary>
        public static string? String(JToken? record, string path)
        {
            var value = RestJsonFields.String(record, path);
            return string.IsNullOrEmpty(value) ? null : value;
        }

        /// <summary>A whole number, also when written as text (the API's retention periods were strings before v5).</summary>
        public static int? Int(JToken? record, string path)
        {
            var value = record?.SelectToken(path);
            if (value == null) return null;
            if (value.Type == JTokenType.Integer) return RestJsonFields.Int(record, path);
            return value.Type == JTokenType.String && int.TryParse((string?)value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : (int?)null;
        }

        public static DateTimeOffset RequiredTime(JObject record, string field, string what) =>
            Time(record, field, what) ?? throw RestJsonFields.Malformed(what, "has no '" + field + "' time");

        /// <summary>Null when absent, null, or the .NET zero date some builds write for "not yet" (0001-01-01).</summary>
        public static DateTimeOffset? Time(JObject record, string field, string what)
        {
            var time = RestJsonFields.Time(record, field, what);
            return time.HasValue && time.Value.Year <= 1 ? null : time;
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
    }
}
