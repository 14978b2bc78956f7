using DrAudit.Core.Evaluation.Rules;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using static DrAudit.Core.Tests.Evaluation.DataRules.DataRuleScenario;

namespace DrAudit.Core.Tests.Evaluation.DataRules
{
    public class Dr02ComponentsProtectedRuleTests
    {
        [Fact]
        public void Every_component_with_an_enabled_job_is_effective()
        {
            var s = New();
            Protect(s, "db");
            Protect(s, "app");
            s.Component("saas", ComponentKind.Saas, match: false).Backup = new BackupSpec { Required = false, Reason = "vendor hosted" };
            s.Service("payroll", "critical", "db", "app", "saas");

            var j = Judge<Dr02ComponentsProtectedRule>(s);

            Assert.Equal(Outcome.Effective, j.Outcome);
            Assert.Equal("Every component of Payroll that needs backup is protected by an enabled backup job (2 components).", j.Statement);
            Assert.Contains("main: job 'j-db' is enabled and protects DB", j.Evidence);
        }

        [Fact]
        public void Components_without_jobs_are_named_with_the_count()
        {
            var s = New();
            Protect(s, "db");
            s.Component("licence", ComponentKind.Licence);
            s.Component("fw", ComponentKind.Network, match: false);
            s.Service("payroll", "critical", "db", "licence", "fw");

            var j = Judge<Dr02ComponentsProtectedRule>(s);

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Equal("Payroll: 2 of 3 components have no backup job (LICENCE and FW).", j.Statement);
        }

        [Fact]
        public void A_disabled_job_is_a_gap_and_says_so()
        {
            var s = New();
            Protect(s, "db");
            foreach (var job in s.Source("main").Jobs) job.Enabled = false;
            s.Service("payroll", "critical", "db");

            var j = Judge<Dr02ComponentsProtectedRule>(s);

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Equal("Payroll: its only component is not protected: DB has only disabled backup jobs ('j-db', 'c-db').", j.Statement);
            Assert.Contains("main: job 'j-db' is disabled", j.Evidence);
        }

        [Fact]
        public void An_exclusion_without_a_reason_is_a_gap()
        {
            var s = New();
            s.Component("saas", ComponentKind.Saas, match: false).Backup = new BackupSpec { Required = false, Reason = " " };
            s.Service("payroll", "critical", "saas");

            var j = Judge<Dr02ComponentsProtectedRule>(s);

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Contains("SAAS is excluded from backup without a reason", j.Statement);
        }

        [Fact]
        public void A_failed_source_is_no_visibility()
        {
            var s = New();
            Protect(s, "db");
            s.Component("mail", ComponentKind.M365Mailbox, source: "m365");
            s.FailSource("m365", "consent revoked");
            s.Service("payroll", "critical", "db", "mail");

            var j = Judge<Dr02ComponentsProtectedRule>(s);

            Assert.Equal(Outcome.NoVisibility, j.Outcome);
            Assert.Equal("Payroll: backup coverage cannot be confirmed for 1 of 2 components: MAIL cannot be seen (source 'm365' could not be read).", j.Statement);
        }

        [Fact]
        public void Not_applicable_when_nothing_needs_backup()
        {
            var s = New();
            s.Component("saas", ComponentKind.Saas, match: false).Backup = new BackupSpec { Required = false, Reason = "vendor" };
            s.Service("payroll", "critical", "saas");

            var j = Judge<Dr02ComponentsProtectedRule>(s);

            Assert.Equal(Outcome.NotApplicable, j.Outcome);
            Assert.Equal("Payroll has no component that needs backup.", j.Statement);
        }
    }
}
