using DrAudit.Core.Evaluation;
using DrAudit.Core.Evaluation.Rules;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Support;

namespace DrAudit.Core.Tests.Evaluation.DefinitionRules
{
    public class Dr07BreakGlassCredentialsRuleTests
    {
        private readonly Scenario _scenario = new Scenario();
        private readonly RecoveryCredentials _credentials;

        public Dr07BreakGlassCredentialsRuleTests()
        {
            _credentials = new RecoveryCredentials
            {
                BreakGlassAccounts = 2,
                IndependentOfProductionIdentity = true,
                StoredOffline = true,
                LastTested = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero),
            };
            _scenario.Definition.Recovery = new RecoveryDefinition { Credentials = _credentials };
        }

        private Judgement Judge() => new Dr07BreakGlassCredentialsRule().Judge(_scenario.Context());

        [Fact]
        public void Tested_independent_break_glass_accounts_are_effective()
        {
            var judgement = Judge();
            Assert.Equal(Outcome.Effective, judgement.Outcome);
            Assert.Equal(EvidenceQuality.Poor, judgement.Quality);
            Assert.Equal("2 break-glass accounts independent of production identity were last tested on 2026-06-01 (153 days ago).", judgement.Statement);
            Assert.Equal("client.yaml: recovery.credentials breakGlassAccounts 2, independentOfProductionIdentity true, storedOffline true, lastTested 2026-06-01",
                Assert.Single(judgement.Evidence));
        }

        [Fact]
        public void Tested_exactly_365_days_ago_is_effective()
        {
            _credentials.LastTested = _scenario.DaysAgo(365);
            Assert.Equal(Outcome.Effective, Judge().Outcome);
        }

        [Fact]
        public void Tested_366_days_ago_is_ineffective()
        {
            _credentials.LastTested = _scenario.DaysAgo(366);
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Equal("Recovery credentials may not survive an identity outage: they were last tested on 2025-10-31 (366 days ago), more than 365 days.", judgement.Statement);
        }

        [Fact]
        public void No_break_glass_account_is_ineffective()
        {
            _credentials.BreakGlassAccounts = 0;
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Contains("there is no break-glass account", judgement.Statement);
        }

        [Fact]
        public void Dependence_on_production_identity_is_ineffective()
        {
            _credentials.IndependentOfProductionIdentity = false;
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Contains("depend on the production identity provider", judgement.Statement);
        }

        [Fact]
        public void A_test_dated_after_as_of_had_not_happened_yet()
        {
            _credentials.LastTested = _scenario.DaysAgo(-3);
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Contains("had not been tested by 2026-11-01", judgement.Statement);
        }

        [Fact]
        public void No_recovery_block_is_no_visibility()
        {
            _scenario.Definition.Recovery = null;
            Assert.Equal(Outcome.NoVisibility, Judge().Outcome);
        }

        [Fact]
        public void No_credentials_record_is_no_visibility()
        {
            _scenario.Definition.Recovery = new RecoveryDefinition();
            var judgement = Judge();
            Assert.Equal(Outcome.NoVisibility, judgement.Outcome);
            Assert.Null(judgement.Quality);
        }

        [Theory]
        [InlineData("accounts", "how many break-glass accounts exist")]
        [InlineData("independent", "whether they are independent of production identity")]
        [InlineData("tested", "when they were last tested")]
        public void A_missing_statement_is_no_visibility(string missing, string expected)
        {
            if (missing == "accounts") _credentials.BreakGlassAccounts = null;
            if (missing == "independent") _credentials.IndependentOfProductionIdentity = null;
            if (missing == "tested") _credentials.LastTested = null;
            var judgement = Judge();
            Assert.Equal(Outcome.NoVisibility, judgement.Outcome);
            Assert.Equal("The break-glass credential record does not say " + expected + ".", judgement.Statement);
        }

        [Fact]
        public void A_failing_statement_wins_over_a_missing_one()
        {
            _credentials.BreakGlassAccounts = null;
            _credentials.IndependentOfProductionIdentity = false;
            Assert.Equal(Outcome.Ineffective, Judge().Outcome);
        }

        [Fact]
        public void Stored_offline_is_reported_but_not_required()
        {
            _credentials.StoredOffline = null;
            var judgement = Judge();
            Assert.Equal(Outcome.Effective, judgement.Outcome);
            Assert.Contains("storedOffline (not stated)", Assert.Single(judgement.Evidence));
        }
    }
}
