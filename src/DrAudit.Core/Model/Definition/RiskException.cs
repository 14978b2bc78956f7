using System;

namespace DrAudit.Core.Model.Definition
{
    /// <summary>An accepted risk: turns a control that is not met into AlternateControl until it expires.</summary>
    public sealed class RiskException
    {
        public string Control { get; set; } = "";
        /// <summary>One service, or null for the whole client.</summary>
        public string? Service { get; set; }
        public string Reason { get; set; } = "";
        public string Compensating { get; set; } = "";
        public string AcceptedBy { get; set; } = "";
        public DateTimeOffset AcceptedOn { get; set; }
        public DateTimeOffset Expires { get; set; }
        public SourceLocation? Location { get; set; }

        /// <summary>In force at <paramref name="asOf"/>: accepted on or before it and not yet expired (expires at 00:00 UTC of its date).</summary>
        public bool IsInForce(DateTimeOffset asOf) => AcceptedOn <= asOf && asOf < Expires;

        public bool IsExpired(DateTimeOffset asOf) => asOf >= Expires;
    }
}
