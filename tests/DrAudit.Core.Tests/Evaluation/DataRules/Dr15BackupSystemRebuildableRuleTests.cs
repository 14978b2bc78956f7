using DrAudit.Core.Evaluation;
using DrAudit.Core.Evaluation.Rules;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Support;

namespace DrAudit.Core.Tests.Evaluation.DataRules
{
    /// <summary>DR-15 (controls.md v1.1): each clause of "the backup system itself can be rebuilt".</summary>
    public class Dr15BackupSystemRebuildableRuleTests
    {
        private readonly Scenario _scenario = new Scenario();

        private ConfigurationBackup Server(string source = "main", string? repository = "cloud-repo")
        {
            _scenario.Repository("cloud-repo", RepositoryLocation.Cloud, source: source);
            _scenario.Repository("local-repo", RepositoryLocation.Onsite, immutable: false, source: source);
            _scenario.Repository("hardened", RepositoryLocation.Onsite, immutable: true, immutableDays: 30, source: source);
            var config = new ConfigurationBackup { Enabled = true, Encrypted = true, Repository = repository, LastSuccess = _scenario.DaysAgo(1) };
            _scenario.Source(source).BackupServer = new BackupServer { Name = "VBR01", ConfigBackup = config };
            return config;
        }

        private Judgement Judge() => new Dr15BackupSystemRebuildableRule().Judge(_scenario.Context());

        [Fact]
        public void EnabledEncryptedFreshAndOffsiteIsEffective()
        {
            Server();
            var judgement = Judge();
            Assert.Equal(Outcome.Effective, judgement.Outcome);
            Assert.Equal(EvidenceQuality.Fair, judgement.Quality);
            Assert.Contains("VBR01", judgement.Statement);
            Assert.Contains(judgement.Evidence, e => e.StartsWith("main: backup server 'VBR01'", StringComparison.Ordinal));
        }

        [Fact]
        public void LastSuccessExactlySevenDaysBeforeAsOfPasses()
        {
            Server().LastSuccess = _scenario.DaysAgo(7);
            Assert.Equal(Outcome.Effective, Judge().Outcome);
        }

        [Fact]
        public void LastSuccessEightDaysBeforeAsOfFails()
        {
            Server().LastSuccess = _scenario.DaysAgo(8);
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Contains("8 days", judgement.Statement);
        }

        [Fact]
        public void LastSuccessJustOverSevenDaysFails()
        {
            Server().LastSuccess = _scenario.DaysAgo(7).AddSeconds(-1);
            Assert.Equal(Outcome.Ineffective, Judge().Outcome);
        }

        [Fact]
        public void DisabledIsIneffectiveEvenWithOtherFactsUnknown()
        {
            var config = Server();
            config.Enabled = false;
            config.Encrypted = null;
            config.LastSuccess = null;
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Contains("disabled", judgement.Statement);
        }

        [Fact]
        public void NotEncryptedIsIneffective()
        {
            Server().Encrypted = false;
            Assert.Equal(Outcome.Ineffective, Judge().Outcome);
        }

        [Theory]
        [InlineData("enabled")]
        [InlineData("encrypted")]
        [InlineData("lastSuccess")]
        [InlineData("repository")]
        public void AnUnknownFactIsNoVisibility(string fact)
        {
            var config = Server();
            switch (fact)
            {
                case "enabled": config.Enabled = null; break;
                case "encrypted": config.Encrypted = null; break;
                case "lastSuccess": config.LastSuccess = null; break;
                default: config.Repository = null; break;
            }
            var judgement = Judge();
            Assert.Equal(Outcome.NoVisibility, judgement.Outcome);
            Assert.Null(judgement.Quality);
        }

        [Fact]
        public void NoConfigBackupReportedIsNoVisibility()
        {
            _scenario.Source("main").BackupServer = new BackupServer { Name = "VBR01" };
            Assert.Equal(Outcome.NoVisibility, Judge().Outcome);
        }

        [Fact]
        public void ARepositoryTheSourceDoesNotListIsNoVisibility()
        {
            Server(repository: "elsewhere");
            Assert.Equal(Outcome.NoVisibility, Judge().Outcome);
        }

