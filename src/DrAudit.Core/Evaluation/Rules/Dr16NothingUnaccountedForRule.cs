using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Evaluation.Rules.Recorded;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Evaluation.Rules
{
    /// <summary>DR-16 (v1.1), judged once for the client and reported beside service readiness (never counted in it):
    /// every workload a readable source discovered is backed up by an enabled job of that source, named by a
    /// component's backup.match for that source, or covered by a current accountedFor entry
    /// (<see cref="EnvironmentCoverage"/>). Any other workload makes it Ineffective and is named. No source enumerates
    /// its environment: NoVisibility; so is a source that could not be read (what it would have discovered is unknown), and
    /// a readable source that could not list its environment this time (<see cref="Sources.SourceData.DiscoveryGap"/>).
    /// Workloads backed up but named by no component are listed in the evidence as "protected, in no service".</summary>
    public sealed class Dr16NothingUnaccountedForRule : ClientRule
    {
        public override string ControlId => "DR-16";

        public override Judgement Judge(AuditContext audit)
        {
            var coverage = audit.Environment;
            var failed = audit.Sources.Where(s => !s.Ok).ToList();
            var evidence = new List<string>();
            var unaccounted = coverage.Workloads.Where(w => w.Status == DiscoveredWorkloadStatus.Unaccounted).ToList();
            foreach (var w in unaccounted)
                evidence.Add($"{w.Source}: {w.Kind} '{w.Object}'{Platform(w)}: unaccounted for (no backup job, no component, no accountedFor entry)");
            foreach (var w in coverage.Workloads.Where(w => w.InNoService))
                evidence.Add($"{w.Source}: {w.Kind} '{w.Object}'{Platform(w)}: protected, in no service (backed up by {string.Join(", ", w.Jobs.Select(j => "'" + j + "'"))})");
            foreach (var w in coverage.Workloads.Where(w => w.Status == DiscoveredWorkloadStatus.AccountedFor))
                evidence.Add(DefinitionEvidence.Line(audit, $"accountedFor {w.Source} '{w.Object}': {w.AccountedForReason} (accepted by {w.AccountedForBy} on {EvidenceDates.Date(w.AccountedForOn!.Value)})"));
            foreach (var s in failed)
                evidence.Add($"{s.Id}: could not be read (the reason is in the sources list)");
            var unlisted = audit.Sources.Where(s => s.Ok && s.Inventory!.Discovered == null && !string.IsNullOrEmpty(s.DiscoveryGap)).ToList();
            foreach (var s in unlisted)
                evidence.Add($"{s.Id}: its environment could not be listed: {s.DiscoveryGap}");

            var enumerating = coverage.EnumeratingSources;
            var quality = Quality(audit, coverage);
            if (unaccounted.Count > 0)
                return Judgement.Ineffective(
                    $"{unaccounted.Count} {(unaccounted.Count == 1 ? "workload" : "workloads")} in the environment {(unaccounted.Count == 1 ? "is" : "are")} backed up by no job, part of no service and not accounted for: " +
                    string.Join(", ", unaccounted.Select(w => $"'{w.Object}' ({w.Source})")) + ".",
                    quality, evidence).Because(Causes.CauseReference.UnaccountedWorkloads());
            if (enumerating.Count == 0)
                return Judgement.NoVisibility(
                    "Nothing enumerated the environment: no source lists the workloads it can see, so workloads that nobody backs up cannot be found" +
                    (unlisted.Count == 0 ? "." : $" ({Unlisted(unlisted)})."),
                    evidence).Because(failed.Count > 0 || unlisted.Count > 0
                        // A source that could not be read explains the NoVisibility that follows from it (controls.md, Root causes).
                        ? failed.Select(f => Causes.CauseReference.SourceUnreadable(f.Id, f.Definition.Type))
                            .Concat(unlisted.Select(u => Causes.CauseReference.EnvironmentNotListed(u.Id)))
                        : new[] { Causes.CauseReference.UnaccountedWorkloads() });
            if (failed.Count > 0)
                return Judgement.NoVisibility(
                    $"Every workload {string.Join(", ", enumerating)} discovered is accounted for, but {string.Join(", ", failed.Select(s => s.Id))} could not be read, so what it would have discovered is unknown" +
                    (unlisted.Count == 0 ? "." : $"; {Unlisted(unlisted)}."),
                    evidence).Because(failed.Select(f => Causes.CauseReference.SourceUnreadable(f.Id, f.Definition.Type))
                        .Concat(unlisted.Select(u => Causes.CauseReference.EnvironmentNotListed(u.Id))));
            if (unlisted.Count > 0)
                return Judgement.NoVisibility(
                    $"Every workload {string.Join(", ", enumerating)} discovered is accounted for, but {Unlisted(unlisted)}, so what {(unlisted.Count == 1 ? "it" : "they")} would have discovered is unknown.",
                    evidence).Because(unlisted.Select(u => Causes.CauseReference.EnvironmentNotListed(u.Id)));
            var total = coverage.Workloads.Count;
            var inNoService = coverage.Workloads.Count(w => w.InNoService);
            return Judgement.Effective(
                $"Every one of the {total} {(total == 1 ? "workload" : "workloads")} {string.Join(", ", enumerating)} discovered is backed up, part of a service or accounted for" +
                (inNoService == 0 ? "." : $"; {inNoService} {(inNoService == 1 ? "is" : "are")} protected but in no service."),
                quality, evidence);
        }

        private static string Unlisted(IEnumerable<Sources.SourceData> sources) =>
            string.Join("; ", sources.Select(s => $"{s.Id} could not list its environment: {s.DiscoveryGap!.TrimEnd('.')}"));

        private static string Platform(DiscoveredWorkloadStatus w) => string.IsNullOrEmpty(w.Platform) ? "" : " on " + w.Platform;

        /// <summary>The weakest quality of the enumerating sources; Poor when a workload is covered only by an accountedFor statement.</summary>
        private static EvidenceQuality? Quality(AuditContext audit, EnvironmentCoverage coverage)
        {
            if (coverage.Workloads.Any(w => w.Status == DiscoveredWorkloadStatus.AccountedFor)) return EvidenceQuality.Poor;
            var qualities = coverage.EnumeratingSources.Select(id => audit.SourcesById[id].Quality).ToList();
            return qualities.Count == 0 ? (EvidenceQuality?)null : qualities.Min();
        }
    }
}
