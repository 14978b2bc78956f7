using DrAudit.Core.Evaluation;
using DrAudit.Core.Evaluation.Rules;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Support;

namespace DrAudit.Core.Tests.Evaluation.DefinitionRules
{
    public class Dr12WorkaroundDocumentedRuleTests
    {
        private readonly Scenario _scenario = new Scenario();

        public Dr12WorkaroundDocumentedRuleTests()
        {
            _scenario.Component("db");
        }

        private Judgement Judge(string service) => new Dr12WorkaroundDocumentedRule().Judge(_scenario.ServiceContext(service));

        [Fact]
        public void Critical_service_with_a_workaround_is_effective()
        {
            _scenario.Service("practice-management", "critical", "db").Workaround = "Paper appointment book; read-only export each evening";
            var judgement = Judge("practice-management");
            Assert.Equal(Outcome.Effective, judgement.Outcome);
            Assert.Equal(EvidenceQuality.Poor, judgement.Quality);
            Assert.Equal("Practice management has a documented workaround: Paper appointment book; read-only export each evening.", judgement.Statement);
            Assert.Equal("client.yaml: services[practice-management].workaround: Paper appointment book; read-only export each evening", Assert.Single(judgement.Evidence));
        }

        [Theory]
        [InlineData(null)]
        [InlineData("   ")]
        public void Critical_service_without_a_workaround_is_ineffective(string? workaround)
        {
            _scenario.Service("payroll", "critical", "db").Workaround = workaround;
            var judgement = Judge("payroll");
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Equal("Payroll is critical but has no documented workaround for keeping the business running while it is down.", judgement.Statement);
        }

        [Theory]
        [InlineData("important")]
        [InlineData("standard")]
        public void Other_tiers_are_not_applicable_with_the_reason(string tier)
        {
            _scenario.Service("email", tier, "db");
            var judgement = Judge("email");
            Assert.Equal(Outcome.NotApplicable, judgement.Outcome);
            Assert.Equal("Email is not a critical service (tier: " + tier + "); only critical services need a documented workaround.", judgement.Statement);
        }
    }
}
