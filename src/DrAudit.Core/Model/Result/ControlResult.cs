using System.Collections.Generic;

namespace DrAudit.Core.Model.Result
{
    /// <summary>A control's client-level outcome (the worst of its services'), and the per-service outcomes.
    /// A control not judged per service has an empty <see cref="Services"/> and carries its own statement and evidence.</summary>
    public sealed class ControlResult
    {
        public string Id { get; set; } = "";
        public string Title { get; set; } = "";
        /// <summary>Essential Eight maturity level (1-3); null for DR controls.</summary>
        public int? Level { get; set; }
        public string? Ism { get; set; }
        public Outcome Outcome { get; set; }
        public EvidenceQuality? EvidenceQuality { get; set; }
        public string? Statement { get; set; }
        public List<string> Evidence { get; set; } = new List<string>();
        public List<ServiceControlOutcome> Services { get; set; } = new List<ServiceControlOutcome>();
    }
}
