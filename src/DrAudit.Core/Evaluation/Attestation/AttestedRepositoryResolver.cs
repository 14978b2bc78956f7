using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Sources;

namespace DrAudit.Core.Evaluation.Attestation
{
    /// <summary>Applies the attested facts of <c>sources[].repositories</c> (v1.1) to the repositories each readable
    /// source reports: a fact the source does not report is filled from a current attestation; a fact it reports wins,
    /// and a different attested value is a warning; an attestation more than 365 days old is ignored with a warning.
    /// An attestation may also describe a repository the source only refers to (by a point, a job or a configuration
    /// backup) without listing it.</summary>
    public sealed class AttestedRepositoryResolver
    {
        private static readonly string[] FactNames = { "location", "encrypted", "immutable", "immutableDays", "sharesProductionCredentials" };

        private AttestedRepositoryResolver() { }

        public Dictionary<string, SourceRepositories> BySource { get; } = new Dictionary<string, SourceRepositories>(StringComparer.Ordinal);
        public List<AttestedFactUse> Uses { get; } = new List<AttestedFactUse>();
        public List<string> Warnings { get; } = new List<string>();

        public SourceRepositories For(string sourceId) => BySource.TryGetValue(sourceId, out var r) ? r : SourceRepositories.Empty;

        public static AttestedRepositoryResolver Resolve(IReadOnlyList<SourceData> sources, DateTimeOffset asOf)
        {
            var resolver = new AttestedRepositoryResolver();
            foreach (var source in sources)
                if (source.Ok) resolver.BySource[source.Id] = resolver.ResolveSource(source, asOf);
            return resolver;
        }

        private SourceRepositories ResolveSource(SourceData source, DateTimeOffset asOf)
        {
            var inventory = source.Inventory!;
            var byId = new Dictionary<string, Repository>(StringComparer.Ordinal);
            foreach (var repository in inventory.Repositories)
                if (!byId.ContainsKey(repository.Id)) byId[repository.Id] = repository;
            var attested = new Dictionary<Repository, AttestedFacts>();
            var attestations = source.Definition.Repositories;
            if (attestations.Count == 0) return new SourceRepositories(byId, attested);

            var referenced = new HashSet<string>(StringComparer.Ordinal);
            foreach (var job in inventory.Jobs) if (!string.IsNullOrEmpty(job.Repository)) referenced.Add(job.Repository!);
            foreach (var point in inventory.RestorePoints) if (!string.IsNullOrEmpty(point.Repository)) referenced.Add(point.Repository!);
            var configRepository = inventory.BackupServer?.ConfigBackup?.Repository;
            if (!string.IsNullOrEmpty(configRepository)) referenced.Add(configRepository!);

            foreach (var attestation in attestations)
            {
                var who = string.IsNullOrWhiteSpace(attestation.AttestedBy) ? "an unnamed person" : attestation.AttestedBy;
                var on = attestation.AttestedOn.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                if (!attestation.CountsAt(asOf))
                {
                    var stale = attestation.AttestedOn <= asOf;
                    Record(source.Id, attestation.Match, attestation, null, stale ? AttestedFactUse.Stale : AttestedFactUse.NotYetMade);
                    if (stale)
                        Warnings.Add($"Source {source.Id}: the facts about repository '{attestation.Match}' attested by {who} on {on} are more than 365 days old and are ignored; attest them again.");
                    continue;
                }
                var matched = byId.Values.Where(r => r.Id == attestation.Match || string.Equals(r.Name, attestation.Match, StringComparison.OrdinalIgnoreCase)).ToList();
                if (matched.Count == 0 && referenced.Contains(attestation.Match))
                {
                    var made = new Repository { Id = attestation.Match };
                    byId[made.Id] = made;
                    matched.Add(made);
                }
                if (matched.Count == 0)
                {
                    Record(source.Id, attestation.Match, attestation, null, AttestedFactUse.Unmatched);
                    Warnings.Add($"Source {source.Id}: no repository is named or has the id '{attestation.Match}', so the facts attested by {who} on {on} describe nothing.");
                    continue;
                }
                foreach (var original in matched)
                {
                    var repository = original;
                    if (!attested.TryGetValue(repository, out var facts))
                    {
                        repository = Copy(original);
                        byId[repository.Id] = repository;
                        facts = new AttestedFacts(source.Id, repository.Id, who, attestation.AttestedOn);
                        attested[repository] = facts;
                    }
                    Apply(source.Id, repository, facts, attestation, who, on);
                    if (facts.Facts.Count == 0) attested.Remove(repository);
                }
            }
            return new SourceRepositories(byId, attested);
        }

