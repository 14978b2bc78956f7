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
            var healths = new List<ComponentJobHealth>(evidence.Jobs.Count);
            foreach (var job in evidence.Jobs)
                if (job.Job.Enabled) healths.Add(ComponentJobHealth.Of(job, audit.WindowStart, audit.AsOf));
            if (healths.Count == 0)
            {
                if (!evidence.Visible) return ComponentVerdict.Invisible(service, evidence);
                return ComponentVerdict.NotMet(component, (service, component),
                    static f => $"{f.component.Name} has no enabled backup job, so no runs in the last {f.service.Audit.AuditWindow.ToWords()}",
                    static f => CoverageCheck.Verdict(f.service, f.component).Evidence, 1e6).Because(Causes.CauseReference.NoBackupJob(component));
            }

            // The problems are counted and weighed here; they are worded only when a statement quotes them.
            var problems = 0;
            double weight = 0;
            foreach (var health in healths)
            {
                if (!health.HasRuns)
                {
                    problems++;
                    weight = System.Math.Max(weight, 1e5);
                    continue;
                }
                if (!health.StreakWithin(rpo))
                {
                    problems++;
                    weight = System.Math.Max(weight, health.StreakSpan.TotalHours);
                }
                if (health.RateSufficient == false)
                {
                    problems++;
                    weight = System.Math.Max(weight, (1 - health.SuccessRate!.Value) * 100);
                }
            }
            if (problems > 0)
            {
                // Failing jobs that leave the component past its RPO are the same gap as DR-03's "out of date".
                var recency = ComponentRecency.Verdict(service, component);
                var verdict = ComponentVerdict.NotMet(component, (component, healths, audit, rpo),
                    static f => Problems(f.component, f.healths, f.audit, f.rpo), static f => Lines(f.healths), weight);
                return recency.State == ComponentState.NotMet ? verdict.Because(recency.Causes) : verdict;
            }
            if (!evidence.Visible) return ComponentVerdict.Invisible(service, evidence);
            ComponentJobHealth? unfinished = null;
            var lowestRate = double.MaxValue;
            foreach (var health in healths)
            {
                if (health.RateSufficient == null)
                {
                    unfinished = health;
                    break;
                }
                lowestRate = System.Math.Min(lowestRate, health.SuccessRate!.Value);
            }
            if (unfinished != null)
                return ComponentVerdict.Unknown(component, (component, healths, unfinished, audit),
                    static f => $"{ComponentStatements.Possessive(f.component.Name)} job '{f.unfinished.Job.Job.DisplayName}' has no finished run in the last {f.audit.AuditWindow.ToWords()}",
                    static f => Lines(f.healths));
            return ComponentVerdict.Met(component, (component, healths),
                static f => $"{ComponentStatements.Possessive(f.component.Name)} jobs are healthy", static f => Lines(f.healths), 1 - lowestRate);
        }

        private static List<string> Lines(List<ComponentJobHealth> healths)
        {
            var lines = new List<string>(healths.Count);
            foreach (var health in healths) lines.Add(health.Describe());
            return lines;
        }

        /// <summary>"X's job 'A' has not run in the last 35 days, and X's job 'B' succeeded in 80 % of 20 runs (95 % needed)".</summary>
        private static string Problems(Component component, IReadOnlyList<ComponentJobHealth> healths, AuditContext audit, Duration rpo)
        {
            var problems = new List<string>();
            foreach (var health in healths)
            {
                var job = $"{ComponentStatements.Possessive(component.Name)} job '{health.Job.Job.DisplayName}'";
                if (!health.HasRuns)
                {
                    problems.Add($"{job} has not run in the last {audit.AuditWindow.ToWords()}");
                    continue;
                }
                if (!health.StreakWithin(rpo))
                    problems.Add($"{job} has failed its last {ComponentStatements.N(health.Streak)} {(health.Streak == 1 ? "run" : "runs")} " +
                                 $"(about {DurationWords.Of(health.StreakSpan)} without a good backup; the business accepts {rpo.ToWords()})");
                if (health.RateSufficient == false)
                    problems.Add($"{job} succeeded in {ComponentStatements.Percent(health.SuccessRate!.Value)} of {ComponentStatements.N(health.Finished)} runs " +
                                 $"({ComponentStatements.N(ComponentJobHealth.RequiredSuccessPercent)} % needed)");
            }
            return string.Join(", and ", problems);
        }
    }
}
