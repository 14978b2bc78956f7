using DrAudit.Core.Evaluation.Rules;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Support;

namespace DrAudit.Core.Tests.Evaluation.DataRules
{
    /// <summary>client-definition.md v1.1 sources[].repositories: attested facts fill what a source does not report
    /// (quality Poor), a reported fact wins (a contradiction is a warning), attestations older than 365 days are ignored
    /// with a warning; the rules that use repository facts use them.</summary>
    public class AttestedRepositoryFactTests
    {
        private readonly Scenario _scenario = new Scenario();

        public AttestedRepositoryFactTests()
        {
            _scenario.Component("db");
            _scenario.Service("payroll", "critical", "db");
            _scenario.Repository("local", RepositoryLocation.Onsite, encrypted: true);
            _scenario.Repository("wasabi", RepositoryLocation.Cloud, encrypted: null, immutable: null, immutableDays: null, sharesProductionCredentials: null);
            _scenario.Source("main").Repositories.Single(r => r.Id == "wasabi").Name = "Wasabi immutable";
            _scenario.Job("nightly", "local", objects: "db");
            _scenario.Job("copy", "wasabi", kind: JobKind.Copy, objects: "db");
            _scenario.Runs("nightly", _scenario.DaysAgo(30), _scenario.DaysAgo(0.1), TimeSpan.FromHours(4));
            _scenario.Runs("copy", _scenario.DaysAgo(30), _scenario.DaysAgo(0.1), TimeSpan.FromDays(1));
        }

        private RepositoryAttestation Attest(string match, double daysAgo = 30)
        {
            var attestation = new RepositoryAttestation { Match = match, AttestedBy = "Sam Lee", AttestedOn = _scenario.DaysAgo(daysAgo) };
            _scenario.Definition.Sources.Single(s => s.Id == "main").Repositories.Add(attestation);
            return attestation;
        }

        private ReadinessResult Evaluate() =>
            DrAudit.Core.Evaluation.ReadinessEvaluator.Evaluate(_scenario.Context(), DrAudit.Core.Catalogue.ControlCatalogue.Default, "9.9.9", _scenario.AsOf);

        private static ServiceControlOutcome Outcome(ReadinessResult result, string control) =>
            result.EssentialEight.Controls.Concat(result.DrReadiness.Controls).Single(c => c.Id == control).Services.Single();

        [Fact]
        public void WithoutTheAttestationEncryptionIsNotKnown()
        {
            Assert.Equal(Model.Result.Outcome.NoVisibility, new E8Rb03BackupsSecureRule().Judge(_scenario.ServiceContext("payroll")).Outcome);
        }

        [Fact]
        public void AnAttestedFactFillsTheGapByNameWithPoorQuality()
        {
            Attest("Wasabi immutable").Encrypted = true;

            var judgement = new E8Rb03BackupsSecureRule().Judge(_scenario.ServiceContext("payroll"));

            Assert.Equal(Model.Result.Outcome.Effective, judgement.Outcome);
            Assert.Equal(EvidenceQuality.Poor, judgement.Quality);
            Assert.Contains(judgement.Evidence, e => e.Contains("'wasabi'") && e.Contains("attested by Sam Lee on 2026-10-02: encrypted"));
        }

        [Fact]
        public void AnAttestedFactMatchesByIdToo()
        {
            Attest("wasabi").Encrypted = false;
            Assert.Equal(Model.Result.Outcome.Ineffective, new E8Rb03BackupsSecureRule().Judge(_scenario.ServiceContext("payroll")).Outcome);
        }

        [Fact]
        public void TheSourcesInventoryIsNotChanged()
        {
            Attest("wasabi").Encrypted = true;
            _ = _scenario.Context();
            Assert.Null(_scenario.Source("main").Repositories.Single(r => r.Id == "wasabi").Encrypted);
        }

