using DrAudit.Core.Evaluation.Rules;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using static DrAudit.Core.Tests.Evaluation.DataRules.DataRuleScenario;

namespace DrAudit.Core.Tests.Evaluation.DataRules
{
    public class Dr03RecoveryPointWithinRpoRuleTests
    {
        [Fact]
        public void Fresh_points_are_effective_and_quote_the_oldest()
        {
            var s = New();
            Protect(s, "db");
            Protect(s, "app", newestAge: TimeSpan.FromHours(3.5));
            s.Service("email", "critical", "db", "app");

            var j = Judge<Dr03RecoveryPointWithinRpoRule>(s, "email");

            Assert.Equal(Outcome.Effective, j.Outcome);
            Assert.Equal("Every component of Email has a restore point within 4 hours; the oldest of them (APP) is 3.5 hours old.", j.Statement);
            Assert.Equal(EvidenceQuality.Fair, j.Quality);
        }

        [Fact]
        public void A_point_exactly_rpo_old_is_effective()
        {
            var s = New();
            Protect(s, "db", newestAge: TimeSpan.FromHours(4));
            s.Service("payroll", "critical", "db");

            Assert.Equal(Outcome.Effective, Judge<Dr03RecoveryPointWithinRpoRule>(s).Outcome);
        }

        [Fact]
        public void A_point_one_minute_older_than_rpo_is_ineffective()
        {
            var s = New();
            Protect(s, "db", newestAge: TimeSpan.FromMinutes(4 * 60 + 1));
            s.Service("payroll", "critical", "db");

            var j = Judge<Dr03RecoveryPointWithinRpoRule>(s);

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.EndsWith("the business accepts 4 hours.", j.Statement);
        }

        [Fact]
        public void The_worst_component_is_quoted_in_business_terms()
        {
            var s = New();
            Protect(s, "db", newestAge: TimeSpan.FromHours(31));
            s.Service("payroll", "critical", "db");

            var j = Judge<Dr03RecoveryPointWithinRpoRule>(s);

            Assert.Equal("Payroll's newest recovery point (DB) is 31 hours old; the business accepts 4 hours.", j.Statement);
            Assert.Contains(j.Evidence, e => e.StartsWith("main: point of 'db' at 2026-10-30 17:00Z") && e.EndsWith("31 hours old"));
        }

        [Fact]
        public void Several_late_components_are_counted_worst_first()
        {
            var s = New();
            Protect(s, "db", newestAge: TimeSpan.FromHours(6));
            Protect(s, "app", newestAge: TimeSpan.FromHours(50));
            Protect(s, "web");
            s.Service("payroll", "critical", "db", "app", "web");

            var j = Judge<Dr03RecoveryPointWithinRpoRule>(s);

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Equal("Payroll's newest recovery point (APP) is 50 hours old; the business accepts 4 hours (2 of 3 components are past it: APP and DB).", j.Statement);
        }

        [Fact]
        public void A_component_without_a_point_is_ineffective()
        {
            var s = New();
            s.Component("db");
            s.Service("payroll", "important", "db");

            var j = Judge<Dr03RecoveryPointWithinRpoRule>(s);

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Equal("Payroll has no good recovery point of DB; the business accepts 24 hours of data loss.", j.Statement);
        }

        [Fact]
        public void Points_after_as_of_are_ignored()
        {
            var s = New();
            Protect(s, "db", newestAge: TimeSpan.FromHours(10));
            Point(s, "db", s.AsOf.AddHours(1));
            s.Service("payroll", "critical", "db");

            var j = Judge<Dr03RecoveryPointWithinRpoRule>(s);

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Contains("10 hours old", j.Statement);
        }

        [Fact]
        public void A_failed_source_is_no_visibility()
        {
            var s = New();
            s.Component("db", source: "veeam");
            s.FailSource("veeam", "certificate mismatch");
            s.Service("payroll", "critical", "db");

            var j = Judge<Dr03RecoveryPointWithinRpoRule>(s);

            Assert.Equal(Outcome.NoVisibility, j.Outcome);
            Assert.Equal("Payroll: recovery points cannot be confirmed for its only component: DB cannot be seen (source 'veeam' could not be read).", j.Statement);
        }

        [Fact]
        public void Not_applicable_without_components_needing_backup()
        {
            var s = New();
            s.Component("saas", ComponentKind.Saas, match: false).Backup = new BackupSpec { Required = false, Reason = "vendor" };
            s.Service("payroll", "critical", "saas");

            Assert.Equal(Outcome.NotApplicable, Judge<Dr03RecoveryPointWithinRpoRule>(s).Outcome);
        }
    }
}
