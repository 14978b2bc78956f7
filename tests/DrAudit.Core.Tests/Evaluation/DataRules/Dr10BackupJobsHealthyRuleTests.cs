using DrAudit.Core.Evaluation.Rules;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Support;
using static DrAudit.Core.Tests.Evaluation.DataRules.DataRuleScenario;

namespace DrAudit.Core.Tests.Evaluation.DataRules
{
    public class Dr10BackupJobsHealthyRuleTests
    {
        /// <summary>Component "db" with one job "j-db" whose runs (oldest first) start <paramref name="hoursApart"/> apart,
        /// the last one hour before asOf.</summary>
        private static Scenario WithRuns(double hoursApart, string tier, params RunResult[] results)
        {
            var s = New();
            s.Component("db");
            s.Job("j-db", "local", "90d", JobKind.Backup, "main", "db");
            for (int i = 0; i < results.Length; i++)
                s.Run("j-db", s.AsOf.AddHours(-1 - hoursApart * (results.Length - 1 - i)), results[i]);
            s.Service("payroll", tier, "db");
            return s;
        }

        private static RunResult[] Successes(int count, params RunResult[] then) =>
            Enumerable.Repeat(RunResult.Success, count).Concat(then).ToArray();

        [Fact]
        public void Regular_successful_runs_are_effective()
        {
            var s = New();
            Protect(s, "db");
            s.Service("payroll", "critical", "db");

            var j = Judge<Dr10BackupJobsHealthyRule>(s);

            Assert.Equal(Outcome.Effective, j.Outcome);
            Assert.Equal("Every backup job of Payroll ran in the last 35 days, succeeded at least 95 % of the time (lowest 100 %) and has no failure streak longer than 4 hours.", j.Statement);
            Assert.Contains("main: job 'j-db': 409 runs since 2026-09-27 00:00Z, 409 of 409 finished succeeded (100 %), last 0 unsuccessful, usual interval 2 hours", j.Evidence);
        }

        [Fact]
        public void A_streak_exactly_the_rpo_long_is_effective()
        {
            var s = WithRuns(1, "critical", Successes(100, RunResult.Failed, RunResult.Failed, RunResult.Failed, RunResult.Failed));

            Assert.Equal(Outcome.Effective, Judge<Dr10BackupJobsHealthyRule>(s).Outcome);
        }

        [Fact]
        public void A_streak_longer_than_the_rpo_is_ineffective()
        {
            var s = WithRuns(1, "critical", Successes(100, RunResult.Failed, RunResult.Failed, RunResult.Failed, RunResult.Failed, RunResult.Failed, RunResult.Running));

            var j = Judge<Dr10BackupJobsHealthyRule>(s);

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Equal("Payroll: its only component has unhealthy backup jobs: DB's job 'j-db' has failed its last 5 runs " +
                         "(about 5 hours without a good backup; the business accepts 4 hours).", j.Statement);
        }

        [Fact]
        public void Runs_of_unknown_result_extend_the_streak()
        {
            var s = WithRuns(1, "critical", Successes(100, RunResult.Failed, RunResult.Unknown, RunResult.Failed, RunResult.Unknown, RunResult.Failed));

            Assert.Contains("failed its last 5 runs", Judge<Dr10BackupJobsHealthyRule>(s).Statement);
        }

        [Fact]
        public void A_success_rate_of_exactly_95_percent_is_effective()
        {
            var runs = Successes(10, RunResult.Failed).Concat(Successes(9)).ToArray();
            var j = Judge<Dr10BackupJobsHealthyRule>(WithRuns(24, "important", runs));

            Assert.Equal(Outcome.Effective, j.Outcome);
            Assert.Contains("(lowest 95 %)", j.Statement);
        }

        [Fact]
        public void A_success_rate_below_95_percent_is_ineffective()
        {
            var runs = Successes(10, RunResult.Failed, RunResult.Failed).Concat(Successes(8)).ToArray();
            var j = Judge<Dr10BackupJobsHealthyRule>(WithRuns(24, "important", runs));

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Contains("DB's job 'j-db' succeeded in 90 % of 20 runs (95 % needed)", j.Statement);
        }

        [Fact]
        public void Warnings_count_as_success_and_unknown_results_do_not()
        {
            var warnings = Successes(10, Enumerable.Repeat(RunResult.Warning, 10).ToArray());
            var unknowns = Successes(10, RunResult.Unknown).Concat(Successes(9)).Concat(new[] { RunResult.Unknown }).Concat(Successes(1)).ToArray();

            Assert.Equal(Outcome.Effective, Judge<Dr10BackupJobsHealthyRule>(WithRuns(24, "important", warnings)).Outcome);
            var j = Judge<Dr10BackupJobsHealthyRule>(WithRuns(24, "important", unknowns));
            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Contains("succeeded in 90.9 % of 22 runs", j.Statement);
        }

        [Fact]
        public void A_single_failed_run_is_measured_from_its_start()
        {
            var s = New();
            s.Component("db");
            s.Job("j-db", "local", "90d", JobKind.Backup, "main", "db");
            s.Run("j-db", s.AsOf.AddHours(-5), RunResult.Failed);
            s.Service("payroll", "critical", "db");

            var j = Judge<Dr10BackupJobsHealthyRule>(s);

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Contains("failed its last 1 run (about 5 hours without a good backup", j.Statement);
            Assert.Contains("succeeded in 0 % of 1 runs", j.Statement);
        }

        [Fact]
        public void A_job_without_runs_in_the_window_is_ineffective()
        {
            var s = New();
            s.Component("db");
            s.Job("j-db", "local", "90d", JobKind.Backup, "main", "db");
            s.Run("j-db", s.AsOf.AddDays(-36));
            s.Service("payroll", "critical", "db");

            var j = Judge<Dr10BackupJobsHealthyRule>(s);

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Contains("DB's job 'j-db' has not run in the last 35 days", j.Statement);
        }

        [Fact]
        public void A_component_without_an_enabled_job_is_ineffective()
        {
            var s = New();
            s.Component("db");
            s.Service("payroll", "critical", "db");

            var j = Judge<Dr10BackupJobsHealthyRule>(s);

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Contains("DB has no enabled backup job, so no runs in the last 35 days", j.Statement);
        }

        [Fact]
        public void Only_running_runs_are_no_visibility()
        {
            var j = Judge<Dr10BackupJobsHealthyRule>(WithRuns(1, "critical", RunResult.Running));

            Assert.Equal(Outcome.NoVisibility, j.Outcome);
            Assert.Contains("DB's job 'j-db' has no finished run in the last 35 days", j.Statement);
        }

        [Fact]
        public void A_visible_unhealthy_job_is_ineffective_even_when_another_source_failed()
        {
            var s = WithRuns(1, "critical", Successes(5, RunResult.Failed, RunResult.Failed, RunResult.Failed, RunResult.Failed, RunResult.Failed, RunResult.Failed));
            s.Definition.Components[0].Backup!.Match.Add(new BackupMatch { Source = "veeam", Object = "db" });
            s.FailSource("veeam");

            Assert.Equal(Outcome.Ineffective, Judge<Dr10BackupJobsHealthyRule>(s).Outcome);
        }

        [Fact]
        public void Not_applicable_without_components_needing_backup()
        {
            var s = New();
            s.Component("saas", ComponentKind.Saas, match: false).Backup = new BackupSpec { Required = false, Reason = "vendor" };
            s.Service("payroll", "critical", "saas");

            Assert.Equal(Outcome.NotApplicable, Judge<Dr10BackupJobsHealthyRule>(s).Outcome);
        }
    }
}
