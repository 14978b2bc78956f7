using System;
using System.Collections.Generic;
using System.Globalization;

namespace DrAudit.Core.Evaluation.Attestation
{
    /// <summary>The facts of one repository that came from an attestation in the client definition rather than from
    /// its source (client-definition.md "sources", v1.1): which facts, and who attested them when. Evidence quality Poor.</summary>
    public sealed class AttestedFacts
    {
        public AttestedFacts(string sourceId, string repositoryId, string attestedBy, DateTimeOffset attestedOn)
        {
            SourceId = sourceId;
            RepositoryId = repositoryId;
            AttestedBy = attestedBy;
            AttestedOn = attestedOn;
        }

        public string SourceId { get; }
        public string RepositoryId { get; }
        public string AttestedBy { get; }
        public DateTimeOffset AttestedOn { get; }
        /// <summary>The inventory field names filled from the attestation: location, encrypted, immutable, immutableDays, sharesProductionCredentials.</summary>
        public List<string> Facts { get; } = new List<string>();

        /// <summary>"attested by Sam Lee on 2026-10-02: encrypted, sharesProductionCredentials".</summary>
        public string Describe() =>
            "attested by " + AttestedBy + " on " + AttestedOn.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ": " + string.Join(", ", Facts);
    }
}
