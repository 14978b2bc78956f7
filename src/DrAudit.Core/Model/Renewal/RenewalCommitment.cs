using System;
using System.Collections.Generic;

namespace DrAudit.Core.Model.Renewal
{
    /// <summary>An approval, attestation or exception of the client and when it falls due.</summary>
    public sealed class RenewalCommitment
    {
        public RenewalCommitmentKind Kind { get; set; }
        /// <summary>What it covers, in business words ("Recovery targets of Email").</summary>
        public string Subject { get; set; } = "";
        /// <summary>The services it concerns; empty for the whole client.</summary>
        public List<string> Services { get; set; } = new List<string>();
        public string? By { get; set; }
        /// <summary>When it was given; null when it never was.</summary>
        public DateTimeOffset? On { get; set; }
        /// <summary>When it expires or must be renewed; null when it was never given (expired already).</summary>
        public DateTimeOffset? Due { get; set; }
        public RenewalCommitmentStatus Status { get; set; }
        public string Pack { get; set; } = "";
        public string ManifestSha256 { get; set; } = "";
    }
}
