using DrAudit.Core.Auditing;
using DrAudit.Core.Tests.Simulators;
using DrAudit.Core.Tests.Simulators.Veeam;

namespace DrAudit.Core.Tests.Sources.Veeam
{
    /// <summary>Paging to the end, progress with counts, token refresh before and after expiry, logout.</summary>
    public class VeeamSessionTests
    {
        [Fact]
        public async Task FollowsPagingAcrossManyPagesAndReportsCounts()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Many(objects: 40, points: 1234));
            rig.Options.PageSize = 100;
            rig.Server.MaxLimit = 37; // the server may return fewer than asked: paging goes by the total

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            Assert.Equal(1234, data.Inventory!.RestorePoints.Count);
            Assert.Equal(1234, data.Inventory.RestorePoints.Select(p => p.Time).Distinct().Count());
            Assert.Equal(40, data.Inventory.Jobs.Single().Objects.Count);
            Assert.Equal(30, data.Inventory.Runs.Count);
            Assert.Equal(34, rig.Server.Requests.Count(r => r.PathAndQuery.StartsWith("/api/v1/restorePoints?", StringComparison.Ordinal)));
            Assert.Contains(rig.Server.Requests, r => r.PathAndQuery.EndsWith("skip=1221&limit=100", StringComparison.Ordinal));
            Assert.Contains(rig.Host.Progress, p => p.Status == "restore points: 37 of 1234" && p.PercentComplete == 2 && p.ParentActivityId == ReadinessAuditor.CollectionActivityId);
            Assert.Contains(rig.Host.Progress, p => p.Status == "restore points: 1234 of 1234" && p.PercentComplete == 100);
            Assert.True(rig.Host.Progress.Last().Completed);
        }

        [Fact]
        public async Task PagesWithoutATotalEndOnAShortPage()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());
            rig.Server.Faults.Add(new SimFault { PathContains = "/api/v1/backups?skip=0", Status = 200, Body = "{\"data\":[" + string.Join(",", Enumerable.Repeat("{\"id\":\"bx\",\"jobId\":\"j-none\"}", 50)) + "]}" });
            rig.Server.Faults.Add(new SimFault { PathContains = "/api/v1/backups?skip=50", Status = 200, Body = "{\"data\":[{\"id\":\"by\",\"jobId\":\"j-none\"}]}" });
            rig.Server.Faults.Add(new SimFault { PathContains = "/api/v1/backups/bx/objects", Status = 200, Body = "{\"data\":[]}" });
            rig.Server.Faults.Add(new SimFault { PathContains = "/api/v1/backups/by/objects", Status = 200, Body = "{\"data\":[]}" });

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            Assert.Equal(2, rig.Server.Requests.Count(r => r.PathAndQuery.StartsWith("/api/v1/backups?", StringComparison.Ordinal)));
            Assert.Single(rig.Server.Requests, r => r.PathAndQuery.StartsWith("/api/v1/backups/bx/objects", StringComparison.Ordinal)); // repeats are read once
        }

        [Fact]
        public async Task RefreshesBeforeTheTokenExpiresWithSingleUseRefreshTokens()
        {
            var now = VeeamScenarios.AsOf;
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Many(objects: 5, points: 500));
            rig.Server.Clock = () => now;
            rig.Options.Clock = () => now;
            rig.Server.AfterGet = () => now = now.AddMinutes(4); // 15-minute tokens: a refresh every three or four pages

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            Assert.Equal(500, data.Inventory!.RestorePoints.Count);
            var grants = rig.Server.Requests.Where(r => r.PathAndQuery == "/api/oauth2/token").Select(r => r.GrantType).ToList();
            Assert.Equal("password", grants[0]);
            Assert.True(grants.Count(g => g == "refresh_token") >= 3, string.Join(",", grants));
            Assert.Single(grants, g => g == "password");
            Assert.DoesNotContain(rig.Server.Requests, r => r.Status == 401);
            Assert.All(rig.Server.Requests.Where(r => r.PathAndQuery == "/api/oauth2/token"), r => Assert.Equal(200, r.Status));
        }

        [Fact]
        public async Task ATokenRevokedMidPagingIsRefreshedAndTheRequestRepeated()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Many(objects: 5, points: 300));
            rig.Server.RevokeAfterGets = 4;

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            Assert.Equal(300, data.Inventory!.RestorePoints.Count);
            Assert.Contains(rig.Server.Requests, r => r.Status == 401);
            Assert.Contains(rig.Server.Requests, r => r.GrantType == "refresh_token" && r.Status == 200);
        }

        [Fact]
        public async Task SendsTheBearerTokenOnDataRequestsOnlyAndLogsOut()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            Assert.All(rig.Server.Requests.Where(r => r.Method == "GET"), r => Assert.StartsWith("Bearer sim-access-", r.Authorization));
            Assert.All(rig.Server.Requests.Where(r => r.PathAndQuery == "/api/oauth2/token"), r => Assert.Null(r.Authorization));
            Assert.Equal("/api/oauth2/logout", rig.Server.Requests.Last().PathAndQuery);
            Assert.Equal(1, rig.Server.Logouts);
            Assert.Contains(rig.Server.Requests, r => r.PathAndQuery.StartsWith("/api/v1/sessions?createdAfterFilter=2026-09-26T00%3A00%3A00Z&skip=0", StringComparison.Ordinal));
        }
    }
}
