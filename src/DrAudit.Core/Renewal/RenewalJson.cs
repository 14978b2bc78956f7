using DrAudit.Core.Model.Renewal;
using DrAudit.Core.Packs;
using Newtonsoft.Json;

namespace DrAudit.Core.Renewal
{
    /// <summary><c>renewal.json</c>: the renewal report in the same conventions as readiness.json (camelCase, enums
    /// by name, severity lowercase, times ISO 8601 UTC, nulls left out).</summary>
    public static class RenewalJson
    {
        public const string FileName = "renewal.json";

        public static string Serialize(RenewalReport report) => JsonConvert.SerializeObject(report, ReadinessJson.Settings());

        /// <summary>Reads a renewal.json; throws <see cref="JsonException"/> for text that is not one.</summary>
        public static RenewalReport Deserialize(string json) =>
            JsonConvert.DeserializeObject<RenewalReport>(json, ReadinessJson.Settings())
            ?? throw new JsonSerializationException("The text holds no renewal report.");
    }
}
