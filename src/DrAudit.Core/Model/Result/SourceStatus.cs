using System;

namespace DrAudit.Core.Model.Result
{
    /// <summary>How reading one source went. <see cref="Error"/> never contains a secret.</summary>
    public sealed class SourceStatus
    {
        public string Id { get; set; } = "";
        public string Type { get; set; } = "";
        public SourceState Status { get; set; }
        public DateTimeOffset? CollectedAt { get; set; }
        public string? System { get; set; }
        public string? Error { get; set; }
        /// <summary>Quality of what it gave: Good for a live read, Fair for an export or capture.</summary>
        public EvidenceQuality? EvidenceQuality { get; set; }
    }
}
