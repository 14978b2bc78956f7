using DrAudit.Core.Model;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Simulators.Veeam;

namespace DrAudit.Core.Tests.Sources.Veeam
{
    /// <summary>Backup copy jobs (BackupCopyJobModel, listed from 1.3): their target repository, retention and encryption
    /// under target.*, and the objects of the jobs they copy. A well-run client whose off-site copy is a copy job.</summary>
    public class VeeamCopyJobTests
    {
        public const string WellRunDefinition = @"apiVersion: draudit/v1
client: { id: well-run, name: Well Run Dental }
asOf: 2026-11-01T00:00:00Z
auditWindow: 35d
services:
  - id: practice-management
    name: Practice management
    tier: critical
    targets: { rpo: 26h, retention: 30d, approvedBy: Dr Shah, approvedOn: 2026-06-01 }
    components: [pm-db, pm-app]
    restoreOrder: [pm-db, pm-app]
components:
  - { id: pm-db, name: SQL01, kind: database, backup: { match: [ { source: veeam-main, object: SQL01 } ] } }
  - { id: pm-app, name: APP01, kind: server, dependsOn: [pm-db], backup: { match: [ { source: veeam-main, object: APP01 } ] } }
access:
  backupAdmins: [ 'WR\backup-admins' ]
  attested:
    by: Sam Lee
    on: 2026-10-02
    unprivilegedCannotAccessOthers: true
    unprivilegedCannotModify: true
    privilegedCannotAccessOthers: true
    privilegedCannotModify: true
    privilegedCannotAccessOwn: true
    unprivilegedCannotAccessOwn: true
    backupAdminsCannotDeleteInRetention: true
sources:
";

        public const string RestoreTests = @"restoreTests:
  - { date: 2026-09-12, service: practice-management, scope: full-service, duration: 4h, result: success, exercise: true }
";

        [Theory]
        [InlineData("1.3-rev0")]
        [InlineData("1.3-rev1")]
        public async Task ACopyJobsTargetRetentionEncryptionAndCopiedObjectsAreRead(string revision)
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.WellRunWithCopyJob());
            rig.Server.SupportedVersions = new List<string> { revision };

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            var copy = data.Inventory!.Jobs.Single(j => j.Id == "j-offsite");
            Assert.Equal(JobKind.Copy, copy.Kind);
            Assert.Equal("r-wasabi", copy.Repository);
            Assert.Equal(Duration.FromDays(30), copy.Retention);
            Assert.True(copy.Encrypted);
            Assert.Equal(new[] { "SQL01", "APP01" }, copy.Objects);
            var wasabi = data.Inventory.Repositories.Single(r => r.Id == "r-wasabi");
            Assert.True(wasabi.Encrypted);
            Assert.Equal((RepositoryLocation?)RepositoryLocation.Cloud, wasabi.Location);
            Assert.Equal(35, data.Inventory.Runs.Count(r => r.Job == "j-offsite" && r.Result == RunResult.Success)); // read from a day before the 35-day window
        }

        [Fact]
        public async Task CopiedObjectsComeFromTheSourceJobsNotOnlyFromTheCopysOwnBackups()
        {
            var scenario = VeeamScenarios.WellRunWithCopyJob(nights: 3);
            // A new machine in the source job, not copied yet: the copy job already protects it.
            scenario.Jobs.Single(j => j.Id == "j-vm").Objects.Add("NEW01");
            await using var rig = await VeeamRig.StartAsync(scenario);

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            Assert.Contains("NEW01", data.Inventory!.Jobs.Single(j => j.Id == "j-offsite").Objects);
        }

        [Theory]
        [InlineData("1.1-rev0")]
        [InlineData("1.2-rev1")]
        public async Task BeforeRevision13ACopyJobIsNotListedSoItsRepositoryFactsStayUnknownNotFalse(string revision)
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.WellRunWithCopyJob());
            rig.Server.SupportedVersions = new List<string> { revision };

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            Assert.DoesNotContain(data.Inventory!.Jobs, j => j.Id == "j-offsite");
            Assert.DoesNotContain(data.Inventory.Runs, r => r.Job == "j-offsite");
            // Its points are still served, in the copy's repository, under the job id no listed job has.
            Assert.Equal(70, data.Inventory.RestorePoints.Count(p => p.Job == "j-offsite" && p.Repository == "r-wasabi"));
            var wasabi = data.Inventory.Repositories.Single(r => r.Id == "r-wasabi");
            Assert.Null(wasabi.Encrypted);
            Assert.True(wasabi.Immutable);
            Assert.Equal((RepositoryLocation?)RepositoryLocation.Cloud, wasabi.Location);
        }

        [Fact]
        public async Task AWellRunClientWhoseOffsiteCopyIsACopyJobScoresMaturity3FromVbr13EqualToTheNeutralInventory()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.WellRunWithCopyJob());
            rig.Server.SupportedVersions = new List<string> { "1.3-rev1" };

            var (live, file) = VeeamAuditPair.Audit(rig, WellRunDefinition, fileSuffix: RestoreTests);

            Assert.Equal(SourceState.Ok, live.Sources.Single().Status);
            Assert.Equal(3, file.EssentialEight.MaturityLevel);
            Assert.Equal(VeeamAuditPair.Outcomes(file), VeeamAuditPair.Outcomes(live));
            Assert.Equal(3, live.EssentialEight.MaturityLevel);
            Assert.Equal(Outcome.Effective, live.EssentialEight.Controls.Single(c => c.Id == "E8-RB-03").Outcome);
        }

        [Fact]
        public async Task FromVbr12TheUnlistedCopyJobLeavesE8Rb03WithoutVisibilityNotFailed()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.WellRunWithCopyJob());
            rig.Server.SupportedVersions = new List<string> { "1.2-rev1" };

            var (live, _) = VeeamAuditPair.Audit(rig, WellRunDefinition, fileSuffix: RestoreTests);

            var rb03 = live.EssentialEight.Controls.Single(c => c.Id == "E8-RB-03");
            Assert.Equal(Outcome.NoVisibility, rb03.Outcome);
            Assert.Contains("encryption of", rb03.Services.Single().Statement);
        }

        [Fact]
        public async Task FromVbr12WithTheCloudRepositorysEncryptionAttestedAWellRunClientScoresMaturity3EqualToTheNeutralInventory()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.WellRunWithCopyJob());
            rig.Server.SupportedVersions = new List<string> { "1.2-rev1" };
            const string attestation = "    repositories:\n      - { match: Wasabi immutable, encrypted: true, attestedBy: Sam Lee, attestedOn: 2026-10-02 }\n";

            var (live, file) = VeeamAuditPair.Audit(rig, WellRunDefinition, sourceExtra: attestation, fileSuffix: RestoreTests);

            Assert.Equal(SourceState.Ok, live.Sources.Single().Status);
            Assert.Equal(VeeamAuditPair.Outcomes(file), VeeamAuditPair.Outcomes(live));
            Assert.Equal(3, live.EssentialEight.MaturityLevel);
        }
    }
}
