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
            var shown = Known ? facts : new[] { "not listed by the source" };
            return $"{SourceId}: repository '{Id}'" + (shown.Length == 0 ? "" : " (" + string.Join(", ", shown) + ")") +
                   $" holds {ComponentStatements.N(Points)} good {(Points == 1 ? "point" : "points")}, newest {ComponentStatements.Time(Newest)}" +
                   (Attested == null ? "" : "; " + Attested.Describe());
        }

        /// <summary>Counts one more good point of the component in this repository (the evidence index does, once per point).</summary>
        internal void Add(DateTimeOffset time)
        {
            Points++;
            if (Points == 1 || time > Newest) Newest = time;
        }

        /// <summary>"yes", "no" or "not stated", for evidence facts.</summary>
        public static string YesNo(bool? value) => value == null ? "not stated" : value.Value ? "yes" : "no";

        /// <summary>Names of some repositories for statements: "'nas-01', 'cloud'".</summary>
        public static string Names(IEnumerable<ComponentRepository> repositories) =>
            string.Join(", ", repositories.Select(r => "'" + r.DisplayName + "'"));
    }
}
