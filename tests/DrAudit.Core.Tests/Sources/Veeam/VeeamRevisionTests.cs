using DrAudit.Core.Model;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Simulators.Veeam;

namespace DrAudit.Core.Tests.Sources.Veeam
{
    /// <summary>The same server contents, served in each revision's wire format, map to the same inventory.</summary>
    public class VeeamRevisionTests
    {
        [Theory]
        [InlineData("1.1-rev0")]
        [InlineData("1.2-rev1")]
        [InlineData("1.3-rev1")]
        [InlineData("1.3-rev2")]
        public async Task EachRevisionMapsJobsRunsPointsAndRepositories(string revision)
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());
            rig.Server.SupportedVersions = new List<string> { revision };

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            Assert.Equal(EvidenceQuality.Good, data.Quality);
            var inventory = data.Inventory!;
            Assert.Equal(VeeamRig.SourceId, inventory.Source);
            Assert.Contains("REST API " + revision, inventory.System);
            // Every request carries x-api-version; only the negotiating token requests use a revision the server refuses.
            Assert.All(rig.Server.Requests.Where(r => r.Status != 400), r => Assert.Equal(revision, r.ApiVersion));
            Assert.All(rig.Server.Requests.Where(r => r.Status == 400), r => Assert.Equal("/api/oauth2/token", r.PathAndQuery));
            Assert.Equal(1, rig.Server.Logouts);

            // Jobs: kinds across revisions (Backup / VSphereBackup, BackupCopy), SureBackup is not a protecting job. Backup copy
            // jobs (and their sessions) are listed from 1.3 only; before it only their backups and points are.
            var listsCopies = VeeamWireFormat.Is13(revision);
            Assert.Equal(listsCopies ? new[] { "j-copy", "j-files", "j-old", "j-sql" } : new[] { "j-files", "j-old", "j-sql" }, inventory.Jobs.Select(j => j.Id).OrderBy(i => i));
            var sql = inventory.Jobs.Single(j => j.Id == "j-sql");
            Assert.Equal(JobKind.Backup, sql.Kind);
            Assert.True(sql.Enabled);
            Assert.Equal(new[] { "SQL01", "APP01" }, sql.Objects);
            Assert.Equal("r-hardened", sql.Repository);
            Assert.Equal(Duration.FromDays(30), sql.Retention);
            Assert.True(sql.Encrypted);
            Assert.True(sql.ApplicationAware);
            if (listsCopies)
            {
                // BackupCopyJobModel: target.backupRepositoryId, target.retentionPolicy, target...encryption, sources' objects.
                var copy = inventory.Jobs.Single(j => j.Id == "j-copy");
                Assert.Equal(JobKind.Copy, copy.Kind);
                Assert.Equal("r-s3", copy.Repository);
                Assert.Equal(Duration.FromDays(90), copy.Retention);
                Assert.True(copy.Encrypted);
                Assert.Equal(new[] { "SQL01", "APP01" }, copy.Objects);
            }
            var files = inventory.Jobs.Single(j => j.Id == "j-files");
            Assert.Null(files.Retention); // a restore-point count states no duration
            Assert.False(files.Encrypted);
            Assert.False(inventory.Jobs.Single(j => j.Id == "j-old").Enabled);

            // Runs: 3 jobs (2 before 1.3) x 10 nights + 1 running; the 60-day-old session is outside the window.
            Assert.Equal(listsCopies ? 31 : 21, inventory.Runs.Count);
            Assert.Single(inventory.Runs, r => r.Job == "j-sql" && r.Result == RunResult.Failed && r.Message == "Snapshot failed");
            Assert.Single(inventory.Runs, r => r.Job == "j-files" && r.Result == RunResult.Warning);
            Assert.Single(inventory.Runs, r => r.Job == "j-files" && r.Result == RunResult.Unknown);
            var running = Assert.Single(inventory.Runs, r => r.Result == RunResult.Running);
            Assert.Null(running.End);
            var first = inventory.Runs.Single(r => r.Job == "j-sql" && r.Start == VeeamScenarios.AsOf.AddDays(-1).AddHours(-2));
            Assert.Equal(first.Start.AddMinutes(40), first.End);

            // Restore points: per protected object, with the job and repository of the backup holding them.
            Assert.Equal(9 * 4 + 10, inventory.RestorePoints.Count);
            var sqlPoints = inventory.RestorePoints.Where(p => p.Object == "SQL01").ToList();
            Assert.Equal(9, sqlPoints.Count(p => p.Job == "j-sql" && p.Repository == "r-hardened" && p.Consistency == PointConsistency.Application));
            Assert.Equal(9, sqlPoints.Count(p => p.Job == "j-copy" && p.Repository == "r-s3" && p.Consistency == null));
            Assert.All(inventory.RestorePoints.Where(p => p.Object == "FS01"), p => Assert.Equal(PointConsistency.Crash, p.Consistency));
            Assert.Equal(VeeamScenarios.AsOf.AddDays(-1).AddHours(-2).AddMinutes(1), sqlPoints.Where(p => p.Job == "j-sql").Max(p => p.Time));

