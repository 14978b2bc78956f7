using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Comparison
{
    /// <summary>Compares an older readiness result with a newer one of the same client.</summary>
    public static class ReadinessComparer
    {
        /// <summary>What changed from <paramref name="reference"/> (older) to <paramref name="difference"/> (newer).
        /// Throws <see cref="ComparisonException"/> when they are for different clients.</summary>
        public static ReadinessComparison Compare(ReadinessResult reference, ReadinessResult difference,
            string? referencePack = null, string? differencePack = null)
        {
            if (reference == null) throw new ArgumentNullException(nameof(reference));
            if (difference == null) throw new ArgumentNullException(nameof(difference));
            if (!string.Equals(reference.Client.Id, difference.Client.Id, StringComparison.Ordinal))
                throw new ComparisonException("The results are for different clients: '" + reference.Client.Id + "' and '" + difference.Client.Id + "'.");

            var comparison = new ReadinessComparison
            {
                ClientId = difference.Client.Id,
                ClientName = difference.Client.Name,
                ReferenceAsOf = reference.AsOf,
                DifferenceAsOf = difference.AsOf,
                ReferencePack = referencePack,
                DifferencePack = differencePack,
                ReferenceMaturityLevel = reference.EssentialEight.MaturityLevel,
                DifferenceMaturityLevel = difference.EssentialEight.MaturityLevel,
                ReferenceServicesReady = reference.DrReadiness.ServicesReady,
                ReferenceServicesTotal = reference.DrReadiness.ServicesTotal,
                DifferenceServicesReady = difference.DrReadiness.ServicesReady,
                DifferenceServicesTotal = difference.DrReadiness.ServicesTotal,
            };
            comparison.Findings.AddRange(CompareFindings(reference.Findings, difference.Findings));
            comparison.RootCausesCompared = HasCauses(reference) && HasCauses(difference);
            if (comparison.RootCausesCompared) comparison.RootCauses.AddRange(CompareRootCauses(reference.RootCauses, difference.RootCauses));
            comparison.Controls.AddRange(CompareControls(AllControls(reference), AllControls(difference)));
            return comparison;
        }

        private static IEnumerable<FindingChange> CompareFindings(IEnumerable<Finding> older, IEnumerable<Finding> newer)
        {
            var before = ByKey(older);
            var after = ByKey(newer);
            foreach (var key in before.Keys.Union(after.Keys).OrderBy(k => k, StringComparer.Ordinal))
            {
                before.TryGetValue(key, out var was);
                after.TryGetValue(key, out var now);
                var shown = now ?? was!;
                yield return new FindingChange
                {
                    Key = key,
                    Control = shown.Control,
                    Service = shown.Service,
                    Change = was == null ? FindingChangeKind.New : now == null ? FindingChangeKind.Resolved : FindingChangeKind.StillOpen,
                    Severity = shown.Severity,
                    Before = was?.Outcome,
                    After = now?.Outcome,
                    Statement = shown.Statement,
                };
            }
        }

        private static bool HasCauses(ReadinessResult result) => result.RootCauses.Count > 0 || result.Findings.Count == 0;

        private static IEnumerable<RootCauseChange> CompareRootCauses(IEnumerable<RootCause> older, IEnumerable<RootCause> newer)
        {
            var before = older.GroupBy(c => c.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var after = newer.GroupBy(c => c.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            foreach (var key in before.Keys.Union(after.Keys).OrderBy(k => k, StringComparer.Ordinal))
            {
                before.TryGetValue(key, out var was);
                after.TryGetValue(key, out var now);
                var shown = now ?? was!;
                yield return new RootCauseChange
                {
                    Key = key,
                    Title = shown.Title,
                    Change = was == null ? FindingChangeKind.New : now == null ? FindingChangeKind.Resolved : FindingChangeKind.StillOpen,
                    Severity = shown.Severity,
                    Findings = shown.Findings.Count,
                };
            }
        }

        /// <summary>Findings by key; a key repeated in one result (never written by DrAudit) keeps its first finding.</summary>
        private static Dictionary<string, Finding> ByKey(IEnumerable<Finding> findings)
        {
            var byKey = new Dictionary<string, Finding>(StringComparer.Ordinal);
            foreach (var finding in findings)
                if (!byKey.ContainsKey(finding.Key)) byKey.Add(finding.Key, finding);
            return byKey;
        }

        private static List<ControlResult> AllControls(ReadinessResult result) =>
            result.EssentialEight.Controls.Concat(result.DrReadiness.Controls).ToList();

        private static IEnumerable<ControlOutcomeChange> CompareControls(List<ControlResult> older, List<ControlResult> newer)
        {
            var before = older.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var after = newer.GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            var ids = newer.Select(c => c.Id).Concat(older.Select(c => c.Id)).Distinct(StringComparer.Ordinal);
            foreach (var id in ids)
            {
                before.TryGetValue(id, out var was);
                after.TryGetValue(id, out var now);
                if (was?.Outcome != now?.Outcome)
                    yield return new ControlOutcomeChange { Control = id, Before = was?.Outcome, After = now?.Outcome };
                var wasServices = Outcomes(was);
                var nowServices = Outcomes(now);
                var services = (now?.Services ?? new List<ServiceControlOutcome>()).Select(s => s.Service)
                    .Concat((was?.Services ?? new List<ServiceControlOutcome>()).Select(s => s.Service))
                    .Distinct(StringComparer.Ordinal);
                foreach (var service in services)
                {
                    var hadBefore = wasServices.TryGetValue(service, out var outcomeBefore);
                    var hasNow = nowServices.TryGetValue(service, out var outcomeNow);
                    if (hadBefore && hasNow && outcomeBefore == outcomeNow) continue;
                    yield return new ControlOutcomeChange
                    {
                        Control = id,
                        Service = service,
                        Before = hadBefore ? outcomeBefore : (Outcome?)null,
                        After = hasNow ? outcomeNow : (Outcome?)null,
                    };
                }
            }
        }

        private static Dictionary<string, Outcome> Outcomes(ControlResult? control)
        {
            var outcomes = new Dictionary<string, Outcome>(StringComparer.Ordinal);
            if (control == null) return outcomes;
            foreach (var service in control.Services)
                if (!outcomes.ContainsKey(service.Service)) outcomes.Add(service.Service, service.Outcome);
            return outcomes;
        }
    }
}
