using DrAudit.Core.Evaluation;
using DrAudit.Core.Evaluation.Rules;
using DrAudit.Core.Model.Result;
using static DrAudit.Core.Tests.Evaluation.DataRules.DataRuleScenario;

namespace DrAudit.Core.Tests.Evaluation.DataRules
{
    /// <summary>Every data rule: a healthy component plus one whose only source failed is NoVisibility (never a pass),
    /// and the statement names the component that cannot be seen. Rule-specific wording is tested beside each rule.</summary>
    public class FailedSourceTests
    {
        public static TheoryData<ServiceRule> Rules => new TheoryData<ServiceRule>
        {
            new E8Rb01BackupsPerformedRule(), new E8Rb02BackupsSynchronisedRule(), new E8Rb03BackupsSecureRule(),
            new E8Rb11BackupsImmutableInRetentionRule(), new Dr02ComponentsProtectedRule(), new Dr03RecoveryPointWithinRpoRule(),
            new Dr08CopyOutOfReachRule(), new Dr10BackupJobsHealthyRule(),
        };

        [Theory]
        [MemberData(nameof(Rules))]
        public void A_component_hidden_by_a_failed_source_makes_the_service_no_visibility(ServiceRule rule)
        {
            var s = New();
            Protect(s, "db");
            s.Component("mail", source: "m365");
            s.FailSource("m365");
            s.Service("payroll", "critical", "db", "mail");

            var j = rule.Judge(s.ServiceContext("payroll"));

            Assert.Equal(Outcome.NoVisibility, j.Outcome);
            Assert.Contains("1 of 2 components", j.Statement);
            Assert.Contains("MAIL cannot be seen", j.Statement);
        }

        [Theory]
        [MemberData(nameof(Rules))]
        public void The_same_service_without_the_hidden_component_is_effective(ServiceRule rule)
        {
            var s = New();
            Protect(s, "db");
            s.Service("payroll", "critical", "db");

            Assert.Equal(Outcome.Effective, rule.Judge(s.ServiceContext("payroll")).Outcome);
        }
    }
}
