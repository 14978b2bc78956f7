using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Model.Inventory;

namespace DrAudit.Core.Evaluation.Rules.Support
{
    /// <summary>One repository holding good points of a component, counted by source and repository id. Its
    /// <see cref="Repository"/> is null when the source does not list the id (then nothing about it is known,
    /// and it counts as neither offsite nor immutable).</summary>
    public sealed class ComponentRepository
    {
        public ComponentRepository(string sourceId, string id, Repository? repository, Attestation.AttestedFacts? attested = null)
        {
            SourceId = sourceId;
            Id = id;
            Repository = repository;
            Attested = attested;
        }

        /// <summary>The repository's facts that were attested rather than reported by its source; null when none.</summary>
        public Attestation.AttestedFacts? Attested { get; }

        public string SourceId { get; }
        public string Id { get; }
        public Repository? Repository { get; }
        public bool Known => Repository != null;
        public int Points { get; private set; }
        public DateTimeOffset Newest { get; private set; }

        /// <summary>The name a statement uses: the repository's name, else its id.</summary>
        public string DisplayName => string.IsNullOrEmpty(Repository?.Name) ? Id : Repository!.Name!;

        /// <summary>True when the repository is off the production site (offsite, cloud or offline); null when unknown.</summary>
        public bool? OffSite => Repository == null ? false
            : Repository.Location == null ? (bool?)null
            : Repository.Location != RepositoryLocation.Onsite;

        /// <summary>"main: repository 'nas-01' (onsite, encrypted) holds 30 good points, newest 2026-10-31 22:00Z".</summary>
        public string Describe(params string[] facts)
        {
            var line = EvidenceLineBuilder.Start().Append(SourceId).Append(": repository '").Append(Id).Append('\'');
            if (!Known) line.Append(" (not listed by the source)");
            else if (facts.Length > 0)
            {
                line.Append(" (");
                for (int i = 0; i < facts.Length; i++)
                {
                    if (i > 0) line.Append(", ");
                    line.Append(facts[i]);
                }
                line.Append(')');
            }
            line.Append(" holds ").AppendNumber(Points).Append(Points == 1 ? " good point" : " good points").Append(", newest ").AppendTime(Newest);
            if (Attested != null) line.Append("; ").Append(Attested.Describe());
            return EvidenceLineBuilder.Finish(line);
        }

        /// <summary>Counts one more good point of the component in this repository (the evidence index does, once per point).</summary>
        internal void Add(DateTimeOffset time)
        {
            Points++;
            if (Points == 1 || time > Newest) Newest = time;
        }

        /// <summary>Facts for repository evidence lines: "immutable: yes", "encrypted: not stated", ... (the same few
        /// strings every time, not joined per line).</summary>
        public static string ImmutableFact(bool? immutable) =>
            immutable == null ? "immutable: not stated" : immutable.Value ? "immutable: yes" : "immutable: no";

        public static string EncryptedFact(bool? encrypted) =>
            encrypted == null ? "encrypted: not stated" : encrypted.Value ? "encrypted: yes" : "encrypted: no";

        public static string OfflineFact(RepositoryLocation? location) =>
            location == null ? "offline: not stated" : location == RepositoryLocation.Offline ? "offline: yes" : "offline: no";

        public static string SharesCredentialsFact(bool? shares) =>
            shares == null ? "shares production credentials: not stated" : shares.Value ? "shares production credentials: yes" : "shares production credentials: no";

        /// <summary>Where the repository is, as a fact: "onsite", "cloud", ... or "location not stated".</summary>
        public static string LocationFact(RepositoryLocation? location) => location switch
        {
            null => "location not stated",
            RepositoryLocation.Onsite => "onsite",
            RepositoryLocation.Offsite => "offsite",
            RepositoryLocation.Cloud => "cloud",
            RepositoryLocation.Offline => "offline",
            _ => location.Value.ToString().ToLowerInvariant(),
        };

        /// <summary>Names of some repositories for statements: "'nas-01', 'cloud'".</summary>
        public static string Names(IEnumerable<ComponentRepository> repositories) =>
            string.Join(", ", repositories.Select(r => "'" + r.DisplayName + "'"));
    }
}
