using System.Collections.Generic;
using System.IO;
using System.Text;
using DrAudit.Core.Packs;
using Newtonsoft.Json;

namespace DrAudit.Core.Fleet
{
    /// <summary><c>fleet.json</c>: the summary rows in the conventions of readiness.json (camelCase, ISO 8601 UTC times,
    /// enum names, nulls left out).</summary>
    internal sealed class FleetJsonRenderer : IFleetRenderer
    {
        public const string FileName = "fleet.json";

        public IReadOnlyList<string> Render(FleetSummary summary, string directory)
        {
            File.WriteAllText(Path.Combine(directory, FileName), Serialize(summary), new UTF8Encoding(false));
            return new[] { FileName };
        }

        public static string Serialize(FleetSummary summary) => JsonConvert.SerializeObject(summary, ReadinessJson.Settings());

        public static FleetSummary Deserialize(string json) =>
            JsonConvert.DeserializeObject<FleetSummary>(json, ReadinessJson.Settings())
            ?? throw new JsonSerializationException("The text holds no fleet summary.");
    }
}
