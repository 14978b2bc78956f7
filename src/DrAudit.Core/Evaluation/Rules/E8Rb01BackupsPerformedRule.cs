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
            if (!evidence.EnabledJobs.Any()) return CoverageCheck.Verdict(service, component);

            var recency = ComponentRecency.Verdict(service, component);
            var retention = service.Targets.Retention;
            var jobs = evidence.EnabledJobs.ToList();
            var keeping = jobs.Where(j => j.Job.Retention.HasValue && j.Job.Retention.Value >= retention).ToList();
            var unstated = jobs.Where(j => !j.Job.Retention.HasValue).ToList();
            var lines = recency.Evidence.Concat(jobs.Select(j => j.Describe() + " keeps points " +
                (j.Job.Retention.HasValue ? "for " + j.Job.Retention.Value.ToWords() : "for a time the source does not state"))).ToList();

            string? retentionProblem = null;
            if (keeping.Count == 0 && unstated.Count == 0)
            {
                var longest = jobs.Max(j => j.Job.Retention!.Value);
                retentionProblem = $"{ComponentStatements.Possessive(component.Name)} jobs keep points for at most {longest.ToWords()} (the service needs {retention.ToWords()})";
            }

            if (recency.State == ComponentState.NotMet || retentionProblem != null)
            {
                var detail = recency.State == ComponentState.NotMet
                    ? recency.Detail + (retentionProblem == null ? "" : ", and " + retentionProblem)
                    : retentionProblem!;
                return ComponentVerdict.NotMet(component, detail, lines, recency.State == ComponentState.NotMet ? recency.Weight : 0)
                    .Because(recency.Causes.ToArray());
            }
            if (keeping.Count == 0)
                return ComponentVerdict.Unknown(component,
                    $"the retention of {ComponentStatements.Possessive(component.Name)} job '{unstated[0].Job.DisplayName}' is not stated", lines);
            return ComponentVerdict.Met(component, recency.Detail, lines, recency.Weight);
        }
    }
}
