using System.IO;
using DrAudit.Core.Model.Result;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Serialization;

namespace DrAudit.Core.Packs
{
    /// <summary><c>readiness.json</c> (result.md): camelCase names, outcomes and evidence quality as their names
    /// ("Ineffective", "Good"), severity and source status lowercase ("high", "failed"), times ISO 8601 UTC, nulls
    /// left out. The inputs a result was scored on are never written here.</summary>
    public static class ReadinessJson
    {
        public static JsonSerializerSettings Settings() => new JsonSerializerSettings
        {
            ContractResolver = new ResultContractResolver(),
            NullValueHandling = NullValueHandling.Ignore,
            ObjectCreationHandling = ObjectCreationHandling.Replace,
            DateParseHandling = DateParseHandling.None,
            Formatting = Formatting.Indented,
            Converters =
            {
                new UtcTimestampConverter(),
                new LowercaseEnumConverter(typeof(Severity), typeof(SourceState)),
                new StringEnumConverter { AllowIntegerValues = false },
            },
        };

        public static string Serialize(ReadinessResult result) => JsonConvert.SerializeObject(result, Settings());

        public static void Serialize(ReadinessResult result, TextWriter writer) =>
            JsonSerializer.Create(Settings()).Serialize(writer, result);

        /// <summary>Reads a <c>readiness.json</c>; throws <see cref="JsonException"/> for text that is not one.</summary>
        public static ReadinessResult Deserialize(string json) =>
            JsonConvert.DeserializeObject<ReadinessResult>(json, Settings())
            ?? throw new JsonSerializationException("The text holds no readiness result.");
    }
}
