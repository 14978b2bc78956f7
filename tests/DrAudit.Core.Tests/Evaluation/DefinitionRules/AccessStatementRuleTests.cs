using DrAudit.Core.Evaluation;
using DrAudit.Core.Evaluation.Rules;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Support;

namespace DrAudit.Core.Tests.Evaluation.DefinitionRules
{
    public class AccessStatementRuleTests
    {
        public static TheoryData<string, string> Rules => new TheoryData<string, string>
        {
            { "E8-RB-05", nameof(AccessAttestation.UnprivilegedCannotAccessOthers) },
            { "E8-RB-06", nameof(AccessAttestation.UnprivilegedCannotModify) },
            { "E8-RB-07", nameof(AccessAttestation.PrivilegedCannotAccessOthers) },
            { "E8-RB-08", nameof(AccessAttestation.PrivilegedCannotModify) },
            { "E8-RB-09", nameof(AccessAttestation.UnprivilegedCannotAccessOwn) },
            { "E8-RB-10", nameof(AccessAttestation.PrivilegedCannotAccessOwn) },
        };

        private static Judgement Judge(string controlId, Scenario scenario) =>
            ((ClientRule)ControlRules.All[controlId]).Judge(scenario.Context());

        /// <summary>An attestation by Sam Lee on 2026-10-02 with only <paramref name="property"/> stated.</summary>
        private static Scenario WithStatement(string property, bool? value, DateTimeOffset? on = null)
        {
            var scenario = new Scenario();
            var attestation = new AccessAttestation { By = "Sam Lee", On = on ?? new DateTimeOffset(2026, 10, 2, 0, 0, 0, TimeSpan.Zero) };
            typeof(AccessAttestation).GetProperty(property)!.SetValue(attestation, value);
            scenario.Definition.Access = new AccessDefinition { Attested = attestation };
            return scenario;
        }

        [Theory, MemberData(nameof(Rules))]
        public void True_statement_is_effective_with_poor_quality(string controlId, string property)
        {
            var judgement = Judge(controlId, WithStatement(property, true));
            Assert.Equal(Outcome.Effective, judgement.Outcome);
            Assert.Equal(EvidenceQuality.Poor, judgement.Quality);
            Assert.StartsWith("Sam Lee attested on 2026-10-02 that ", judgement.Statement);
            Assert.Contains("cannot", judgement.Statement);
            var key = char.ToLowerInvariant(property[0]) + property.Substring(1);
            Assert.Equal($"client.yaml: access.attested.{key}: true (attested by Sam Lee on 2026-10-02)", Assert.Single(judgement.Evidence));
        }

        [Theory, MemberData(nameof(Rules))]
        public void False_statement_is_ineffective(string controlId, string property)
        {
            var judgement = Judge(controlId, WithStatement(property, false));
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Equal(EvidenceQuality.Poor, judgement.Quality);
            Assert.DoesNotContain("cannot", judgement.Statement);
            Assert.Contains(" can ", judgement.Statement);
            Assert.Contains(": false", Assert.Single(judgement.Evidence));
        }

        [Theory, MemberData(nameof(Rules))]
        public void Absent_statement_is_no_visibility(string controlId, string property)
        {
            var judgement = Judge(controlId, WithStatement(property, null));
            Assert.Equal(Outcome.NoVisibility, judgement.Outcome);
            Assert.StartsWith("No one has attested that ", judgement.Statement);
        }

        [Theory, MemberData(nameof(Rules))]
        public void No_access_block_is_no_visibility(string controlId, string property)
        {
            _ = property;
            var judgement = Judge(controlId, new Scenario());
            Assert.Equal(Outcome.NoVisibility, judgement.Outcome);
        }

        [Theory, MemberData(nameof(Rules))]
        public void Other_statements_do_not_stand_in_for_this_one(string controlId, string property)
        {
            var scenario = WithStatement(property, null);
            foreach (var other in typeof(AccessAttestation).GetProperties().Where(p => p.PropertyType == typeof(bool?) && p.Name != property))
                other.SetValue(scenario.Definition.Access!.Attested, true);
            Assert.Equal(Outcome.NoVisibility, Judge(controlId, scenario).Outcome);
        }

        [Theory, MemberData(nameof(Rules))]
        public void Attestation_dated_after_as_of_is_not_yet_evidence(string controlId, string property)
        {
            var judgement = Judge(controlId, WithStatement(property, true, new DateTimeOffset(2026, 11, 2, 0, 0, 0, TimeSpan.Zero)));
            Assert.Equal(Outcome.NoVisibility, judgement.Outcome);
            Assert.Contains("2026-11-02", judgement.Statement);
        }

        [Fact]
        public void Statements_name_the_requirement_of_each_control()
        {
            Assert.Equal("No one has attested that unprivileged accounts cannot modify or delete backups.",
                Judge("E8-RB-06", WithStatement(nameof(AccessAttestation.UnprivilegedCannotModify), null)).Statement);
            Assert.Equal("Sam Lee attested on 2026-10-02 that privileged accounts other than backup administrators can access their own backups.",
                Judge("E8-RB-10", WithStatement(nameof(AccessAttestation.PrivilegedCannotAccessOwn), false)).Statement);
        }

        [Fact]
        public void The_six_access_rules_are_client_rules_sharing_one_base()
        {
            foreach (var id in new[] { "E8-RB-05", "E8-RB-06", "E8-RB-07", "E8-RB-08", "E8-RB-09", "E8-RB-10" })
                Assert.IsAssignableFrom<DrAudit.Core.Evaluation.Rules.Access.AccessStatementRule>(ControlRules.All[id]);
        }
    }
}
