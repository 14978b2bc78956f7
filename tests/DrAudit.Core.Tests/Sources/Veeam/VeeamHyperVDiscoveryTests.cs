using DrAudit.Core.Sources;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Simulators;
using DrAudit.Core.Tests.Simulators.Veeam;

namespace DrAudit.Core.Tests.Sources.Veeam
{
    /// <summary>Hyper-V in the environment (DR-16): from 1.3 the inventory browser lists the Hyper-V servers
    /// (<c>POST /inventory</c>) and their virtual machines (<c>POST /inventory/{hostname}</c>); 1.1 and 1.2 document no
    /// Hyper-V inventory, so a server that protects Hyper-V cannot list its environment there.</summary>
    public class VeeamHyperVDiscoveryTests
    {
        private static VeeamScenario WithHyperV(VeeamScenario s, int machines = 3)
        {
            s.HvServers.Add(new SimHvServer
            {
                Name = "hvclu01.contoso.local", Type = "Cluster",
                Machines = Enumerable.Range(1, machines).Select(i => "HV-VM" + i.ToString("00", System.Globalization.CultureInfo.InvariantCulture)).ToList(),
            });
            return s;
        }

        [Theory]
        [InlineData("1.3-rev0")]
        [InlineData("1.3-rev1")]
        [InlineData("1.3-rev2")]
        public async Task FromRevision13HyperVVirtualMachinesAreDiscovered(string revision)
        {
            await using var rig = await VeeamRig.StartAsync(WithHyperV(VeeamScenarios.ScaleOutWithAgents(nights: 3)));
            rig.Server.SupportedVersions = new List<string> { revision };

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            Assert.Null(data.DiscoveryGap);
            var discovered = data.Inventory!.Discovered!.ToDictionary(d => d.Object);
            Assert.Equal(WorkloadKind.Vm, discovered["HV-VM02"].Kind);
            Assert.Equal("Hyper-V hvclu01.contoso.local", discovered["HV-VM02"].Platform);
            Assert.Contains("TEST-VM", discovered.Keys); // vSphere as before
            Assert.DoesNotContain(discovered.Keys, k => k.EndsWith("-node1", StringComparison.Ordinal)); // a cluster node is no workload
            Assert.Contains(rig.Server.Requests, r => r.Method == "POST" && r.PathAndQuery == "/api/v1/inventory");
            Assert.Contains(rig.Server.Requests, r => r.Method == "POST" && r.PathAndQuery == "/api/v1/inventory/hvclu01.contoso.local");
            var search = rig.Server.InventoryBodies.Single(b => b["hierarchyType"] != null);
            Assert.Equal("HostsAndVMs", (string?)search["hierarchyType"]);
            Assert.Equal("VirtualMachine", (string?)search["filter"]!["value"]);
            Assert.Equal(0, (int)search["pagination"]!["skip"]!);
        }

        [Fact]
        public async Task TheInventoryBrowserIsPagedAndItsObjectsCheckedAgainWhenTheFilterIsIgnored()
        {
            await using var rig = await VeeamRig.StartAsync(WithHyperV(VeeamScenarios.ScaleOutWithAgents(nights: 3), machines: 7));
            rig.Server.SupportedVersions = new List<string> { "1.3-rev1" };
            rig.Server.IgnoreInventoryFilter = true;
            rig.Options.PageSize = 3;

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            var hv = data.Inventory!.Discovered!.Where(d => d.Platform == "Hyper-V hvclu01.contoso.local").Select(d => d.Object).ToList();
            Assert.Equal(Enumerable.Range(1, 7).Select(i => "HV-VM0" + i), hv);
            Assert.Equal(new[] { 0, 3, 6 }, rig.Server.InventoryBodies.Where(b => b["hierarchyType"] != null).Select(b => (int)b["pagination"]!["skip"]!));
        }

        [Fact]
        public async Task HyperVServersTheAccountMayNotReadLeaveDiscoveredAbsentWithTheReasonWhenHyperVIsProtected()
        {
            var scenario = WithHyperV(VeeamScenarios.ScaleOutWithAgents(nights: 3));
            scenario.Backups.Add(new SimBackup { Id = "b-hv", JobId = "j-hv", Name = "Hyper-V nightly", Objects = { "HV-VM01" }, Platform = "HyperV" });
            await using var rig = await VeeamRig.StartAsync(scenario);
            rig.Server.SupportedVersions = new List<string> { "1.3-rev1" };
            rig.Server.Faults.Add(new SimFault { PathContains = "/api/v1/inventory/hvclu01", Status = 403, Times = 99, Body = VeeamSimulator.Error("AccessDenied", "Access denied.") });

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            Assert.Null(data.Inventory!.Discovered);
            Assert.Equal("the virtual machines of Hyper-V server hvclu01.contoso.local could not be read", data.DiscoveryGap);
        }

