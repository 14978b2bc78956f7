using DrAudit.Core.Evaluation.Rules;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using static DrAudit.Core.Tests.Evaluation.DataRules.DataRuleScenario;

namespace DrAudit.Core.Tests.Evaluation.DataRules
{
    public class Dr14Microsoft365BackedUpRuleTests
    {
        [Fact]
        public void Microsoft_365_components_with_enabled_jobs_are_effective()
        {
            var s = New();
            Protect(s, "mailboxes", source: "m365").Kind = ComponentKind.M365Mailbox;
            Protect(s, "sharepoint", source: "m365").Kind = ComponentKind.M365Site;
            Protect(s, "db");
            s.Service("email", "important", "mailboxes", "sharepoint", "db");

            var j = Judge<Dr14Microsoft365BackedUpRule>(s, "email");

            Assert.Equal(Outcome.Effective, j.Outcome);
            Assert.Equal("Every Microsoft 365 component of Email (2) is protected by an enabled backup job.", j.Statement);
        }

        [Fact]
        public void An_unprotected_mailbox_is_ineffective_even_when_not_required()
        {
            var s = New();
            var mail = s.Component("mailboxes", ComponentKind.M365Mailbox, match: false);
            mail.Backup = new BackupSpec { Required = false, Reason = "Microsoft keeps deleted items" };
            s.Service("email", "important", "mailboxes");

            var j = Judge<Dr14Microsoft365BackedUpRule>(s, "email");

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Equal("Email: 1 of 1 Microsoft 365 component has no backup of its own beyond Microsoft's retention: MAILBOXES has no backup job.", j.Statement);
        }

        [Fact]
        public void A_disabled_job_is_ineffective()
        {
            var s = New();
            Protect(s, "onedrive", source: "m365").Kind = ComponentKind.M365OneDrive;
            foreach (var job in s.Source("m365").Jobs) job.Enabled = false;
            s.Service("email", "important", "onedrive");

            var j = Judge<Dr14Microsoft365BackedUpRule>(s, "email");

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Contains("ONEDRIVE has only disabled backup jobs", j.Statement);
        }

        [Fact]
        public void A_failed_source_is_no_visibility()
        {
            var s = New();
            s.Component("mailboxes", ComponentKind.M365Mailbox, source: "m365");
            s.FailSource("m365", "throttled");
            s.Service("email", "important", "mailboxes");

            var j = Judge<Dr14Microsoft365BackedUpRule>(s, "email");

            Assert.Equal(Outcome.NoVisibility, j.Outcome);
            Assert.Contains("source 'm365' could not be read", j.Statement);
            Assert.DoesNotContain("throttled", j.Statement);
        }

        [Fact]
        public void Not_applicable_without_microsoft_365_components()
        {
            var s = New();
            Protect(s, "db");
            s.Service("payroll", "critical", "db");

            var j = Judge<Dr14Microsoft365BackedUpRule>(s);

            Assert.Equal(Outcome.NotApplicable, j.Outcome);
            Assert.Equal("Payroll has no Microsoft 365 component.", j.Statement);
        }
    }
}
