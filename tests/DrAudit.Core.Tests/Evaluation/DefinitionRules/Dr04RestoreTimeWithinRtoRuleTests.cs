using DrAudit.Core.Evaluation;
using DrAudit.Core.Evaluation.Rules;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Support;

namespace DrAudit.Core.Tests.Evaluation.DefinitionRules
{
    public class Dr04RestoreTimeWithinRtoRuleTests
    {
        private readonly Scenario _scenario = new Scenario();

        public Dr04RestoreTimeWithinRtoRuleTests()
        {
            _scenario.Component("db");
            _scenario.Service("practice-management", "critical", "db"); // RTO 8h
        }

        private Judgement Judge() => new Dr04RestoreTimeWithinRtoRule().Judge(_scenario.ServiceContext("practice-management"));

        [Fact]
        public void Restore_within_rto_is_effective_with_the_tests_quality()
        {
            var test = _scenario.RestoreTest("practice-management", _scenario.DaysAgo(50), RestoreScope.FullService, "5h30m");
            test.ValidatedBy = "Dr Priya Shah";
            test.Quality = EvidenceQuality.Excellent;
            var judgement = Judge();
            Assert.Equal(Outcome.Effective, judgement.Outcome);
            Assert.Equal(EvidenceQuality.Excellent, judgement.Quality);
            Assert.Equal("client.yaml: restoreTests[2026-09-12] full-service, 5h30m, success, validated by Dr Priya Shah", Assert.Single(judgement.Evidence));
        }

        [Fact]
        public void Duration_exactly_rto_is_effective()
        {
            _scenario.RestoreTest("practice-management", _scenario.DaysAgo(50), RestoreScope.Application, "8h");
            Assert.Equal(Outcome.Effective, Judge().Outcome);
        }

        [Fact]
        public void Duration_over_rto_is_ineffective()
        {
            _scenario.RestoreTest("practice-management", _scenario.DaysAgo(50), RestoreScope.FullService, "9h30m");
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Equal("Practice management's last successful full-service restore took 9.5 hours (2026-09-12); the business accepts 8 hours.", judgement.Statement);
        }

        [Fact]
        public void One_minute_over_rto_is_ineffective()
        {
            _scenario.RestoreTest("practice-management", _scenario.DaysAgo(50), RestoreScope.FullService, "8h1m");
            Assert.Equal(Outcome.Ineffective, Judge().Outcome);
        }

        [Fact]
        public void Missing_duration_is_no_visibility()
        {
            _scenario.RestoreTest("practice-management", _scenario.DaysAgo(50), RestoreScope.FullService, duration: null);
            var judgement = Judge();
            Assert.Equal(Outcome.NoVisibility, judgement.Outcome);
            Assert.Contains("did not record how long it took", judgement.Statement);
        }

        [Fact]
        public void No_application_or_full_service_test_is_ineffective()
        {
            _scenario.RestoreTest("practice-management", _scenario.DaysAgo(5), RestoreScope.System, "1h");
            _scenario.RestoreTest("practice-management", _scenario.DaysAgo(4), RestoreScope.File, "1m");
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Equal("No successful application or full-service restore of Practice management has been tested, so nothing shows it can be back within the 8 hours the business accepts.", judgement.Statement);
            Assert.Equal(2, judgement.Evidence.Count);
        }

        [Fact]
        public void The_latest_successful_test_decides_even_when_an_older_one_was_faster()
        {
            _scenario.RestoreTest("practice-management", _scenario.DaysAgo(200), RestoreScope.FullService, "3h");
            _scenario.RestoreTest("practice-management", _scenario.DaysAgo(20), RestoreScope.FullService, "12h");
            Assert.Equal(Outcome.Ineffective, Judge().Outcome);
        }

        [Fact]
        public void Unsuccessful_tests_are_ignored()
        {
            _scenario.RestoreTest("practice-management", _scenario.DaysAgo(200), RestoreScope.FullService, "3h");
            _scenario.RestoreTest("practice-management", _scenario.DaysAgo(20), RestoreScope.FullService, "1h", RestoreResult.Failed);
            _scenario.RestoreTest("practice-management", _scenario.DaysAgo(10), RestoreScope.FullService, "20h", RestoreResult.Partial);
            var judgement = Judge();
            Assert.Equal(Outcome.Effective, judgement.Outcome);
            Assert.Contains("took 3 hours", judgement.Statement);
        }
    }
}
