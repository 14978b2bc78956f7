using DrAudit.Core.Evaluation;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Tests.Support;

namespace DrAudit.Core.Tests.Evaluation.DataRules
{
    /// <summary>Shared set-up for the data rule tests: a scenario with an onsite repository "local" (encrypted,
    /// mutable, shares production credentials) and a cloud repository "cloud" (encrypted, immutable 90 days,
    /// separate credentials), and components protected by a backup job to "local" and a copy job to "cloud".</summary>
    internal static class DataRuleScenario
    {
        public static Scenario New()
        {
            var scenario = new Scenario();
            AddRepositories(scenario, "main");
            return scenario;
        }

        private static void AddRepositories(Scenario scenario, string source)
        {
            if (scenario.Source(source).Repositories.Count > 0) return;
            scenario.Repository("local", RepositoryLocation.Onsite, source: source);
            scenario.Repository("cloud", RepositoryLocation.Cloud, immutable: true, immutableDays: 90, sharesProductionCredentials: false, source: source);
        }

        /// <summary>Adds component <paramref name="id"/> with jobs "j-id" (to local) and "c-id" (copy to cloud), each
        /// run successfully every <paramref name="interval"/> (default 2h) over the audit window, the newest run
        /// <paramref name="newestAge"/> (default 1h) before asOf.</summary>
        public static Component Protect(Scenario scenario, string id, TimeSpan? newestAge = null, TimeSpan? interval = null, string source = "main")
        {
            AddRepositories(scenario, source);
            var component = scenario.Component(id, source: source);
            scenario.Job("j-" + id, "local", "90d", JobKind.Backup, source, id);
            scenario.Job("c-" + id, "cloud", "90d", JobKind.Copy, source, id);
            var step = interval ?? TimeSpan.FromHours(2);
            var last = scenario.AsOf - (newestAge ?? TimeSpan.FromHours(1));
            var first = last - TimeSpan.FromTicks(step.Ticks * (long)Math.Floor(TimeSpan.FromDays(34).Ticks / (double)step.Ticks));
            scenario.Runs("j-" + id, first, last, step, source: source);
            scenario.Runs("c-" + id, first, last, step, source: source);
            return component;
        }

        /// <summary>Adds a restore point (no run) of <paramref name="objectName"/> at <paramref name="time"/>.</summary>
        public static void Point(Scenario scenario, string objectName, DateTimeOffset time, string? repository = "local", string? job = null, string source = "main") =>
            scenario.Source(source).RestorePoints.Add(new RestorePoint { Object = objectName, Time = time, Repository = repository, Job = job });

        public static Judgement Judge<TRule>(Scenario scenario, string service = "payroll") where TRule : ServiceRule, new() =>
            new TRule().Judge(scenario.ServiceContext(service));
    }
}
