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
                return ComponentVerdict.Met(component, (evidence, enabled),
                    static f => $"{f.evidence.Component.Name} is protected by {(f.enabled == 1 ? "job " : "jobs ")}{JobNames(f.evidence, enabled: true)}",
                    static f => JobLines(f.evidence, enabled: true, " is enabled and protects " + f.evidence.Component.Name));
            if (disabled > 0)
                return ComponentVerdict.NotMet(component, evidence,
                    static e => $"{e.Component.Name} has only disabled backup jobs ({JobNames(e, enabled: false)})",
                    static e => JobLines(e, enabled: false, " is disabled"), OnlyDisabledWeight).Because(CauseReference.NoBackupJob(component));
            return ComponentVerdict.NotMet(component, component, static c => $"{c.Name} has no backup job", NoJobEvidence, NoJobWeight)
                .Because(CauseReference.NoBackupJob(component));
        }

        /// <summary>A line for each of the component's enabled (or disabled) jobs: the job, then <paramref name="what"/>.</summary>
        private static List<string> JobLines(ComponentEvidence evidence, bool enabled, string what)
        {
            var lines = new List<string>();
            foreach (var job in evidence.Jobs)
                if (job.Job.Enabled == enabled) lines.Add(job.Describe() + what);
            return lines;
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
