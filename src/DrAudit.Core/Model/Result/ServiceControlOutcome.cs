using System.Collections.Generic;

namespace DrAudit.Core.Model.Result
{
    /// <summary>One control judged for one service.</summary>
    public sealed class ServiceControlOutcome
    {
        public string Service { get; set; } = "";
        public Outcome Outcome { get; set; }
        public EvidenceQuality? EvidenceQuality { get; set; }
        /// <summary>One sentence a business owner can act on (for a non-Effective outcome), or what was found.</summary>
        public string? Statement { get; set; }
        public List<string> Evidence { get; set; } = new List<string>();
        /// <summary>The exception that made this AlternateControl, e.g. "accepted by Dr Priya Shah until 2027-03-01: ...".</summary>
        public string? Exception { get; set; }
    }
}
