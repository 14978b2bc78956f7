using DrAudit.Core.Evaluation;
using DrAudit.Core.Evaluation.Rules;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Support;

namespace DrAudit.Core.Tests.Evaluation.DefinitionRules
{
    public class Dr01TargetsApprovedRuleTests
    {
        private readonly Scenario _scenario = new Scenario();
        private readonly Service _service;

        public Dr01TargetsApprovedRuleTests()
        {
            _scenario.Component("db");
            _service = _scenario.Service("payroll", "critical", "db");
        }

        private Judgement Judge() => new Dr01TargetsApprovedRule().Judge(_scenario.ServiceContext("payroll"));

        private void Approve(string? by, DateTimeOffset? on)
        {
            _service.Targets.ApprovedBy = by;
            _service.Targets.ApprovedOn = on;
        }

        [Fact]
        public void Recent_named_approval_is_effective()
        {
            Approve("Dr Priya Shah", new DateTimeOffset(2026, 2, 14, 0, 0, 0, TimeSpan.Zero));
            var judgement = Judge();
            Assert.Equal(Outcome.Effective, judgement.Outcome);
            Assert.Equal(EvidenceQuality.Poor, judgement.Quality);
            Assert.Equal("Payroll's recovery targets (RPO 4 hours, RTO 8 hours) were approved by Dr Priya Shah on 2026-02-14 (260 days ago).", judgement.Statement);
            Assert.Equal("client.yaml: services[payroll].targets rpo 4h, rto 8h, approvedBy Dr Priya Shah, approvedOn 2026-02-14", Assert.Single(judgement.Evidence));
        }

        [Fact]
        public void Approval_exactly_365_days_old_is_effective()
        {
            Approve("Dr Priya Shah", _scenario.DaysAgo(365));
            Assert.Equal(Outcome.Effective, Judge().Outcome);
        }

        [Fact]
        public void Approval_366_days_old_is_ineffective()
        {
            Approve("Dr Priya Shah", _scenario.DaysAgo(366));
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Equal("Payroll's recovery targets (RPO 4 hours, RTO 8 hours) were last approved by Dr Priya Shah on 2025-10-31 (366 days ago); approval is expected at least every 365 days.", judgement.Statement);
        }

        [Fact]
        public void Tier_defaults_without_approval_are_ineffective()
        {
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Equal("Payroll's recovery targets (RPO 4 hours, RTO 8 hours) have not been approved by anyone in the business.", judgement.Statement);
        }

        [Fact]
        public void Approval_without_a_name_is_ineffective()
        {
            Approve(" ", _scenario.DaysAgo(10));
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Contains("not who gave it", judgement.Statement);
        }

        [Fact]
        public void Approval_without_a_date_is_ineffective()
        {
            Approve("Dr Priya Shah", null);
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Contains("not when", judgement.Statement);
        }

        [Fact]
        public void Approval_dated_after_as_of_is_not_an_approval_yet()
        {
            Approve("Dr Priya Shah", _scenario.DaysAgo(-1));
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Contains("2026-11-02", judgement.Statement);
            Assert.Contains("not approved yet", judgement.Statement);
        }
    }
}