        [Fact]
        public void OnsiteAndMutableIsIneffective()
        {
            Server(repository: "local-repo");
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Contains("on site", judgement.Statement);
        }

        [Fact]
        public void OnsiteButImmutableIsEffective()
        {
            Server(repository: "hardened");
            Assert.Equal(Outcome.Effective, Judge().Outcome);
        }

        [Theory]
        [InlineData(RepositoryLocation.Offsite)]
        [InlineData(RepositoryLocation.Cloud)]
        [InlineData(RepositoryLocation.Offline)]
        public void OffsiteCloudOrOfflineIsEnough(RepositoryLocation location)
        {
            Server();
            _scenario.Repository("other", location, immutable: false);
            _scenario.Source("main").BackupServer!.ConfigBackup!.Repository = "other";
            Assert.Equal(Outcome.Effective, Judge().Outcome);
        }

        [Fact]
        public void OnsiteWithImmutabilityUnknownIsNoVisibility()
        {
            Server(repository: "local-repo");
            _scenario.Source("main").Repositories.Single(r => r.Id == "local-repo").Immutable = null;
            Assert.Equal(Outcome.NoVisibility, Judge().Outcome);
        }

        [Fact]
        public void TheRepositoryMayBeNamedByItsName()
        {
            Server(repository: "Cloud Repo");
            _scenario.Source("main").Repositories.Single(r => r.Id == "cloud-repo").Name = "Cloud repo";
            Assert.Equal(Outcome.Effective, Judge().Outcome);
        }

        [Fact]
        public void ALastSuccessAfterAsOfIsNotKnownToHaveHappenedByThen()
        {
            Server().LastSuccess = _scenario.AsOf.AddHours(1);
            Assert.Equal(Outcome.NoVisibility, Judge().Outcome);
        }

        [Fact]
        public void NoSourceReportingABackupServerIsNotApplicableWithItsReason()
        {
            var judgement = Judge();
            Assert.Equal(Outcome.NotApplicable, judgement.Outcome);
            Assert.Contains("No source reports a backup server", judgement.Statement);
        }

        [Fact]
        public void AnUnreadableVeeamSourceIsNoVisibility()
        {
            _scenario.Source("vbr");
            _scenario.Definition.Sources.Single(s => s.Id == "vbr").Type = SourceDefinition.VeeamType;
            _scenario.FailSource("vbr");
            var judgement = Judge();
            Assert.Equal(Outcome.NoVisibility, judgement.Outcome);
            Assert.Contains("vbr", judgement.Statement);
            Assert.Contains(judgement.Causes, c => c.Key.Contains("vbr"));
        }

        [Fact]
        public void AnUnreadableInventorySourceAloneLeavesItNotApplicable()
        {
            _scenario.FailSource("export");
            Assert.Equal(Outcome.NotApplicable, Judge().Outcome);
        }

        [Fact]
        public void EverySourceWithABackupServerIsJudgedAndTheWorstCounts()
        {
            Server();
            Server("second").Encrypted = false;
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Contains("second", judgement.Statement);
            Assert.Equal(2, judgement.Evidence.Count);
        }

        [Fact]
        public void AnAttestedRepositoryFactFillsTheGapWithPoorQuality()
        {
            Server(repository: "local-repo");
            var repository = _scenario.Source("main").Repositories.Single(r => r.Id == "local-repo");
            repository.Location = null;
            repository.Immutable = null;
            _scenario.Definition.Sources.Single(s => s.Id == "main").Repositories.Add(new RepositoryAttestation
            {
                Match = "local-repo", Location = RepositoryLocation.Offsite, AttestedBy = "Sam Lee", AttestedOn = _scenario.DaysAgo(30),
            });
            var judgement = Judge();
            Assert.Equal(Outcome.Effective, judgement.Outcome);
            Assert.Equal(EvidenceQuality.Poor, judgement.Quality);
            Assert.Contains(judgement.Evidence, e => e.Contains("attested by Sam Lee on 2026-10-02: location"));
        }
    }
}
