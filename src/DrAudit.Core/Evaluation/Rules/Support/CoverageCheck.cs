using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Evaluation.Causes;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Evaluation.Rules.Support
{
    /// <summary>Whether an enabled job protects a component (E8-RB-01, DR-02, DR-14). A disabled job protects
    /// nothing; a component one of whose sources failed cannot be judged.</summary>
    public static class CoverageCheck
    {
        /// <summary>Weight of a component with only disabled jobs, and of one with no job at all (worse).</summary>
        public const double OnlyDisabledWeight = 1e6, NoJobWeight = 2e6;

        public static ComponentVerdict Verdict(ServiceContext service, Component component)
        {
            var evidence = service.EvidenceFor(component);
            if (!evidence.Visible) return ComponentVerdict.Invisible(service, evidence);
            int enabled = 0, disabled = 0;
            foreach (var job in evidence.Jobs)
                if (job.Job.Enabled) enabled++;
                else disabled++;
            if (enabled > 0)
                return ComponentVerdict.Met(component,
                    () => $"{component.Name} is protected by {(enabled == 1 ? "job " : "jobs ")}{JobNames(evidence, enabled: true)}",
                    () => evidence.EnabledJobs.Select(j => j.Describe() + " is enabled and protects " + component.Name));
            if (disabled > 0)
                return ComponentVerdict.NotMet(component,
                    () => $"{component.Name} has only disabled backup jobs ({JobNames(evidence, enabled: false)})",
                    () => evidence.Jobs.Select(j => j.Describe() + " is disabled"), OnlyDisabledWeight).Because(CauseReference.NoBackupJob(component));
            return ComponentVerdict.NotMet(component, () => $"{component.Name} has no backup job", () => NoJobEvidence(component), NoJobWeight)
                .Because(CauseReference.NoBackupJob(component));
        }

        /// <summary>"'SQL nightly', 'SQL copy' and 2 more": the component's enabled (or disabled) jobs.</summary>
        private static string JobNames(ComponentEvidence evidence, bool enabled)
        {
            var jobs = evidence.Jobs.Where(j => j.Job.Enabled == enabled).ToList();
            return string.Join(", ", jobs.Take(ComponentStatements.MaxNamed).Select(j => "'" + j.Job.DisplayName + "'")) +
                   (jobs.Count > ComponentStatements.MaxNamed ? " and " + ComponentStatements.N(jobs.Count - ComponentStatements.MaxNamed) + " more" : "");
        }

        private static IEnumerable<string> NoJobEvidence(Component component)
        {
            if (component.Backup == null || component.Backup.Match.Count == 0)
                return new[] { $"definition: component '{component.Id}' names no protected object (backup.match)" };
            return component.Backup.Match.Select(m => $"{m.Source}: no job protects an object matching '{m.Object}'");
        }
    }
}
