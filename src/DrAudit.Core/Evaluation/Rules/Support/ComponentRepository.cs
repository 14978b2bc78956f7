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

        /// <summary>The repositories holding a component's good points, in order of first appearance; points that
        /// name no repository are counted in <paramref name="pointsWithoutRepository"/> and add none.</summary>
        public static IReadOnlyList<ComponentRepository> Of(ComponentEvidence evidence, out int pointsWithoutRepository)
        {
            var byKey = new Dictionary<string, ComponentRepository>(StringComparer.Ordinal);
            var ordered = new List<ComponentRepository>();
            pointsWithoutRepository = 0;
            foreach (var point in evidence.GoodPoints)
            {
                var key = point.RepositoryKey;
                if (key == null) { pointsWithoutRepository++; continue; }
                if (!byKey.TryGetValue(key, out var repository))
                {
                    repository = new ComponentRepository(point.SourceId, point.Point.Repository!, point.Repository, point.Attested);
                    byKey[key] = repository;
                    ordered.Add(repository);
                }
                repository.Points++;
                if (point.Time > repository.Newest || repository.Points == 1) repository.Newest = point.Time;
            }
            return ordered;
        }

        /// <summary>"yes", "no" or "not stated", for evidence facts.</summary>
        public static string YesNo(bool? value) => value == null ? "not stated" : value.Value ? "yes" : "no";

        /// <summary>Names of some repositories for statements: "'nas-01', 'cloud'".</summary>
        public static string Names(IEnumerable<ComponentRepository> repositories) =>
            string.Join(", ", repositories.Select(r => "'" + r.DisplayName + "'"));
    }
}
