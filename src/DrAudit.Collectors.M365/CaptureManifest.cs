using System;
using Newtonsoft.Json;

namespace DrAudit.Collectors.M365
{
    /// <summary><c>capture.json</c> in an m365 capture folder: which source was saved, from which tenant, and when.</summary>
    internal sealed class CaptureManifest
    {
        [JsonProperty("source")] public string Source { get; set; } = "";
        [JsonProperty("system")] public string? System { get; set; }
        [JsonProperty("tenantId")] public string? TenantId { get; set; }
        [JsonProperty("collectedAt")] public DateTimeOffset? CollectedAt { get; set; }
    }
}
