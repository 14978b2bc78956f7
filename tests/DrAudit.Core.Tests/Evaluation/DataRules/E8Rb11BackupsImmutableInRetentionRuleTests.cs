using DrAudit.Core.Evaluation.Rules;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Support;
using static DrAudit.Core.Tests.Evaluation.DataRules.DataRuleScenario;

namespace DrAudit.Core.Tests.Evaluation.DataRules
{
    public class E8Rb11BackupsImmutableInRetentionRuleTests
    {
        private static Scenario Protected(int? immutableDays = 90, bool? immutable = true)
        {
            var s = New();
            Protect(s, "db");
            var cloud = s.Source("main").Repositories.Single(r => r.Id == "cloud");
            cloud.ImmutableDays = immutableDays;
            cloud.Immutable = immutable;
            s.Service("payroll", "critical", "db");
            return s;
        }

        private static void Attest(Scenario s, bool value) =>
            s.Definition.Access = new AccessDefinition
            {
                Attested = new AccessAttestation { By = "Sam Lee", On = new DateTimeOffset(2026, 10, 2, 0, 0, 0, TimeSpan.Zero), BackupAdminsCannotDeleteInRetention = value },
            };

        [Fact]
        public void Immutable_days_exactly_the_retention_are_effective()
        {
            var j = Judge<E8Rb11BackupsImmutableInRetentionRule>(Protected(90));

            Assert.Equal(Outcome.Effective, j.Outcome);
            Assert.Equal(EvidenceQuality.Fair, j.Quality);
            Assert.Contains("keeps it for at least 90 days", j.Statement);
        }

        /// <summary>immutableDays is any whole number an inventory, an attestation or a server states (up to int.MaxValue days,
        /// beyond what a TimeSpan holds): it was an unexpected OverflowException that stopped the whole audit.</summary>
        [Fact]
        public void Immutable_days_longer_than_a_TimeSpan_holds_are_effective_without_overflow()
        {
            var j = Judge<E8Rb11BackupsImmutableInRetentionRule>(Protected(int.MaxValue));

            Assert.Equal(Outcome.Effective, j.Outcome);
        }

        [Fact]
        public void Immutable_days_short_of_the_retention_are_ineffective()
        {
            var j = Judge<E8Rb11BackupsImmutableInRetentionRule>(Protected(89));

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Contains("DB's points are immutable for at most 89 days (the retention is 90 days)", j.Statement);
        }

        [Fact]
        public void No_immutable_repository_is_ineffective()
        {
            var j = Judge<E8Rb11BackupsImmutableInRetentionRule>(Protected(0, false));

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Contains("DB has no points in an immutable repository", j.Statement);
        }

        [Fact]
        public void An_attestation_makes_unproven_immutability_effective_with_poor_evidence()
        {
            var s = Protected(30);
            Attest(s, true);

            var j = Judge<E8Rb11BackupsImmutableInRetentionRule>(s);

            Assert.Equal(Outcome.Effective, j.Outcome);
            Assert.Equal(EvidenceQuality.Poor, j.Quality);
            Assert.Contains("Sam Lee attested on 2026-10-02", j.Statement);
            Assert.Contains("during their retention of 90 days;", j.Statement);
            Assert.Contains("definition: access.attested.backupAdminsCannotDeleteInRetention = true (by Sam Lee, on 2026-10-02)", j.Evidence);
        }

        [Fact]
        public void A_false_attestation_is_ineffective()
        {
            var s = Protected(null, null);
            Attest(s, false);

            var j = Judge<E8Rb11BackupsImmutableInRetentionRule>(s);

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Equal(EvidenceQuality.Poor, j.Quality);
            Assert.Contains("can delete backups during their retention of 90 days (attested by Sam Lee on 2026-10-02)", j.Statement);
        }

        [Fact]
        public void Source_proof_wins_over_a_false_attestation()
        {
            var s = Protected(120);
            Attest(s, false);

            Assert.Equal(Outcome.Effective, Judge<E8Rb11BackupsImmutableInRetentionRule>(s).Outcome);
        }

        [Fact]
        public void Unknown_immutability_without_attestation_is_no_visibility()
        {
            var j = Judge<E8Rb11BackupsImmutableInRetentionRule>(Protected(null, null));

            Assert.Equal(Outcome.NoVisibility, j.Outcome);
            Assert.Contains("the immutability of 'cloud' holding DB's points is not stated", j.Statement);
        }

        [Fact]
        public void Immutable_without_stated_days_is_no_visibility()
        {
            Assert.Equal(Outcome.NoVisibility, Judge<E8Rb11BackupsImmutableInRetentionRule>(Protected(null, true)).Outcome);
        }

        [Fact]
        public void Not_applicable_without_components_needing_backup()
        {
            var s = New();
            s.Component("saas", ComponentKind.Saas, match: false).Backup = new BackupSpec { Required = false, Reason = "vendor" };
            s.Service("payroll", "critical", "saas");

            Assert.Equal(Outcome.NotApplicable, Judge<E8Rb11BackupsImmutableInRetentionRule>(s).Outcome);
        }
    }
}
