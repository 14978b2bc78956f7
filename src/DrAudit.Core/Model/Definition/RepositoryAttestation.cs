using System;
using DrAudit.Core.Model.Inventory;

namespace DrAudit.Core.Model.Definition
{
    /// <summary>Facts about one repository of a source that the source itself does not report (client definition
    /// <c>sources[].repositories</c>, v1.1): attested by a named person, evidence quality Poor, used only where the
    /// source says nothing, and ignored once older than 365 days.</summary>
    public sealed class RepositoryAttestation
    {
        /// <summary>How long an attestation counts after <see cref="AttestedOn"/>.</summary>
        public static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

        /// <summary>The repository's name or id as the source reports it.</summary>
        public string Match { get; set; } = "";
        public RepositoryLocation? Location { get; set; }
        public bool? Encrypted { get; set; }
        public bool? Immutable { get; set; }
        public int? ImmutableDays { get; set; }
        public bool? SharesProductionCredentials { get; set; }
        public string AttestedBy { get; set; } = "";
        public DateTimeOffset AttestedOn { get; set; }
        public SourceLocation? DefinedAt { get; set; }

        /// <summary>Counts at <paramref name="asOf"/>: attested on or before it and no more than 365 days before it.</summary>
        public bool CountsAt(DateTimeOffset asOf) => AttestedOn <= asOf && asOf - AttestedOn <= Lifetime;
    }
}
