using DrAudit.Core.Evaluation;
using DrAudit.Core.Evaluation.Rules;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Support;

namespace DrAudit.Core.Tests.Evaluation.DefinitionRules
{
    public class Dr11PeopleAndCommunicationsRuleTests
    {
        private readonly Scenario _scenario = new Scenario();
        private readonly RecoveryDefinition _recovery;

        public Dr11PeopleAndCommunicationsRuleTests()
        {
            _recovery = new RecoveryDefinition
            {
                Plan = new RecoveryPlan { Location = "Printed binder at reception", ReviewedOn = new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero) },
                Contacts =
                {
                    new Contact { Role = ContactRole.DecisionMaker, Name = "Dr Priya Shah", Phone = "+61 400 000 001" },
                    new Contact { Role = ContactRole.TechnicalOwner, Name = "Northwind on-call" },
                    new Contact { Role = ContactRole.Vendor, Name = "Dentrix support" },
                    new Contact { Role = ContactRole.Communications, Name = "Practice manager" },
                },
                Communications = new Communications { Channel = "SMS call tree" },
            };
            _scenario.Definition.Recovery = _recovery;
        }

        private Judgement Judge() => new Dr11PeopleAndCommunicationsRule().Judge(_scenario.Context());

        [Fact]
        public void Complete_people_channel_and_recent_plan_are_effective()
        {
            var judgement = Judge();
            Assert.Equal(Outcome.Effective, judgement.Outcome);
            Assert.Equal(EvidenceQuality.Poor, judgement.Quality);
            Assert.Equal("A decision-maker (Dr Priya Shah), a technical owner (Northwind on-call) and a communications contact (Practice manager) are named, " +
                "the business will communicate by SMS call tree, and the recovery plan (Printed binder at reception) was reviewed on 2026-04-01 (214 days ago).", judgement.Statement);
            Assert.Contains("client.yaml: recovery.contacts decision-maker: Dr Priya Shah, +61 400 000 001", judgement.Evidence);
            Assert.Contains("client.yaml: recovery.plan location Printed binder at reception, reviewedOn 2026-04-01", judgement.Evidence);
        }

        [Theory]
        [InlineData(ContactRole.DecisionMaker, "no decision-maker is named")]
        [InlineData(ContactRole.TechnicalOwner, "no technical owner is named")]
        [InlineData(ContactRole.Communications, "no communications contact is named")]
        public void A_missing_role_is_ineffective(ContactRole role, string expected)
        {
            _recovery.Contacts.RemoveAll(c => c.Role == role);
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Equal("People and communications are not ready for a disaster: " + expected + ".", judgement.Statement);
        }

        [Fact]
        public void No_channel_is_ineffective()
        {
            _recovery.Communications = null;
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Contains("no communications channel is named", judgement.Statement);
        }

        [Fact]
        public void No_plan_location_is_ineffective()
        {
            _recovery.Plan!.Location = null;
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Contains("no recorded offline location", judgement.Statement);
        }

        [Fact]
        public void No_review_date_is_ineffective()
        {
            _recovery.Plan!.ReviewedOn = null;
            Assert.Equal(Outcome.Ineffective, Judge().Outcome);
        }

        [Fact]
        public void Review_exactly_365_days_ago_is_effective()
        {
            _recovery.Plan!.ReviewedOn = _scenario.DaysAgo(365);
            Assert.Equal(Outcome.Effective, Judge().Outcome);
        }

        [Fact]
        public void Review_366_days_ago_is_ineffective()
        {
            _recovery.Plan!.ReviewedOn = _scenario.DaysAgo(366);
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Equal("People and communications are not ready for a disaster: the recovery plan was last reviewed on 2025-10-31 (366 days ago), more than 365 days.", judgement.Statement);
        }

        [Fact]
        public void Review_after_as_of_has_not_happened_yet()
        {
            _recovery.Plan!.ReviewedOn = _scenario.DaysAgo(-1);
            Assert.Equal(Outcome.Ineffective, Judge().Outcome);
        }

        [Fact]
        public void No_recovery_block_is_ineffective_and_lists_every_gap()
        {
            _scenario.Definition.Recovery = null;
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            foreach (var expected in new[] { "no decision-maker", "no technical owner", "no communications contact", "no communications channel", "no recorded offline location", "no review date" })
                Assert.Contains(expected, judgement.Statement);
        }

        [Fact]
        public void A_contact_without_a_name_does_not_count()
        {
            _recovery.Contacts.Single(c => c.Role == ContactRole.DecisionMaker).Name = "  ";
            Assert.Equal(Outcome.Ineffective, Judge().Outcome);
        }
    }
}
