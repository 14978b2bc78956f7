using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Evaluation.Rules.Support;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Evaluation.Rules
{
    /// <summary>DR-10: every enabled job protecting a component needing backup ran in the audit window, its trailing
    /// streak of unsuccessful runs times its usual interval does not exceed the RPO, and at least 95 % of its
    /// finished runs in the window succeeded (success or warning). A component with no enabled job has no runs.
    /// An unhealthy visible job is proven even when another source of the component failed.</summary>
    public sealed class Dr10BackupJobsHealthyRule : ComponentRule
    {
        public override string ControlId => "DR-10";

        protected override Judgement Conclude(ServiceContext service, ComponentVerdicts verdicts)
        {
            var window = service.Audit.AuditWindow.ToWords();
            return verdicts.Judge(
                v => v.FailingStatement($"{ComponentStatements.Verb(v.NotMet.Count, "has", "have")} unhealthy backup jobs"),
                "backup job health",
                v => $"Every backup job of {service.Name} ran in the last {window}, succeeded at least {ComponentStatements.N(ComponentJobHealth.RequiredSuccessPercent)} % of the time " +
                     $"(lowest {ComponentStatements.Percent(1 - v.Met[0].Weight)}) and has no failure streak longer than {service.Targets.Rpo.ToWords()}.");
        }

        protected override ComponentVerdict JudgeComponent(ServiceContext service, Component component)
        {
            var evidence = service.EvidenceFor(component);
            var audit = service.Audit;
            var rpo = service.Targets.Rpo;
            var healths = evidence.EnabledJobs.Select(j => ComponentJobHealth.Of(j, audit.WindowStart, audit.AsOf)).ToList();
            var lines = healths.Select(h => h.Describe()).ToList();
            if (healths.Count == 0)
            {
                if (!evidence.Visible) return ComponentVerdict.Invisible(service, evidence);
                return ComponentVerdict.NotMet(component, $"{component.Name} has no enabled backup job, so no runs in the last {audit.AuditWindow.ToWords()}",
                    CoverageCheck.Verdict(service, component).Evidence, 1e6).Because(Causes.CauseReference.NoBackupJob(component));
            }

            var problems = new List<string>();
            double weight = 0;
            foreach (var health in healths)
            {
                var job = $"{ComponentStatements.Possessive(component.Name)} job '{health.Job.Job.DisplayName}'";
                if (!health.HasRuns)
                {
                    problems.Add($"{job} has not run in the last {audit.AuditWindow.ToWords()}");
                    weight = System.Math.Max(weight, 1e5);
                    continue;
                }
                if (!health.StreakWithin(rpo))
                {
                    problems.Add($"{job} has failed its last {ComponentStatements.N(health.Streak)} {(health.Streak == 1 ? "run" : "runs")} " +
                                 $"(about {DurationWords.Of(health.StreakSpan)} without a good backup; the business accepts {rpo.ToWords()})");
                    weight = System.Math.Max(weight, health.StreakSpan.TotalHours);
                }
                if (health.RateSufficient == false)
                {
                    problems.Add($"{job} succeeded in {ComponentStatements.Percent(health.SuccessRate!.Value)} of {ComponentStatements.N(health.Finished)} runs " +
                                 $"({ComponentStatements.N(ComponentJobHealth.RequiredSuccessPercent)} % needed)");
                    weight = System.Math.Max(weight, (1 - health.SuccessRate.Value) * 100);
                }
            }
            if (problems.Count > 0)
            {
                // Failing jobs that leave the component past its RPO are the same gap as DR-03's "out of date".
                var recency = ComponentRecency.Verdict(service, component);
                return ComponentVerdict.NotMet(component, string.Join(", and ", problems), lines, weight)
                    .Because(recency.State == ComponentState.NotMet ? recency.Causes.ToArray() : new Causes.CauseReference?[0]);
            }
            if (!evidence.Visible) return ComponentVerdict.Invisible(service, evidence);
            var unfinished = healths.FirstOrDefault(h => h.RateSufficient == null);
            if (unfinished != null)
                return ComponentVerdict.Unknown(component,
                    $"{ComponentStatements.Possessive(component.Name)} job '{unfinished.Job.Job.DisplayName}' has no finished run in the last {audit.AuditWindow.ToWords()}", lines);
            return ComponentVerdict.Met(component, $"{ComponentStatements.Possessive(component.Name)} jobs are healthy", lines,
                1 - healths.Min(h => h.SuccessRate!.Value));
        }
    }
}
