using System;

namespace DrAudit.Core.Model.Result
{
    /// <summary>What became of one attested repository fact in an audit, for readiness.json, the report and the
    /// workbook: used (the source said nothing), confirmed (the source says the same), contradicted (the source
    /// says otherwise and wins), stale (older than 365 days), not yet made (dated after asOf) or unmatched.</summary>
    public sealed class AttestedFactUse
    {
        public const string Used = "used";
        public const string Confirmed = "confirmed";
        public const string Contradicted = "contradicted";
        public const string Stale = "stale";
        public const string NotYetMade = "notYetMade";
        public const string Unmatched = "unmatched";

        public string Source { get; set; } = "";
        /// <summary>The repository's id as its source reports it, or the attestation's match when it matched none.</summary>
        public string Repository { get; set; } = "";
        public string Fact { get; set; } = "";
        /// <summary>The attested value as written: "true", "cloud", "30".</summary>
        public string Value { get; set; } = "";
        /// <summary>What the source reports, when it reports the fact.</summary>
        public string? Reported { get; set; }
        public string AttestedBy { get; set; } = "";
        public DateTimeOffset AttestedOn { get; set; }
        public string Status { get; set; } = Used;
    }
}
