using System;
using System.Collections.Generic;
using DrAudit.Core.Model.Inventory;

namespace DrAudit.Core.Evaluation.Attestation
{
    /// <summary>One readable source's repositories as the audit uses them: what the source reports, with attested facts
    /// filling what it does not say (copies: the source's inventory is never changed, so a pack re-scores exactly).</summary>
    public sealed class SourceRepositories
    {
        private readonly Dictionary<string, Repository> _byId;
        private readonly Dictionary<Repository, AttestedFacts> _attested;

        internal SourceRepositories(Dictionary<string, Repository> byId, Dictionary<Repository, AttestedFacts> attested)
        {
            _byId = byId;
            _attested = attested;
        }

        public static readonly SourceRepositories Empty =
            new SourceRepositories(new Dictionary<string, Repository>(StringComparer.Ordinal), new Dictionary<Repository, AttestedFacts>());

        /// <summary>The repository with this id (as reported, or made from an attestation for an id the source only refers to); null when unknown.</summary>
        public Repository? ById(string? id) => id != null && _byId.TryGetValue(id, out var r) ? r : null;

        /// <summary>The repository a reference names: its id, else (ignoring case) its name; null when none.</summary>
        public Repository? ByIdOrName(string? reference)
        {
            if (string.IsNullOrEmpty(reference)) return null;
            var byId = ById(reference);
            if (byId != null) return byId;
            foreach (var repository in _byId.Values)
                if (string.Equals(repository.Name, reference, StringComparison.OrdinalIgnoreCase)) return repository;
            return null;
        }

        /// <summary>The facts of <paramref name="repository"/> that were attested; null when all came from the source.</summary>
        public AttestedFacts? AttestedFor(Repository? repository) =>
            repository != null && _attested.TryGetValue(repository, out var facts) ? facts : null;
    }
}
