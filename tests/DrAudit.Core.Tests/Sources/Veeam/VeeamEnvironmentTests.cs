using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Simulators;
using DrAudit.Core.Tests.Simulators.Veeam;

namespace DrAudit.Core.Tests.Sources.Veeam
{
    /// <summary>The configuration backup as the inventory's backupServer (DR-15) and the environment as discovered (DR-16):
    /// vSphere virtual machines from the inventory browser in every revision, agent-discovered computers from 1.3.</summary>
    public class VeeamEnvironmentTests
    {
        [Theory]
        [InlineData("1.1-rev0")]
        [InlineData("1.2-rev1")]
        [InlineData("1.3-rev1")]
        [InlineData("1.3-rev2")]
        public async Task TheConfigurationBackupIsTheBackupServer(string revision)
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.WellRunWithCopyJob(nights: 3));
            rig.Server.SupportedVersions = new List<string> { revision };

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            var server = data.Inventory!.BackupServer!;
            Assert.Equal("VBR01", server.Name);
            Assert.True(server.ConfigBackup!.Enabled);
            Assert.True(server.ConfigBackup.Encrypted);
            Assert.Equal("r-wasabi", server.ConfigBackup.Repository);
            Assert.Equal(VeeamScenarios.AsOf.AddHours(-3), server.ConfigBackup.LastSuccess);
        }

        [Fact]
        public async Task AConfigurationBackupTheAccountMayNotReadIsUnknownNotAbsent()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.WellRunWithCopyJob(nights: 3));
            rig.Server.Faults.Add(new SimFault { PathContains = "/configBackup", Status = 403, Times = 99, Body = VeeamSimulator.Error("AccessDenied", "Access denied.") });
            rig.Server.Faults.Add(new SimFault { PathContains = "/serverInfo", Status = 403, Times = 99, Body = VeeamSimulator.Error("AccessDenied", "Access denied.") });

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            Assert.NotNull(data.Inventory!.BackupServer); // every VBR server has one: DR-15 cannot be NotApplicable
            Assert.Null(data.Inventory.BackupServer!.ConfigBackup);
            Assert.DoesNotContain("13.0", data.Inventory.System);
        }

        [Theory]
        [InlineData("1.3-rev0")]
        [InlineData("1.3-rev1")]
        [InlineData("1.3-rev2")]
        public async Task FromRevision13VirtualMachinesAndAgentDiscoveredComputersAreDiscovered(string revision)
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.ScaleOutWithAgents(nights: 3));
            rig.Server.SupportedVersions = new List<string> { revision };

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            var discovered = data.Inventory!.Discovered!.ToDictionary(d => d.Object);
            Assert.Equal(new[] { "APP01", "FILE01", "LAPTOP-09", "LNX01", "RECEPTION-PC", "SQL01", "TEST-VM" }, discovered.Keys.OrderBy(k => k, StringComparer.Ordinal));
            Assert.Equal(WorkloadKind.Vm, discovered["TEST-VM"].Kind);
            Assert.Equal("vSphere vcenter01.contoso.local", discovered["TEST-VM"].Platform);
            Assert.Equal(WorkloadKind.Server, discovered["FILE01"].Kind);
            Assert.Equal(WorkloadKind.Server, discovered["LNX01"].Kind);
            Assert.Equal(WorkloadKind.Workstation, discovered["LAPTOP-09"].Kind);
            Assert.Equal("Veeam Agent (Practice computers)", discovered["LAPTOP-09"].Platform);
            Assert.Contains(rig.Server.Requests, r => r.PathAndQuery.StartsWith("/api/v1/inventory/vmware/hosts/vcenter01.contoso.local?typeFilter=VirtualMachine&", StringComparison.Ordinal));
        }

        [Theory]
        [InlineData("1.1-rev0")]
        [InlineData("1.2-rev1")]
        public async Task BeforeRevision13VirtualMachinesAreDiscoveredFromTheInventoryBrowser(string revision)
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.WellRunWithCopyJob(nights: 3));
            rig.Server.SupportedVersions = new List<string> { revision };

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            Assert.Equal(new[] { "APP01", "SQL01" }, data.Inventory!.Discovered!.Select(d => d.Object).OrderBy(o => o, StringComparer.Ordinal));
            Assert.All(data.Inventory.Discovered!, d => Assert.Equal(WorkloadKind.Vm, d.Kind));
            Assert.DoesNotContain(rig.Server.Requests, r => r.PathAndQuery.Contains("protectionGroups", StringComparison.Ordinal));
        }

        [Fact]
        public async Task BeforeRevision13AServerWithAgentBackupsCannotListItsEnvironmentSoNothingIsDiscovered()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.ScaleOutWithAgents(nights: 3));
            rig.Server.SupportedVersions = new List<string> { "1.2-rev1" };

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            Assert.Null(data.Inventory!.Discovered); // absent, not empty: a partial list would pass for a complete one
            Assert.Contains(rig.Host.AllText(), t => t.Contains("does not list the computers its protection groups discovered", StringComparison.Ordinal));
        }

        [Fact]
        public async Task AnInventoryBrowserTheAccountMayNotReadLeavesDiscoveredAbsent()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.ScaleOutWithAgents(nights: 3));
            rig.Server.Faults.Add(new SimFault { PathContains = "/inventory/vmware/hosts", Status = 403, Times = 99, Body = VeeamSimulator.Error("AccessDenied", "Access denied.") });

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            Assert.Null(data.Inventory!.Discovered);
        }

        [Fact]
        public async Task BackupServerAndDiscoveredScoreTheSameAsTheSameDataAsANeutralInventory()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.ScaleOutWithAgents());
            rig.Server.SupportedVersions = new List<string> { "1.3-rev1" };

            var (live, file) = VeeamAuditPair.Audit(rig, VeeamCopyJobTests.WellRunDefinition, fileSuffix: VeeamCopyJobTests.RestoreTests);

            Assert.Equal(SourceState.Ok, live.Sources.Single().Status);
            Assert.Equal(VeeamAuditPair.Outcomes(file), VeeamAuditPair.Outcomes(live));
            Assert.Equal(Outcome.Effective, live.DrReadiness.Controls.Single(c => c.Id == "DR-15").Outcome);
            var dr16 = live.DrReadiness.Controls.Single(c => c.Id == "DR-16");
            Assert.Equal(Outcome.Ineffective, dr16.Outcome);
            Assert.Contains("TEST-VM", dr16.Statement);
            Assert.Contains("LAPTOP-09", dr16.Statement);
        }
    }
}
