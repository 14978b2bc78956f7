using DrAudit.Core.Model;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Sources;
using DrAudit.Collectors.Veeam;
using DrAudit.Core.Tests.Simulators.Veeam;

namespace DrAudit.Core.Tests.Sources.Veeam
{
    /// <summary>Committed captures (Fixtures/veeam-captures/, written by Save-DrSourceCapture's recorder from the simulator)
    /// read back through the capture path: the wire shapes of each revision stay readable as they were saved.</summary>
    public class VeeamCaptureFixtureTests
    {
        private static Inventory Read(string name)
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "veeam-captures", name);
            var data = new VeeamCollector().Collect(new SourceDefinition { Id = "veeam-main", Type = "veeam", Capture = folder },
                new CollectionContext(VeeamScenarios.AsOf, Duration.FromDays(35), new ProgressRecordingHost()), CancellationToken.None);
            Assert.True(data.Ok, data.Error);
            return data.Inventory!;
        }

        [Fact]
        public void Revision13CopyJobCaptureHasTheCopyJobsTargetAndTheConfigurationBackup()
        {
            var inventory = Read("1.3-rev1-copy-job");
            var copy = inventory.Jobs.Single(j => j.Id == "j-offsite");
            Assert.Equal(JobKind.Copy, copy.Kind);
            Assert.Equal(("r-wasabi", true, Duration.FromDays(30)), (copy.Repository, copy.Encrypted, copy.Retention));
            Assert.Equal(new[] { "SQL01", "APP01" }, copy.Objects);
            Assert.True(inventory.Repositories.Single(r => r.Id == "r-wasabi").Encrypted);
            Assert.Equal("r-wasabi", inventory.BackupServer!.ConfigBackup!.Repository);
            Assert.Equal(new[] { "APP01", "SQL01" }, inventory.Discovered!.Select(d => d.Object).OrderBy(o => o, StringComparer.Ordinal));
        }

        [Fact]
        public void Revision12CopyJobCaptureHasTheCopysPointsButNotItsJob()
        {
            var inventory = Read("1.2-rev1-copy-job");
            Assert.DoesNotContain(inventory.Jobs, j => j.Id == "j-offsite");
            Assert.Equal(20, inventory.RestorePoints.Count(p => p.Job == "j-offsite" && p.Repository == "r-wasabi"));
            Assert.Null(inventory.Repositories.Single(r => r.Id == "r-wasabi").Encrypted);
        }

        [Fact]
        public void Revision13ScaleOutCaptureHasTiersAgentJobsAndDiscoveredComputers()
        {
            var inventory = Read("1.3-rev1-scale-out-agents");
            Assert.Equal(14, inventory.Repositories.Single(r => r.Id == "r-sobr").ImmutableDays);
            Assert.Equal(10, inventory.RestorePoints.Count(p => p.Object == "FILE01" && p.Repository == "r-capacity"));
            Assert.Equal(new[] { "FILE01" }, inventory.Jobs.Single(j => j.Id == "j-win").Objects);
            Assert.Equal(WorkloadKind.Workstation, inventory.Discovered!.Single(d => d.Object == "LAPTOP-09").Kind);
        }

        [Fact]
        public void Revision11ScaleOutCaptureReadsTheOlderCapacityTierShapeAndNestedInventoryObjects()
        {
            var inventory = Read("1.1-rev0-scale-out-agents");
            Assert.Equal(new[] { "j-vm" }, inventory.Jobs.Select(j => j.Id));
            Assert.Equal(new[] { "SQL01", "APP01" }, inventory.Jobs.Single().Objects);
            Assert.Equal(10, inventory.RestorePoints.Count(p => p.Object == "SQL01" && p.Repository == "r-capacity"));
            Assert.Null(inventory.Discovered); // agent backups, and 1.1 cannot list protection groups
        }
    }
}
