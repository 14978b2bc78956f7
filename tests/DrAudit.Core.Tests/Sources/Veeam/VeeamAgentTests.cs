using DrAudit.Core.Model;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Simulators.Veeam;

namespace DrAudit.Core.Tests.Sources.Veeam
{
    /// <summary>Agent backups managed by the server (Windows and Linux agents; servers and workstations): jobs, runs and points
    /// from 1.3, which lists the agent job models; before it only their backups and points are served.</summary>
    public class VeeamAgentTests
    {
        [Theory]
        [InlineData("1.3-rev0")]
        [InlineData("1.3-rev1")]
        [InlineData("1.3-rev2")]
        public async Task AgentJobsAreJobsWithTheirComputersRepositoryRetentionEncryptionRunsAndPoints(string revision)
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.ScaleOutWithAgents());
            rig.Server.SupportedVersions = new List<string> { revision };

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            var inventory = data.Inventory!;
            foreach (var (id, computer) in new[] { ("j-win", "FILE01"), ("j-lnx", "LNX01"), ("j-ws", "RECEPTION-PC") })
            {
                var job = inventory.Jobs.Single(j => j.Id == id);
                Assert.Equal(JobKind.Backup, job.Kind);
                Assert.True(job.Enabled);
                Assert.Equal(new[] { computer }, job.Objects);
                Assert.Equal("r-sobr", job.Repository);
                Assert.Equal(Duration.FromDays(30), job.Retention);
                Assert.True(job.Encrypted);
                Assert.Equal(35, inventory.Runs.Count(r => r.Job == id && r.Result == RunResult.Success));
                Assert.Equal(35, inventory.RestorePoints.Count(p => p.Object == computer && p.Job == id && p.Time >= VeeamScenarios.AsOf.AddDays(-36)
                                                                   && (p.Repository == "r-capacity")));
            }
            Assert.True(inventory.Jobs.Single(j => j.Id == "j-win").ApplicationAware);
            Assert.Equal(PointConsistency.Application, inventory.RestorePoints.First(p => p.Object == "FILE01").Consistency);
        }

        [Theory]
        [InlineData("1.1-rev0")]
        [InlineData("1.2-rev1")]
        public async Task BeforeRevision13AgentJobsAreNotListedButTheirPointsAre(string revision)
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.ScaleOutWithAgents());
            rig.Server.SupportedVersions = new List<string> { revision };

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            var inventory = data.Inventory!;
            Assert.Equal(new[] { "j-vm" }, inventory.Jobs.Select(j => j.Id));
            Assert.DoesNotContain(inventory.Runs, r => r.Job != "j-vm");
            Assert.Equal(13, inventory.RestorePoints.Count(p => p.Object == "FILE01" && p.Job == "j-win" && p.Repository == "r-sobr"));
            Assert.Null(inventory.RestorePoints.First(p => p.Object == "FILE01").Consistency); // the job's settings are not visible
        }

        [Fact]
        public async Task AScaleOutClientWithAgentsScoresTheSameFromVbr13AsTheSameDataAsANeutralInventory()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.ScaleOutWithAgents());
            rig.Server.SupportedVersions = new List<string> { "1.3-rev1" };
            var definition = VeeamCopyJobTests.WellRunDefinition
                .Replace("components: [pm-db, pm-app]", "components: [pm-db, pm-app, file-server, linux-app, reception]")
                .Replace("restoreOrder: [pm-db, pm-app]", "restoreOrder: [pm-db, pm-app, file-server, linux-app, reception]")
                .Replace("access:", @"  - { id: file-server, name: FILE01, kind: file-share, backup: { match: [ { source: veeam-main, object: FILE01 } ] } }
  - { id: linux-app, name: LNX01, kind: server, backup: { match: [ { source: veeam-main, object: LNX01 } ] } }
  - { id: reception, name: Reception PC, kind: other, backup: { match: [ { source: veeam-main, object: RECEPTION-PC } ] } }
access:");

            var (live, file) = VeeamAuditPair.Audit(rig, definition, fileSuffix: VeeamCopyJobTests.RestoreTests);

            Assert.Equal(SourceState.Ok, live.Sources.Single().Status);
            Assert.Equal(VeeamAuditPair.Outcomes(file), VeeamAuditPair.Outcomes(live));
            Assert.Equal(3, live.EssentialEight.MaturityLevel);
        }
    }
}
