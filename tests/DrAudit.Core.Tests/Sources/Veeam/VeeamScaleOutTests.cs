using DrAudit.Core.Model;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Simulators;
using DrAudit.Core.Tests.Simulators.Veeam;

namespace DrAudit.Core.Tests.Sources.Veeam
{
    /// <summary>Scale-out backup repositories: the repository backups name takes its performance tier's facts, and points are
    /// placed on the tiers that hold them (capacity tier copy and move policies), in every revision.</summary>
    public class VeeamScaleOutTests
    {
        [Theory]
        [InlineData("1.1-rev0")]
        [InlineData("1.2-rev1")]
        [InlineData("1.3-rev1")]
        [InlineData("1.3-rev2")]
        public async Task AScaleOutRepositoryTakesItsPerformanceTierAndItsCapacityTierHoldsCopiesAndMovedPoints(string revision)
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.ScaleOutWithAgents());
            rig.Server.SupportedVersions = new List<string> { revision };

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            Assert.Contains(rig.Server.Requests, r => r.PathAndQuery.StartsWith("/api/v1/backupInfrastructure/scaleOutRepositories?", StringComparison.Ordinal));
            var inventory = data.Inventory!;
            var sobr = inventory.Repositories.Single(r => r.Id == "r-sobr");
            Assert.Equal("Scale-out repository", sobr.Name);
            Assert.Equal((RepositoryLocation?)RepositoryLocation.Onsite, sobr.Location);
            Assert.True(sobr.Immutable);
            Assert.Equal(14, sobr.ImmutableDays); // the fewest days any performance extent keeps
            Assert.True(sobr.Encrypted);
            var capacity = inventory.Repositories.Single(r => r.Id == "r-capacity");
            Assert.Equal((RepositoryLocation?)RepositoryLocation.Cloud, capacity.Location);
            Assert.True(capacity.Immutable);
            Assert.Equal(30, capacity.ImmutableDays);
            Assert.True(capacity.Encrypted); // written by encrypted jobs; offloading keeps that

            // SQL01 (a VM, listed in every revision): the last 14 days on the performance tier and copied to the capacity
            // tier; older points moved to the capacity tier only.
            var sql = inventory.RestorePoints.Where(p => p.Object == "SQL01").ToList();
            var cutoff = VeeamScenarios.AsOf.AddDays(-14);
            Assert.All(sql.Where(p => p.Repository == "r-sobr"), p => Assert.True(p.Time >= cutoff));
            Assert.Equal(sql.Count(p => p.Repository == "r-sobr"), sql.Count(p => p.Repository == "r-capacity" && p.Time >= cutoff));
            Assert.Equal(13, sql.Count(p => p.Repository == "r-sobr"));
            Assert.Equal(35, sql.Count(p => p.Repository == "r-capacity"));
            Assert.DoesNotContain(inventory.RestorePoints, p => p.Repository == "r-archive"); // the API cannot tell which points are archived GFS fulls
        }

        /// <summary>Day counts a server states beyond what a TimeSpan or a date holds (a job keeping points for 2,147,483,647
        /// days, a capacity tier moving points after as many): the retention is the longest duration DrAudit holds (100 years)
        /// and no point is moved, instead of an OverflowException or ArgumentOutOfRangeException that stopped the audit.</summary>
        [Fact]
        public async Task DayCountsBeyondWhatATimeSpanHoldsAreReadAsOneHundredYears()
        {
            var scenario = VeeamScenarios.ScaleOutWithAgents();
            scenario.ScaleOuts.Single().OperationalRestoreDays = int.MaxValue;
            scenario.Jobs.Single(j => j.Id == "j-vm").RetentionDays = int.MaxValue;
            await using var rig = await VeeamRig.StartAsync(scenario);

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            var inventory = data.Inventory!;
            Assert.Equal(new Duration(TimeBounds.LongestDuration), inventory.Jobs.Single(j => j.Id == "j-vm").Retention);
            var sql = inventory.RestorePoints.Where(p => p.Object == "SQL01").ToList();
            Assert.NotEmpty(sql);
            Assert.Equal(sql.Count(p => p.Repository == "r-sobr"), sql.Count(p => p.Repository == "r-capacity")); // copied, none moved
        }

        [Fact]
        public async Task AScaleOutRepositoryWithAMutablePerformanceExtentIsMutableAndACopyOnlyCapacityTierMovesNothing()
        {
            var scenario = VeeamScenarios.ScaleOutWithAgents(nights: 20);
            scenario.Repositories.Add(new SimRepository { Id = "r-plain", Name = "Windows disk", Type = "WinLocal" });
            var sobr = scenario.ScaleOuts.Single();
            sobr.PerformanceExtentIds.Add("r-plain");
            sobr.MovePolicy = false;
            await using var rig = await VeeamRig.StartAsync(scenario);

            var inventory = rig.Collect().Inventory!;

            var repository = inventory.Repositories.Single(r => r.Id == "r-sobr");
            Assert.False(repository.Immutable);
            Assert.Equal(0, repository.ImmutableDays);
            var sql = inventory.RestorePoints.Where(p => p.Object == "SQL01").ToList();
            Assert.Equal(20, sql.Count(p => p.Repository == "r-sobr"));
            Assert.Equal(20, sql.Count(p => p.Repository == "r-capacity"));
        }

        [Fact]
        public async Task ScaleOutRepositoriesTheAccountMayNotReadLeaveTheirPointsInAnUnknownRepository()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.ScaleOutWithAgents(nights: 5));
            rig.Server.Faults.Add(new SimFault { PathContains = "/scaleOutRepositories", Status = 403, Times = 99, Body = VeeamSimulator.Error("AccessDenied", "Access denied.") });

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            Assert.DoesNotContain(data.Inventory!.Repositories, r => r.Id == "r-sobr");
            Assert.All(data.Inventory.RestorePoints, p => Assert.Equal("r-sobr", p.Repository));
            Assert.Contains(rig.Host.AllText(), t => t.Contains("scale-out repositories", StringComparison.Ordinal) && t.Contains("stays unknown", StringComparison.Ordinal));
        }
    }
}
