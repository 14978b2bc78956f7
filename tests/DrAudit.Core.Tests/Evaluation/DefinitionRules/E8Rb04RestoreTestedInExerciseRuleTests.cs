using DrAudit.Core.Evaluation;
using DrAudit.Core.Evaluation.Rules;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Support;

namespace DrAudit.Core.Tests.Evaluation.DefinitionRules
{
    public class E8Rb04RestoreTestedInExerciseRuleTests
    {
        private readonly Scenario _scenario = new Scenario();

        public E8Rb04RestoreTestedInExerciseRuleTests()
        {
            _scenario.Component("db");
            _scenario.Service("payroll", "critical", "db");
        }

        private Judgement Judge() => new E8Rb04RestoreTestedInExerciseRule().Judge(_scenario.ServiceContext("payroll"));

        [Fact]
        public void Successful_full_service_restore_in_an_exercise_this_year_is_effective_with_the_tests_quality()
        {
            _scenario.RestoreTest("payroll", _scenario.DaysAgo(50), RestoreScope.FullService, exercise: true).Quality = EvidenceQuality.Fair;
            var judgement = Judge();
            Assert.Equal(Outcome.Effective, judgement.Outcome);
            Assert.Equal(EvidenceQuality.Fair, judgement.Quality);
            Assert.Equal("Payroll's full-service restore was tested successfully in a DR exercise on 2026-09-12 (50 days ago).", judgement.Statement);
            Assert.Equal("client.yaml: restoreTests[2026-09-12] full-service, 2h, success, exercise", Assert.Single(judgement.Evidence));
        }

        [Theory]
        [InlineData(RestoreScope.System)]
        [InlineData(RestoreScope.Application)]
        public void System_and_application_restores_count(RestoreScope scope)
        {
            _scenario.RestoreTest("payroll", _scenario.DaysAgo(10), scope, exercise: true);
            Assert.Equal(Outcome.Effective, Judge().Outcome);
        }

        [Fact]
        public void Exercise_exactly_365_days_ago_is_effective()
        {
            _scenario.RestoreTest("payroll", _scenario.DaysAgo(365), exercise: true);
            Assert.Equal(Outcome.Effective, Judge().Outcome);
        }

        [Fact]
        public void Exercise_366_days_ago_is_ineffective()
        {
            _scenario.RestoreTest("payroll", _scenario.DaysAgo(366), exercise: true);
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Equal("Payroll's last full-service restore tested in a DR exercise was on 2025-10-31 (366 days ago); one is expected at least every 365 days.", judgement.Statement);
        }

        [Theory]
        [InlineData(RestoreScope.File)]
        [InlineData(RestoreScope.Item)]
        public void File_and_item_restores_never_count(RestoreScope scope)
        {
            _scenario.RestoreTest("payroll", _scenario.DaysAgo(10), scope, exercise: true);
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Equal("No restore of Payroll to a common point in time has been tested as part of a DR exercise; one is expected at least every 365 days.", judgement.Statement);
            Assert.Single(judgement.Evidence);
        }

        [Fact]
        public void Without_a_qualifying_test_only_the_newest_five_tests_are_cited_with_the_weakest_quality()
        {
            for (var day = 20; day > 12; day--)
                _scenario.RestoreTest("payroll", _scenario.DaysAgo(day), RestoreScope.System).Quality = EvidenceQuality.Excellent;
            _scenario.RestoreTest("payroll", _scenario.DaysAgo(1), RestoreScope.File).Quality = EvidenceQuality.Fair;
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Equal(EvidenceQuality.Fair, judgement.Quality);
            Assert.Equal(5, judgement.Evidence.Count);
            Assert.Contains("2026-10-31", judgement.Evidence[4]);
        }

        [Fact]
        public void A_restore_outside_an_exercise_does_not_count()
        {
            _scenario.RestoreTest("payroll", _scenario.DaysAgo(10), exercise: false);
            Assert.Equal(Outcome.Ineffective, Judge().Outcome);
        }

        [Theory]
        [InlineData(RestoreResult.Partial)]
        [InlineData(RestoreResult.Failed)]
        public void An_unsuccessful_restore_does_not_count(RestoreResult result)
        {
            _scenario.RestoreTest("payroll", _scenario.DaysAgo(10), result: result, exercise: true);
            Assert.Equal(Outcome.Ineffective, Judge().Outcome);
        }

        [Fact]
        public void No_restore_tests_is_ineffective_with_poor_quality()
        {
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Equal(EvidenceQuality.Poor, judgement.Quality);
        }

        [Fact]
        public void Another_services_exercise_and_tests_after_as_of_do_not_count()
        {
            _scenario.Service("email", "important", "db");
            _scenario.RestoreTest("email", _scenario.DaysAgo(10), exercise: true);
            _scenario.RestoreTest("payroll", _scenario.DaysAgo(-1), exercise: true);
            Assert.Equal(Outcome.Ineffective, Judge().Outcome);
        }

        [Fact]
        public void A_recent_exercise_wins_over_an_old_one()
        {
            _scenario.RestoreTest("payroll", _scenario.DaysAgo(400), exercise: true);
            _scenario.RestoreTest("payroll", _scenario.DaysAgo(100), exercise: true);
            _scenario.RestoreTest("payroll", _scenario.DaysAgo(5), RestoreScope.File, exercise: true);
            var judgement = Judge();
            Assert.Equal(Outcome.Effective, judgement.Outcome);
            Assert.Contains("2026-07-24", judgement.Statement);
        }
    }
}
