using DrAudit.Core.Model;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Simulators.Vb365;

namespace DrAudit.Core.Tests.Sources.Vb365
{
    /// <summary>What the collector makes of the standard scenario, fact by fact (docs/sources/vb365.md).</summary>
    public class Vb365MappingTests
    {
        /// <summary>A server stating retentions beyond what a TimeSpan holds (2,147,483,647 days, years that overflow an int as
        /// days): the collection succeeds and the retention is 100 years, the longest DrAudit holds, as KeepForever.</summary>
        [Fact]
        public async Task RetentionsBeyondWhatATimeSpanHoldsAreOneHundredYears()
        {
            var scenario = Vb365Scenarios.Standard();
            var primary = scenario.Repositories.Single(r => r.Name == "Primary S3");
            primary.Period = 6000000; // Years6000000
            var local = scenario.Repositories.Single(r => r.Name == "Local JET");
            local.Period = int.MaxValue; // days
            await using var rig = await Vb365Rig.StartAsync(scenario);

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            var longest = new Duration(TimeBounds.LongestDuration);
            Assert.Equal(longest, data.Inventory!.Jobs.Single(j => j.Name == "Mail and OneDrive").Retention);
            Assert.Equal(longest, data.Inventory.Jobs.Single(j => j.Name == "Legacy whole tenant").Retention);
        }

        [Fact]
        public async Task JobsRepositoriesRunsAndPointsOfTheOrganizationOnly()
        {
            var scenario = Vb365Scenarios.Standard();
            await using var rig = await Vb365Rig.StartAsync(scenario);

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            Assert.Equal(EvidenceQuality.Good, data.Quality);
            var inventory = data.Inventory!;
            Assert.Equal("Veeam Backup for Microsoft 365 (REST API v8)", inventory.System);
            Assert.Equal(new[] { "Copy to Wasabi", "Legacy whole tenant", "Mail and OneDrive", "Sites and Teams" }, inventory.Jobs.Select(j => j.Name).OrderBy(n => n, StringComparer.Ordinal));

            var mail = inventory.Jobs.Single(j => j.Name == "Mail and OneDrive");
            Assert.Equal(JobKind.Saas, mail.Kind);
            Assert.Equal(new[] { "onedrive:priya@contoso.com", "priya@contoso.com", "sam@contoso.com" }, mail.Objects.OrderBy(o => o, StringComparer.Ordinal));
            Assert.Equal(Duration.FromDays(3 * 365), mail.Retention);
            Assert.True(mail.Encrypted);
            var copy = inventory.Jobs.Single(j => j.Name == "Copy to Wasabi");
            Assert.Equal(JobKind.Copy, copy.Kind);
            Assert.Equal(mail.Objects.OrderBy(o => o, StringComparer.Ordinal), copy.Objects.OrderBy(o => o, StringComparer.Ordinal));
            Assert.Equal(new[] { "https://contoso.sharepoint.com/sites/clinic", "team:clinic@contoso.com" },
                inventory.Jobs.Single(j => j.Name == "Sites and Teams").Objects.OrderBy(o => o, StringComparer.Ordinal));
            var legacy = inventory.Jobs.Single(j => j.Name == "Legacy whole tenant");
            Assert.False(legacy.Enabled);
            // The whole organization less the excluded front desk; the personal site is a OneDrive, not a site.
            Assert.Equal(new[] { "https://contoso.sharepoint.com/sites/clinic", "onedrive:priya@contoso.com", "onedrive:sam@contoso.com", "priya@contoso.com", "sam@contoso.com", "team:clinic@contoso.com" },
                legacy.Objects.OrderBy(o => o, StringComparer.Ordinal));
            Assert.Equal(Duration.FromDays(30), legacy.Retention);

            var primary = inventory.Repositories.Single(r => r.Name == "Primary S3");
            Assert.Equal((RepositoryLocation?)RepositoryLocation.Cloud, primary.Location);
            Assert.Equal((true, false, 0), (primary.Encrypted, primary.Immutable, primary.ImmutableDays));
            var offsite = inventory.Repositories.Single(r => r.Name == "Offsite Wasabi");
            Assert.Equal((RepositoryLocation?)RepositoryLocation.Cloud, offsite.Location);
            Assert.Equal((true, true, 365), (offsite.Encrypted, offsite.Immutable, offsite.ImmutableDays));
            var local = inventory.Repositories.Single(r => r.Name == "Local JET");
            Assert.Null(local.Location);
            Assert.Equal((false, false, 0), (local.Encrypted, local.Immutable, local.ImmutableDays));

            // Runs: sessions that ended since the window start (35 days + a day before it), the running one, the stopped one unknown.
            Assert.Contains(inventory.Runs, r => r.Job == mail.Id && r.Result == RunResult.Running && r.End == null);
            Assert.Contains(inventory.Runs, r => r.Result == RunResult.Unknown);
            Assert.Contains(inventory.Runs, r => r.Result == RunResult.Warning);
            Assert.Contains(inventory.Runs, r => r.Result == RunResult.Failed);
            Assert.All(inventory.Runs, r => Assert.True(r.End == null || r.End >= Vb365Scenarios.AsOf.AddDays(-36)));
            Assert.Equal(scenario.Sessions.Count(x => inventory.Jobs.Any(j => j.Id == x.JobId) && (x.End == null || x.End >= Vb365Scenarios.AsOf.AddDays(-36))), inventory.Runs.Count);

            // Points: each backup of a job is a point of every object whose workload it holds; copies belong to the copy job.
            var night = Vb365Scenarios.AsOf.AddDays(-2).AddHours(22).AddMinutes(10);
            Assert.Equal(new[] { "onedrive:priya@contoso.com", "priya@contoso.com", "sam@contoso.com" },
                inventory.RestorePoints.Where(p => p.Job == mail.Id && p.Time == night).Select(p => p.Object).OrderBy(o => o, StringComparer.Ordinal));
            Assert.Equal(3, inventory.RestorePoints.Count(p => p.Job == copy.Id && p.Time == night && p.Repository == offsite.Id));
            Assert.DoesNotContain(inventory.RestorePoints, p => p.Time < Vb365Scenarios.AsOf.AddDays(-36));
            Assert.DoesNotContain(inventory.RestorePoints, p => p.Object.Contains("fabrikam", StringComparison.Ordinal));
            Assert.DoesNotContain(inventory.Jobs, j => j.Name == "Fabrikam all");
        }

