using System;
using System.Globalization;
using Newtonsoft.Json;

namespace DrAudit.Core.Packs
{
    /// <summary>Writes a <see cref="DateTimeOffset"/> as ISO 8601 UTC to the second ("2026-11-01T03:12:44Z") and reads
    /// any ISO 8601 time back (a value without an offset is UTC).</summary>
    public sealed class UtcTimestampConverter : JsonConverter
    {
        public const string Format = "yyyy-MM-dd'T'HH:mm:ss'Z'";

        public static string ToText(DateTimeOffset value) => value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

        public override bool CanConvert(Type objectType) => objectType == typeof(DateTimeOffset) || objectType == typeof(DateTimeOffset?);

        public override void WriteJson(JsonWriter writer, object? value, JsonSerializer serializer)
        {
            if (value == null) writer.WriteNull();
            else writer.WriteValue(ToText((DateTimeOffset)value));
        }

        public override object? ReadJson(JsonReader reader, Type objectType, object? existingValue, JsonSerializer serializer)
        {
            if (reader.TokenType == JsonToken.Null)
            {
                if (objectType == typeof(DateTimeOffset?)) return null;
                throw new JsonSerializationException("A time is required at " + reader.Path + ".");
            }
            if (reader.TokenType == JsonToken.Date && reader.Value is DateTimeOffset offset) return offset;
            if (reader.TokenType == JsonToken.Date && reader.Value is DateTime dateTime) return new DateTimeOffset(DateTime.SpecifyKind(dateTime, DateTimeKind.Utc));
            if (reader.TokenType == JsonToken.String &&
                DateTimeOffset.TryParse((string)reader.Value!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
                return parsed;
            throw new JsonSerializationException("'" + reader.Value + "' at " + reader.Path + " is not an ISO 8601 time.");
        }
    }
}
