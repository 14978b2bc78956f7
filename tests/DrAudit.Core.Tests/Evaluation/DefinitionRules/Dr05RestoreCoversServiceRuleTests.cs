using DrAudit.Core.Evaluation;
using DrAudit.Core.Evaluation.Rules;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Support;

namespace DrAudit.Core.Tests.Evaluation.DefinitionRules
{
    public class Dr05RestoreCoversServiceRuleTests
    {
        private readonly Scenario _scenario = new Scenario();

        public Dr05RestoreCoversServiceRuleTests()
        {
            _scenario.Component("db");
            _scenario.Component("app");
            _scenario.Component("idp", ComponentKind.Identity);
            _scenario.Service("payroll", "critical", "db", "app", "idp");
        }

        private Judgement Judge() => new Dr05RestoreCoversServiceRule().Judge(_scenario.ServiceContext("payroll"));

        [Fact]
        public void Latest_full_service_test_is_effective_whatever_its_result()
        {
            _scenario.RestoreTest("payroll", _scenario.DaysAgo(30), RestoreScope.FullService, result: RestoreResult.Failed).Quality = EvidenceQuality.Fair;
            var judgement = Judge();
            Assert.Equal(Outcome.Effective, judgement.Outcome);
            Assert.Equal(EvidenceQuality.Fair, judgement.Quality);
            Assert.Equal("Payroll's latest application or full-service restore test (2026-10-02) restored the full service.", judgement.Statement);
            Assert.Contains("failed", Assert.Single(judgement.Evidence));
        }

        [Fact]
        public void Application_test_of_all_components_by_default_is_effective()
        {
            _scenario.RestoreTest("payroll", _scenario.DaysAgo(30), RestoreScope.Application);
            Assert.Equal(Outcome.Effective, Judge().Outcome);
        }

        [Fact]
        public void Application_test_listing_every_component_is_effective()
        {
            _scenario.RestoreTest("payroll", _scenario.DaysAgo(30), RestoreScope.Application, components: new[] { "idp", "db", "app" });
            Assert.Equal(Outcome.Effective, Judge().Outcome);
        }

        [Fact]
        public void Application_test_missing_a_component_is_ineffective_and_names_it()
        {
            _scenario.RestoreTest("payroll", _scenario.DaysAgo(30), RestoreScope.Application, components: new[] { "db", "app" });
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Equal("Payroll's latest application restore test (2026-10-02) restored the application without IDP, so it did not cover the whole service.", judgement.Statement);
        }

        [Theory]
        [InlineData(RestoreScope.File)]
        [InlineData(RestoreScope.Item)]
        [InlineData(RestoreScope.System)]
        public void A_later_narrower_test_neither_counts_nor_replaces_a_full_service_one(RestoreScope narrower)
        {
            _scenario.RestoreTest("payroll", _scenario.DaysAgo(100), RestoreScope.FullService);
            _scenario.RestoreTest("payroll", _scenario.DaysAgo(10), narrower);
            _scenario.RestoreTest("payroll", _scenario.DaysAgo(1), narrower, result: RestoreResult.Failed);
            var judgement = Judge();
            Assert.Equal(Outcome.Effective, judgement.Outcome);
            Assert.Contains("(2026-07-24)", judgement.Statement);
        }

        [Fact]
        public void Nightly_automated_boot_checks_do_not_replace_an_incomplete_application_test()
        {
            _scenario.RestoreTest("payroll", _scenario.DaysAgo(60), RestoreScope.Application, components: new[] { "db" });
            for (var day = 1; day <= 30; day++)
                _scenario.RestoreTest("payroll", _scenario.DaysAgo(day), RestoreScope.System).Quality = EvidenceQuality.Excellent;
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Contains("without APP, IDP", judgement.Statement);
        }

        [Fact]
        public void A_later_application_test_replaces_an_earlier_full_service_one_whatever_its_result()
        {
            _scenario.RestoreTest("payroll", _scenario.DaysAgo(100), RestoreScope.FullService);
            _scenario.RestoreTest("payroll", _scenario.DaysAgo(10), RestoreScope.Application, result: RestoreResult.Failed, components: new[] { "db", "app" });
            Assert.Equal(Outcome.Ineffective, Judge().Outcome);
        }

        [Fact]
        public void Only_narrower_tests_is_ineffective_and_says_so()
        {
            _scenario.RestoreTest("payroll", _scenario.DaysAgo(10), RestoreScope.System);
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Equal(EvidenceQuality.Poor, judgement.Quality);
            Assert.Equal("No application or full-service restore of Payroll has been tested; narrower tests (the latest a system restore on 2026-10-22) do not show the whole service can be brought back.", judgement.Statement);
            Assert.Single(judgement.Evidence);
        }

        [Fact]
        public void No_test_is_ineffective()
        {
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Equal(EvidenceQuality.Poor, judgement.Quality);
            Assert.Contains("No restore of Payroll has been tested", judgement.Statement);
        }
    }
}