        [Fact]
        public async Task PagesFollowOffsetAndKeepTheServersSetId()
        {
            await using var rig = await Vb365Rig.StartAsync(Vb365Scenarios.Standard());

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            var sessions = rig.Server.Requests.Where(r => r.PathAndQuery.StartsWith("/v8/JobSessions?", StringComparison.Ordinal)).Select(r => r.PathAndQuery).ToList();
            Assert.True(sessions.Count > 10, "expected many pages of 7, got " + sessions.Count);
            Assert.DoesNotContain("setId=", sessions[0]);
            Assert.Contains("offset=0&limit=7", sessions[0]);
            Assert.Contains("offset=7&limit=7&setId=", sessions[1]);
            var setIds = sessions.Skip(1).Select(q => q.Substring(q.IndexOf("setId=", StringComparison.Ordinal))).Distinct().ToList();
            Assert.Single(setIds);
            Assert.Contains(rig.Server.Requests, r => r.PathAndQuery.StartsWith("/v8/RestorePoints?organizationId=", StringComparison.Ordinal));
            // Every run the server holds in the window was read, across all pages.
            Assert.Equal(data.Inventory!.Runs.Count, data.Inventory.Runs.Select(r => (r.Job, r.Start)).Distinct().Count());
        }

        [Fact]
        public async Task TheOrganizationIsFoundByNameOfficeNameOrId()
        {
            var scenario = Vb365Scenarios.Standard();
            await using var rig = await Vb365Rig.StartAsync(scenario);
            var id = scenario.Organizations.Single(o => o.Name == Vb365Scenarios.Organization).Id;

            var byId = rig.Collect(rig.Source(id));
            var byOfficeName = rig.Collect(rig.Source("CONTOSO"));

            Assert.True(byId.Ok, byId.Error);
            Assert.True(byOfficeName.Ok, byOfficeName.Error);
            Assert.Equal(byId.Inventory!.Jobs.Count, byOfficeName.Inventory!.Jobs.Count);
        }
    }
}