        [Fact]
        public void AReportedFactWinsAndAContradictionIsAWarning()
        {
            var attestation = Attest("local");
            attestation.Encrypted = false;
            attestation.SharesProductionCredentials = true;

            var result = Evaluate();

            Assert.Contains(result.Warnings, w => w.Contains("encrypted = true") && w.Contains("Sam Lee attested false"));
            Assert.Contains(result.AttestedFacts, f => f.Fact == "encrypted" && f.Status == AttestedFactUse.Contradicted && f.Reported == "true");
            Assert.Contains(result.AttestedFacts, f => f.Fact == "sharesProductionCredentials" && f.Status == AttestedFactUse.Confirmed);
            Assert.DoesNotContain(result.Warnings, w => w.Contains("sharesProductionCredentials"));
        }

        [Fact]
        public void AnAttestationOlderThan365DaysIsIgnoredWithAWarning()
        {
            Attest("wasabi", 366).Encrypted = true;

            var result = Evaluate();

            Assert.Equal(Model.Result.Outcome.NoVisibility, Outcome(result, "E8-RB-03").Outcome);
            Assert.Contains(result.Warnings, w => w.Contains("'wasabi'") && w.Contains("more than 365 days old"));
            Assert.Contains(result.AttestedFacts, f => f.Status == AttestedFactUse.Stale);
        }

        [Fact]
        public void AnAttestationExactly365DaysOldStillCounts()
        {
            Attest("wasabi", 365).Encrypted = true;
            Assert.Equal(Model.Result.Outcome.Effective, new E8Rb03BackupsSecureRule().Judge(_scenario.ServiceContext("payroll")).Outcome);
        }

        [Fact]
        public void AnAttestationMatchingNoRepositoryIsAWarning()
        {
            Attest("tape-vault").Location = RepositoryLocation.Offline;
            var result = Evaluate();
            Assert.Contains(result.Warnings, w => w.Contains("'tape-vault'"));
            Assert.Contains(result.AttestedFacts, f => f.Status == AttestedFactUse.Unmatched);
        }

        [Fact]
        public void Dr08UsesAttestedCredentialsAndOfflineLocation()
        {
            Assert.Equal(Model.Result.Outcome.NoVisibility, new Dr08CopyOutOfReachRule().Judge(_scenario.ServiceContext("payroll")).Outcome);
            Attest("wasabi").SharesProductionCredentials = false;
            var judgement = new Dr08CopyOutOfReachRule().Judge(_scenario.ServiceContext("payroll"));
            Assert.Equal(Model.Result.Outcome.Effective, judgement.Outcome);
            Assert.Equal(EvidenceQuality.Poor, judgement.Quality);
        }

        [Fact]
        public void E8Rb11UsesAttestedImmutability()
        {
            var attestation = Attest("wasabi");
            attestation.Immutable = true;
            attestation.ImmutableDays = 90;
            var judgement = new E8Rb11BackupsImmutableInRetentionRule().Judge(_scenario.ServiceContext("payroll"));
            Assert.Equal(Model.Result.Outcome.Effective, judgement.Outcome);
            Assert.Equal(EvidenceQuality.Poor, judgement.Quality);
        }

        [Fact]
        public void ARuleThatDoesNotUseRepositoryFactsKeepsItsSourceQuality()
        {
            Attest("wasabi").Encrypted = true;
            Assert.Equal(EvidenceQuality.Fair, new E8Rb01BackupsPerformedRule().Judge(_scenario.ServiceContext("payroll")).Quality);
        }

        [Fact]
        public void AnAttestationMayDescribeARepositoryTheSourceOnlyRefersTo()
        {
            _scenario.Source("main").Repositories.RemoveAll(r => r.Id == "wasabi");
            Assert.Equal(Model.Result.Outcome.Ineffective, new E8Rb03BackupsSecureRule().Judge(_scenario.ServiceContext("payroll")).Outcome);
            var attestation = Attest("wasabi");
            attestation.Encrypted = true;
            attestation.Location = RepositoryLocation.Cloud;
            Assert.Equal(Model.Result.Outcome.Effective, new E8Rb03BackupsSecureRule().Judge(_scenario.ServiceContext("payroll")).Outcome);
        }
    }
}
