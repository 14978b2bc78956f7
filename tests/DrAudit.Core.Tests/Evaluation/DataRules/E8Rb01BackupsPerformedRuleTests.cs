using DrAudit.Core.Evaluation.Rules;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Model.Result;
using static DrAudit.Core.Tests.Evaluation.DataRules.DataRuleScenario;

namespace DrAudit.Core.Tests.Evaluation.DataRules
{
    public class E8Rb01BackupsPerformedRuleTests
    {
        [Fact]
        public void Components_with_jobs_fresh_points_and_retention_are_effective()
        {
            var s = New();
            Protect(s, "db");
            Protect(s, "app", newestAge: TimeSpan.FromHours(3.5));
            s.Service("payroll", "critical", "db", "app");

            var j = Judge<E8Rb01BackupsPerformedRule>(s);

            Assert.Equal(Outcome.Effective, j.Outcome);
            Assert.Equal(EvidenceQuality.Fair, j.Quality);
            Assert.Contains("within 4 hours", j.Statement);
            Assert.Contains("3.5 hours", j.Statement);
            Assert.Contains("90 days", j.Statement);
            Assert.NotEmpty(j.Evidence);
            Assert.True(j.Evidence.Count <= 10);
        }

        [Fact]
        public void A_component_without_any_job_is_ineffective_and_named()
        {
            var s = New();
            Protect(s, "db");
            s.Component("fw");
            s.Service("payroll", "critical", "db", "fw");

            var j = Judge<E8Rb01BackupsPerformedRule>(s);

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Equal("Payroll: 1 of 2 components is not backed up and retained as required: FW has no backup job.", j.Statement);
            Assert.Contains(j.Evidence, e => e.Contains("no job protects an object matching 'fw'"));
        }

        [Fact]
        public void A_component_without_a_backup_block_is_a_gap()
        {
            var s = New();
            s.Component("licence", ComponentKind.Licence, match: false);
            s.Service("payroll", "critical", "licence");

            var j = Judge<E8Rb01BackupsPerformedRule>(s);

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Contains("LICENCE has no backup job", j.Statement);
            Assert.Equal(EvidenceQuality.Poor, j.Quality);
        }

        [Fact]
        public void Only_disabled_jobs_protect_nothing()
        {
            var s = New();
            Protect(s, "db");
            foreach (var job in s.Source("main").Jobs) job.Enabled = false;
            s.Service("payroll", "critical", "db");

            var j = Judge<E8Rb01BackupsPerformedRule>(s);

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Contains("DB has only disabled backup jobs ('j-db', 'c-db')", j.Statement);
        }

        [Fact]
        public void Newest_point_exactly_rpo_old_is_effective()
        {
            var s = New();
            Protect(s, "db", newestAge: TimeSpan.FromHours(4));
            s.Service("payroll", "critical", "db");

            Assert.Equal(Outcome.Effective, Judge<E8Rb01BackupsPerformedRule>(s).Outcome);
        }

        [Fact]
        public void Newest_point_one_minute_past_rpo_is_ineffective()
        {
            var s = New();
            Protect(s, "db", newestAge: TimeSpan.FromHours(4) + TimeSpan.FromMinutes(1));
            s.Service("payroll", "critical", "db");

            var j = Judge<E8Rb01BackupsPerformedRule>(s);

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Contains("the business accepts 4 hours", j.Statement);
        }

        [Fact]
        public void A_stale_point_quotes_its_age()
        {
            var s = New();
            Protect(s, "db", newestAge: TimeSpan.FromHours(31));
            s.Service("payroll", "critical", "db");

            var j = Judge<E8Rb01BackupsPerformedRule>(s);

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Equal("Payroll: its only component is not backed up and retained as required: DB's newest good restore point is 31 hours old (the business accepts 4 hours).", j.Statement);
        }

        [Fact]
        public void Points_of_failed_runs_are_not_good()
        {
            var s = New();
            Protect(s, "db", newestAge: TimeSpan.FromHours(10));
            s.Source("main").Runs.Add(new JobRun { Job = "j-db", Start = s.AsOf.AddHours(-1), Result = RunResult.Failed });
            Point(s, "db", s.AsOf.AddHours(-1), job: "j-db");
            s.Service("payroll", "critical", "db");

            var j = Judge<E8Rb01BackupsPerformedRule>(s);

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Contains("10 hours old", j.Statement);
        }

        [Fact]
        public void Retention_shorter_than_the_service_needs_is_ineffective()
        {
            var s = New();
            Protect(s, "db");
            foreach (var job in s.Source("main").Jobs) job.Retention = Model.Duration.FromDays(30);
            s.Service("payroll", "critical", "db");

            var j = Judge<E8Rb01BackupsPerformedRule>(s);

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Contains("DB's jobs keep points for at most 30 days (the service needs 90 days)", j.Statement);
        }

        [Fact]
        public void Retention_exactly_the_service_retention_is_effective()
        {
            var s = New();
            Protect(s, "db");
            foreach (var job in s.Source("main").Jobs) job.Retention = Model.Duration.FromDays(30);
            s.Service("payroll", "important", "db");

            Assert.Equal(Outcome.Effective, Judge<E8Rb01BackupsPerformedRule>(s).Outcome);
        }

        [Fact]
        public void Unstated_retention_is_no_visibility()
        {
            var s = New();
            Protect(s, "db");
            foreach (var job in s.Source("main").Jobs) job.Retention = null;
            s.Service("payroll", "critical", "db");

            var j = Judge<E8Rb01BackupsPerformedRule>(s);

            Assert.Equal(Outcome.NoVisibility, j.Outcome);
            Assert.Null(j.Quality);
            Assert.Contains("retention of DB's job 'j-db' is not stated", j.Statement);
        }

        [Fact]
        public void Unstated_retention_does_not_hide_a_stale_point()
        {
            var s = New();
            Protect(s, "db", newestAge: TimeSpan.FromDays(2));
            foreach (var job in s.Source("main").Jobs) job.Retention = null;
            s.Service("payroll", "critical", "db");

            var j = Judge<E8Rb01BackupsPerformedRule>(s);

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Contains("48 hours old", j.Statement);
        }

        [Fact]
        public void A_failed_source_is_no_visibility()
        {
            var s = New();
            Protect(s, "db");
            s.Component("mail", source: "m365");
            s.FailSource("m365", "token expired");
            s.Service("payroll", "critical", "db", "mail");

            var j = Judge<E8Rb01BackupsPerformedRule>(s);

            Assert.Equal(Outcome.NoVisibility, j.Outcome);
            Assert.Contains("1 of 2 components", j.Statement);
            Assert.Contains("MAIL cannot be seen (source 'm365' could not be read)", j.Statement);
            Assert.Contains("m365: source could not be read (see Sources)", j.Evidence);
            Assert.DoesNotContain("token expired", j.Statement + string.Join(" ", j.Evidence));
        }

        [Fact]
        public void A_service_with_nothing_needing_backup_is_not_applicable()
        {
            var s = New();
            var saas = s.Component("saas", ComponentKind.Saas, match: false);
            saas.Backup = new BackupSpec { Required = false, Reason = "Vendor hosted" };
            s.Service("payroll", "critical", "saas");

            var j = Judge<E8Rb01BackupsPerformedRule>(s);

            Assert.Equal(Outcome.NotApplicable, j.Outcome);
            Assert.Equal("Payroll has no component that needs backup.", j.Statement);
        }
    }
}