            // Repositories.
            var hardened = inventory.Repositories.Single(r => r.Id == "r-hardened");
            Assert.Equal((RepositoryLocation?)RepositoryLocation.Onsite, hardened.Location);
            Assert.True(hardened.Immutable);
            Assert.Equal(30, hardened.ImmutableDays);
            Assert.True(hardened.Encrypted);
            var s3 = inventory.Repositories.Single(r => r.Id == "r-s3");
            Assert.Equal((RepositoryLocation?)RepositoryLocation.Cloud, s3.Location);
            Assert.True(s3.Immutable);
            Assert.Equal(90, s3.ImmutableDays);
            // Only the (unlisted before 1.3) copy job writes there: its encryption is known from 1.3 only, never assumed.
            Assert.Equal(listsCopies ? true : null, s3.Encrypted);
            var local = inventory.Repositories.Single(r => r.Id == "r-local");
            Assert.False(local.Immutable);
            Assert.Equal(0, local.ImmutableDays);
            Assert.False(local.Encrypted);
            var minio = inventory.Repositories.Single(r => r.Id == "r-minio");
            Assert.Null(minio.Location);
            Assert.Null(minio.Immutable);
            Assert.Null(minio.ImmutableDays);
            Assert.Null(minio.Encrypted); // no job writes there: not stated
            Assert.Null(inventory.Repositories.Single(r => r.Id == "r-nas").Encrypted); // its only job does not state encryption
            Assert.All(inventory.Repositories, r => Assert.Null(r.SharesProductionCredentials));
        }

        [Theory]
        [InlineData("1.2-rev1")]
        [InlineData("1.3-rev1")]
        public async Task SureBackupSessionsBecomeExcellentSystemRestoreTests(string revision)
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());
            rig.Server.SupportedVersions = new List<string> { revision };

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            Assert.Equal(2, data.RestoreTests.Count);
            var ok = data.RestoreTests.Single(t => t.Evidence == "veeam session sb-ok");
            Assert.Equal(RestoreScope.System, ok.Scope);
            Assert.Equal(EvidenceQuality.Excellent, ok.Quality);
            Assert.Equal(RestoreResult.Success, ok.Result);
            Assert.Equal(TimeSpan.FromMinutes(95), ok.Duration!.Value.Value);
            Assert.Equal(VeeamScenarios.AsOf.AddDays(-5), ok.Date);
            Assert.Equal(VeeamRig.SourceId, ok.Origin);
            Assert.Equal("SureBackup verified SQL01, APP01", ok.Validation);
            Assert.Equal("", ok.Service); // no client definition in the context: not attributed
            Assert.Equal(RestoreResult.Failed, data.RestoreTests.Single(t => t.Evidence == "veeam session sb-failed").Result);
        }

        [Fact]
        public async Task Revision11HasNoSureBackupSessionTypeSoNoRestoreTests()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());
            rig.Server.SupportedVersions = new List<string> { "1.1-rev0" };

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            Assert.Empty(data.RestoreTests);
            Assert.Contains(rig.Server.Requests, r => r.PathAndQuery.StartsWith("/api/v1/objectRestorePoints?", StringComparison.Ordinal));
            Assert.DoesNotContain(rig.Server.Requests, r => r.PathAndQuery.StartsWith("/api/v1/restorePoints", StringComparison.Ordinal));
        }

        [Fact]
        public async Task TriesTheNewestRevisionAndFallsBackToOneTheServerNames()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());
            rig.Server.SupportedVersions = new List<string> { "1.1-rev0", "1.1-rev1", "1.2-rev1" };

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            var tokens = rig.Server.Requests.Where(r => r.PathAndQuery == "/api/oauth2/token").Select(r => r.ApiVersion).ToList();
            Assert.Equal(new[] { "1.3-rev2", "1.2-rev1" }, tokens);
            Assert.Contains("REST API 1.2-rev1", data.Inventory!.System);
            Assert.Contains(rig.Server.Requests, r => r.PathAndQuery.StartsWith("/api/v1/restorePoints?", StringComparison.Ordinal));
        }

        [Fact]
        public async Task AConfiguredRevisionIsSentAndNotSilentlyReplaced()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());

            var used = rig.Collect(rig.Source(apiVersion: "1.2-rev0"));
            Assert.True(used.Ok, used.Error);
            Assert.All(rig.Server.Requests, r => Assert.Equal("1.2-rev0", r.ApiVersion));

            rig.Server.SupportedVersions = new List<string> { "1.1-rev0" };
            var refused = rig.Collect(rig.Source(apiVersion: "1.3-rev1"));
            Assert.False(refused.Ok);
            Assert.Contains("does not accept apiVersion 1.3-rev1", refused.Error);
        }
    }
}