        private void Apply(string sourceId, Repository repository, AttestedFacts facts, RepositoryAttestation attestation, string who, string on)
        {
            foreach (var fact in FactNames)
            {
                var value = AttestedValue(attestation, fact);
                if (value == null) continue;
                var reported = ReportedValue(repository, fact);
                if (reported == null)
                {
                    Set(repository, fact, attestation);
                    if (!facts.Facts.Contains(fact)) facts.Facts.Add(fact);
                    Record(sourceId, repository.Id, attestation, fact, AttestedFactUse.Used, value, null);
                }
                else if (facts.Facts.Contains(fact))
                {
                    // Filled by an earlier attestation of the same repository: the first one written stands.
                    if (reported != value)
                        Warnings.Add($"Source {sourceId}: repository '{repository.Id}' has two attestations of {fact} ({reported} and {value}); the first written is used.");
                }
                else if (reported == value)
                {
                    Record(sourceId, repository.Id, attestation, fact, AttestedFactUse.Confirmed, value, reported);
                }
                else
                {
                    Record(sourceId, repository.Id, attestation, fact, AttestedFactUse.Contradicted, value, reported);
                    Warnings.Add($"Source {sourceId} reports {fact} = {reported} for repository '{repository.Id}', but {who} attested {value} on {on}; the source's value is used.");
                }
            }
        }

        private void Record(string sourceId, string repository, RepositoryAttestation attestation, string? onlyFact, string status, string? value = null, string? reported = null)
        {
            foreach (var fact in onlyFact == null ? FactNames : new[] { onlyFact })
            {
                var attestedValue = value ?? AttestedValue(attestation, fact);
                if (attestedValue == null) continue;
                Uses.Add(new AttestedFactUse
                {
                    Source = sourceId, Repository = repository, Fact = fact, Value = attestedValue, Reported = reported,
                    AttestedBy = attestation.AttestedBy, AttestedOn = attestation.AttestedOn, Status = status,
                });
            }
        }

        private static Repository Copy(Repository r) => new Repository
        {
            Id = r.Id, Name = r.Name, Location = r.Location, Encrypted = r.Encrypted, Immutable = r.Immutable,
            ImmutableDays = r.ImmutableDays, SharesProductionCredentials = r.SharesProductionCredentials,
        };

        private static string? AttestedValue(RepositoryAttestation a, string fact)
        {
            switch (fact)
            {
                case "location": return a.Location.HasValue ? Loading.Yaml.KebabCase.Of(a.Location.Value) : null;
                case "encrypted": return Text(a.Encrypted);
                case "immutable": return Text(a.Immutable);
                case "immutableDays": return a.ImmutableDays?.ToString(CultureInfo.InvariantCulture);
                default: return Text(a.SharesProductionCredentials);
            }
        }

        private static string? ReportedValue(Repository r, string fact)
        {
            switch (fact)
            {
                case "location": return r.Location.HasValue ? Loading.Yaml.KebabCase.Of(r.Location.Value) : null;
                case "encrypted": return Text(r.Encrypted);
                case "immutable": return Text(r.Immutable);
                case "immutableDays": return r.ImmutableDays?.ToString(CultureInfo.InvariantCulture);
                default: return Text(r.SharesProductionCredentials);
            }
        }

        private static void Set(Repository r, string fact, RepositoryAttestation a)
        {
            switch (fact)
            {
                case "location": r.Location = a.Location; break;
                case "encrypted": r.Encrypted = a.Encrypted; break;
                case "immutable": r.Immutable = a.Immutable; break;
                case "immutableDays": r.ImmutableDays = a.ImmutableDays; break;
                default: r.SharesProductionCredentials = a.SharesProductionCredentials; break;
            }
        }

        private static string? Text(bool? value) => value == null ? null : value.Value ? "true" : "false";
    }
}