        [Theory]
        [InlineData("1.1-rev0")]
        [InlineData("1.2-rev1")]
        public async Task BeforeRevision13AServerProtectingHyperVCannotListItsEnvironment(string revision)
        {
            var scenario = WithHyperV(VeeamScenarios.WellRunWithCopyJob(nights: 3));
            scenario.Backups.Add(new SimBackup { Id = "b-hv", JobId = "j-hv", Name = "Hyper-V nightly", Objects = { "HV-VM01" }, Platform = "HyperV" });
            await using var rig = await VeeamRig.StartAsync(scenario);
            rig.Server.SupportedVersions = new List<string> { revision };

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            Assert.Null(data.Inventory!.Discovered);
            Assert.Equal("it protects Hyper-V, and REST API " + revision + " does not list Hyper-V virtual machines (1.3 does)", data.DiscoveryGap);
            Assert.DoesNotContain(rig.Server.Requests, r => r.Method == "POST" && r.PathAndQuery.StartsWith("/api/v1/inventory", StringComparison.Ordinal));
        }

        [Fact]
        public async Task BeforeRevision13AServerWithoutHyperVStillListsItsVSphereEnvironment()
        {
            await using var rig = await VeeamRig.StartAsync(WithHyperV(VeeamScenarios.WellRunWithCopyJob(nights: 3)));
            rig.Server.SupportedVersions = new List<string> { "1.2-rev1" };

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            Assert.Equal(new[] { "APP01", "SQL01" }, data.Inventory!.Discovered!.Select(d => d.Object).OrderBy(o => o, StringComparer.Ordinal));
        }

        [Fact]
        public async Task ACaptureKeepsTheInventoryBrowserAnswersAndReadsThemBack()
        {
            var folder = Path.Combine(Path.GetTempPath(), "draudit-veeam-hv-" + Guid.NewGuid().ToString("N"));
            try
            {
                SourceData live;
                await using (var rig = await VeeamRig.StartAsync(WithHyperV(VeeamScenarios.ScaleOutWithAgents(nights: 3))))
                {
                    rig.Server.SupportedVersions = new List<string> { "1.3-rev1" };
                    var context = rig.Context();
                    context.SaveCaptureTo = folder;
                    live = rig.Collect(context: context);
                }
                Assert.True(live.Ok, live.Error);
                Assert.Contains(Directory.GetFiles(folder), f => Path.GetFileName(f).Contains("-post-inventory-hvclu01", StringComparison.Ordinal));

                var source = new Model.Definition.SourceDefinition { Id = VeeamRig.SourceId, Type = "veeam", Capture = folder };
                var replayed = new DrAudit.Collectors.Veeam.VeeamCollector().Collect(source, new CollectionContext(VeeamScenarios.AsOf, Model.Duration.FromDays(35), new ProgressRecordingHost()), CancellationToken.None);

                Assert.True(replayed.Ok, replayed.Error);
                Assert.Equal(live.Inventory!.Discovered!.Select(d => d.Object + "|" + d.Platform), replayed.Inventory!.Discovered!.Select(d => d.Object + "|" + d.Platform));
                Assert.Contains(replayed.Inventory.Discovered!, d => d.Object == "HV-VM03");
            }
            finally
            {
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            }
        }

        [Fact]
        public async Task Dr16NamesAnUnprotectedHyperVMachineAndScoresAsTheSameNeutralInventory()
        {
            await using var rig = await VeeamRig.StartAsync(WithHyperV(VeeamScenarios.ScaleOutWithAgents(), machines: 1));
            rig.Server.SupportedVersions = new List<string> { "1.3-rev1" };

            var (live, file) = VeeamAuditPair.Audit(rig, VeeamCopyJobTests.WellRunDefinition, fileSuffix: VeeamCopyJobTests.RestoreTests);

            Assert.Equal(SourceState.Ok, live.Sources.Single().Status);
            Assert.Equal(VeeamAuditPair.Outcomes(file), VeeamAuditPair.Outcomes(live));
            var dr16 = live.DrReadiness.Controls.Single(c => c.Id == "DR-16");
            Assert.Equal(Outcome.Ineffective, dr16.Outcome);
            Assert.Contains("'HV-VM01' (veeam-main)", dr16.Statement);
        }
    }
}
