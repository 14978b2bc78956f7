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
            Assert.Equal("Payroll's latest restore test (2026-10-02) restored the full service.", judgement.Statement);
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
            Assert.Equal("Payroll's latest restore test (2026-10-02) restored the application without IDP, so it did not cover the whole service.", judgement.Statement);
        }

        [Fact]
        public void A_later_partial_scope_test_replaces_an_earlier_full_service_one()
        {
            _scenario.RestoreTest("payroll", _scenario.DaysAgo(100), RestoreScope.FullService);
            _scenario.RestoreTest("payroll", _scenario.DaysAgo(10), RestoreScope.File);
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Equal("Payroll's latest restore test (2026-10-22) was a file restore, not the whole service.", judgement.Statement);
        }

        [Fact]
        public void A_system_restore_does_not_cover_the_service()
        {
            _scenario.RestoreTest("payroll", _scenario.DaysAgo(10), RestoreScope.System);
            Assert.Equal(Outcome.Ineffective, Judge().Outcome);
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
