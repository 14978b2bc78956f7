using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Evaluation.Causes;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Evaluation.Scoring
{
    /// <summary>Groups findings into root causes (controls.md "Root causes"; docs/rules.md). Each finding's
    /// candidate causes are what its rule named as at fault. A finding goes to exactly one cause: repeatedly, the
    /// cause that explains the most findings not yet placed takes all of them (ties: the kind that explains more of
    /// what follows, see <see cref="CauseKind"/>, then the key). A finding whose rule named nothing is a root cause
    /// of its own. Ordered by severity, then the number of services affected, then the key.</summary>
    public static class RootCauseBuilder
    {
        public static List<RootCause> Build(IReadOnlyList<Finding> findings, IReadOnlyList<ScoredControl> controls, ClientDefinition definition)
        {
            var byControl = controls.ToDictionary(c => c.Id, StringComparer.Ordinal);
            var candidates = findings.Select(f => byControl.TryGetValue(f.Control, out var c) ? c.CausesFor(f.Service) : Array.Empty<CauseReference>()).ToList();
            var assigned = new CauseReference?[findings.Count];

            while (true)
            {
                var counts = new Dictionary<string, (CauseReference Cause, int Count)>(StringComparer.Ordinal);
                for (int i = 0; i < findings.Count; i++)
                {
                    if (assigned[i] != null) continue;
                    foreach (var cause in candidates[i])
                        counts[cause.Key] = counts.TryGetValue(cause.Key, out var seen) ? (seen.Cause, seen.Count + 1) : (cause, 1);
                }
                if (counts.Count == 0) break;
                // The most findings, then the kind, then the key (unique here): one pass, not a sort each round.
                (CauseReference Cause, int Count)? top = null;
                foreach (var candidate in counts.Values)
                    if (top == null || Explains(candidate, top.Value)) top = candidate;
                var best = top!.Value.Cause;
                for (int i = 0; i < findings.Count; i++)
                    if (assigned[i] == null && candidates[i].Any(c => c.Key == best.Key)) assigned[i] = best;
            }
            for (int i = 0; i < findings.Count; i++)
                assigned[i] ??= CauseReference.OfFinding(findings[i]);

            var serviceOrder = definition.Services.Select((s, i) => (s.Id, i)).GroupBy(x => x.Id, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
            var controlOrder = controls.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);

            return findings.Select((f, i) => (Finding: f, Cause: assigned[i]!))
                .GroupBy(x => x.Cause.Key, StringComparer.Ordinal)
                .Select(g =>
                {
                    var cause = g.First().Cause;
                    return new RootCause
                    {
                        Key = cause.Key,
                        Title = cause.Title,
                        Severity = g.Max(x => x.Finding.Severity),
                        Services = g.Where(x => x.Finding.Service != null).Select(x => x.Finding.Service!).Distinct(StringComparer.Ordinal)
                            .OrderBy(s => serviceOrder.TryGetValue(s, out var n) ? n : int.MaxValue).ToList(),
                        Controls = g.Select(x => x.Finding.Control).Distinct(StringComparer.Ordinal)
                            .OrderBy(c => controlOrder.TryGetValue(c, out var n) ? n : int.MaxValue).ToList(),
                        Findings = g.Select(x => x.Finding.Key).ToList(),
                        Remediation = cause.Remediation,
                    };
                })
                .OrderByDescending(r => r.Severity)
                .ThenByDescending(r => r.Services.Count)
                .ThenBy(r => r.Key, StringComparer.Ordinal)
                .ToList();
        }

        /// <summary>True when <paramref name="a"/> goes before <paramref name="b"/>: it explains more findings, or as many
        /// with a kind that explains more of what follows, or then the smaller key.</summary>
        private static bool Explains((CauseReference Cause, int Count) a, (CauseReference Cause, int Count) b)
        {
            if (a.Count != b.Count) return a.Count > b.Count;
            if (a.Cause.Kind != b.Cause.Kind) return a.Cause.Kind < b.Cause.Kind;
            return string.CompareOrdinal(a.Cause.Key, b.Cause.Key) < 0;
        }
    }
}
