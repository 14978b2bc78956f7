using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Evaluation.Rules.Support;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Evaluation.Rules
{
    /// <summary>E8-RB-01 (ISM-1511): every component needing backup has an enabled job, a newest good point no older
    /// than the RPO, and an enabled job that keeps points at least as long as the service's retention. A job
    /// whose retention is not stated cannot prove the retention part.</summary>
    public sealed class E8Rb01BackupsPerformedRule : ComponentRule
    {
        public override string ControlId => "E8-RB-01";

        protected override Judgement Conclude(ServiceContext service, ComponentVerdicts verdicts)
        {
            var targets = service.Targets;
            return verdicts.Judge(
                v => v.FailingStatement(ComponentStatements.Verb(v.NotMet.Count, "is", "are") + " not backed up and retained as required"),
                "backups and their retention",
                v => $"Every component of {service.Name} that needs backup has an enabled job, a restore point within {targets.Rpo.ToWords()} " +
                     $"(the oldest {DurationWords.Of(System.TimeSpan.FromHours(v.Met[0].Weight))} old) and a job keeping points for at least {targets.Retention.ToWords()}.");
        }

        protected override ComponentVerdict JudgeComponent(ServiceContext service, Component component)
        {
            var evidence = service.EvidenceFor(component);
            if (!evidence.Visible) return ComponentVerdict.Invisible(service, evidence);
            // Without an enabled job the coverage verdict is the answer; with one it is Met, and its wording is not needed.
            if (!HasEnabledJob(evidence)) return CoverageCheck.Verdict(service, component);

            // The recency verdict (its words and causes) is made only when it fails or its words are used.
            var recencyState = ComponentRecency.StateOf(service, evidence, out var recencyWeight);
            var retention = service.Targets.Retention;
            // The enabled jobs are counted by what they keep; they are named only in the words, when those are used.
            int keeping = 0, unstated = 0;
            JobEvidence? firstUnstated = null;
            var longest = default(Duration);
            foreach (var job in evidence.Jobs)
            {
                if (!job.Job.Enabled) continue;
                var kept = job.Job.Retention;
                if (!kept.HasValue)
                {
                    if (unstated++ == 0) firstUnstated = job;
                }
                else
                {
                    if (kept.Value >= retention) keeping++;
                    if (keeping + unstated == 0 && kept.Value > longest) longest = kept.Value;
                }
            }
            var retentionFails = keeping == 0 && unstated == 0;
            if (recencyState == ComponentState.NotMet)
            {
                var recency = ComponentRecency.Verdict(service, component);
                return ComponentVerdict.NotMet(component, (service, evidence, recency, retentionFails, longest, retention),
                        static f => f.recency.Detail + (f.retentionFails ? ", and " + RetentionProblem(f.evidence.Component, f.longest, f.retention) : ""),
                        static f => Lines(f.service, f.evidence), recency.Weight)
                    .Because(recency.Causes);
            }
            if (retentionFails)
                return ComponentVerdict.NotMet(component, (service, evidence, longest, retention),
                    static f => RetentionProblem(f.evidence.Component, f.longest, f.retention), static f => Lines(f.service, f.evidence), 0);
            if (keeping == 0)
                return ComponentVerdict.Unknown(component, (service, evidence, firstUnstated: firstUnstated!),
                    static f => $"the retention of {ComponentStatements.Possessive(f.evidence.Component.Name)} job '{f.firstUnstated.Job.DisplayName}' is not stated",
                    static f => Lines(f.service, f.evidence));
            return ComponentVerdict.Met(component, (service, evidence),
                static f => ComponentRecency.Verdict(f.service, f.evidence.Component).Detail, static f => Lines(f.service, f.evidence), recencyWeight);
        }

        /// <summary>The component's newest good point, then what each enabled job keeps.</summary>
        private static IEnumerable<string> Lines(ServiceContext service, ComponentEvidence evidence) =>
            ComponentRecency.Verdict(service, evidence.Component).Evidence.Concat(evidence.EnabledJobs.Select(j => j.Describe() + " keeps points " +
                (j.Job.Retention.HasValue ? "for " + j.Job.Retention.Value.ToWords() : "for a time the source does not state")));

        private static string RetentionProblem(Component component, Duration longest, Duration retention) =>
            $"{ComponentStatements.Possessive(component.Name)} jobs keep points for at most {longest.ToWords()} (the service needs {retention.ToWords()})";

        private static bool HasEnabledJob(ComponentEvidence evidence)
        {
            foreach (var job in evidence.Jobs)
                if (job.Job.Enabled) return true;
            return false;
        }
    }
}
