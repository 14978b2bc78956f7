using DrAudit.Core.Evaluation;
using DrAudit.Core.Evaluation.Rules;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Support;

namespace DrAudit.Core.Tests.Evaluation.DefinitionRules
{
    public class Dr06RepresentativeRestoreRecentRuleTests
    {
        private readonly Scenario _scenario = new Scenario();

        public Dr06RepresentativeRestoreRecentRuleTests()
        {
            _scenario.Component("db");
            _scenario.Service("payroll", "critical", "db"); // restoreTestEvery 180d
            _scenario.Service("email", "important", "db");  // restoreTestEvery 365d
        }

        private Judgement Judge(string service = "payroll") => new Dr06RepresentativeRestoreRecentRule().Judge(_scenario.ServiceContext(service));

        [Fact]
        public void Recent_system_restore_is_effective_with_the_tests_quality()
        {
            _scenario.RestoreTest("payroll", _scenario.DaysAgo(20), RestoreScope.System).Quality = EvidenceQuality.Excellent;
            var judgement = Judge();
            Assert.Equal(Outcome.Effective, judgement.Outcome);
            Assert.Equal(EvidenceQuality.Excellent, judgement.Quality);
            Assert.Equal("Payroll's last successful system restore was tested on 2026-10-12 (20 days ago); the business expects one every 180 days.", judgement.Statement);
        }

        [Fact]
        public void Test_exactly_restore_test_every_old_is_effective()
        {
            _scenario.RestoreTest("payroll", _scenario.DaysAgo(180), RestoreScope.Application);
            Assert.Equal(Outcome.Effective, Judge().Outcome);
        }

        [Fact]
        public void Test_one_day_older_than_restore_test_every_is_ineffective()
        {
            _scenario.RestoreTest("payroll", _scenario.DaysAgo(181), RestoreScope.FullService);
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Equal("No restore of Payroll has been tested since 2026-05-04 (181 days); the business expects one every 180 days.", judgement.Statement);
        }

        [Fact]
        public void The_services_own_interval_applies()
        {
            _scenario.RestoreTest("email", _scenario.DaysAgo(300), RestoreScope.FullService);
            Assert.Equal(Outcome.Effective, Judge("email").Outcome);
        }

        [Fact]
        public void File_restores_and_failed_restores_do_not_count()
        {
            _scenario.RestoreTest("payroll", _scenario.DaysAgo(5), RestoreScope.File);
            _scenario.RestoreTest("payroll", _scenario.DaysAgo(4), RestoreScope.FullService, result: RestoreResult.Failed);
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Equal("No successful system, application or full-service restore of Payroll has been tested; the business expects one every 180 days.", judgement.Statement);
            Assert.Equal(2, judgement.Evidence.Count);
        }

        [Fact]
        public void No_test_is_ineffective()
        {
            Assert.Equal(Outcome.Ineffective, Judge().Outcome);
        }
    }
}
