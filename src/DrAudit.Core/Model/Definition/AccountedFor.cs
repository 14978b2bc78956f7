using System;

namespace DrAudit.Core.Model.Definition
{
    /// <summary>A discovered workload deliberately not backed up (client definition <c>accountedFor</c>, v1.1), so
    /// DR-16 does not count it as a gap while the entry is current.</summary>
    public sealed class AccountedFor
    {
        /// <summary>How long an entry counts after <see cref="AcceptedOn"/>.</summary>
        public static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

        public string Source { get; set; } = "";
        /// <summary>A workload name; <c>*</c> wildcards allowed.</summary>
        public string Object { get; set; } = "";
        public string Reason { get; set; } = "";
        public string AcceptedBy { get; set; } = "";
        public DateTimeOffset AcceptedOn { get; set; }
        public SourceLocation? DefinedAt { get; set; }

        /// <summary>Counts at <paramref name="asOf"/>: accepted on or before it and no more than 365 days before it.</summary>
        public bool CountsAt(DateTimeOffset asOf) => AcceptedOn <= asOf && asOf - AcceptedOn <= Lifetime;

        /// <summary>Accepted more than 365 days before <paramref name="asOf"/>: it no longer counts.</summary>
        public bool IsStale(DateTimeOffset asOf) => asOf - AcceptedOn > Lifetime;
    }
}
