using DrAudit.Core.Loading.Inventory;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Inventory;
using static DrAudit.Core.Tests.Loading.Inventory.InventoryTestFiles;
using InventoryModel = DrAudit.Core.Model.Inventory.Inventory;

namespace DrAudit.Core.Tests.Loading.Inventory
{
    public class InventoryJsonWriterTests
    {
        [Fact]
        public void SpecExampleRoundTrips()
        {
            var original = InventoryReader.Read(Fixture("spec-example.json"));

            var again = ReadJsonText(InventoryJsonWriter.ToJson(original));

            InventoryAssert.Equal(original, again);
        }

        [Fact]
        public void EveryFieldAndEveryValueRoundTrips()
        {
            var original = Generated(runs: 60, points: 90);

            var again = ReadJsonText(InventoryJsonWriter.ToJson(original));

            InventoryAssert.Equal(original, again);
        }

        [Fact]
        public void LargeInventoryRoundTripsThroughAFile()
        {
            var original = Generated(runs: 20_000, points: 40_000);
            var path = Path.Combine(NewFolder(), "inventory.json");

            InventoryJsonWriter.Save(original, path);
            var again = InventoryReader.Read(path);

            InventoryAssert.Equal(original, again);
        }

        [Fact]
        public void WritesTheNeutralFormat()
        {
            var inventory = new InventoryModel
            {
                Source = "main",
                CollectedAt = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero),
                Repositories = { new Repository { Id = "r1", Location = RepositoryLocation.Offline } },
                Jobs = { new Job { Id = "j1", Kind = JobKind.Replica, Objects = { "a" }, Retention = Duration.Parse("P1DT12H") } },
                Runs = { new JobRun { Job = "j1", Start = new DateTimeOffset(2026, 10, 31, 22, 0, 0, TimeSpan.FromHours(10)), Result = RunResult.Running, Message = "" } },
                RestorePoints = { new RestorePoint { Object = "a", Time = new DateTimeOffset(2026, 10, 31, 22, 0, 0, 500, TimeSpan.Zero) } },
            };

            var json = InventoryJsonWriter.ToJson(inventory);

            Assert.StartsWith("{\n  \"apiVersion\": \"draudit/v1\",\n  \"kind\": \"Inventory\",\n  \"source\": \"main\",", json.Replace("\r\n", "\n"));
            Assert.Contains("\"collectedAt\": \"2026-11-01T00:00:00Z\"", json);
            Assert.Contains("\"location\": \"offline\"", json);
            Assert.Contains("\"kind\": \"replica\"", json);
            Assert.Contains("\"retention\": \"1d12h\"", json);
            Assert.Contains("\"start\": \"2026-10-31T22:00:00+10:00\"", json);
            Assert.Contains("\"result\": \"running\"", json);
            Assert.Contains("\"time\": \"2026-10-31T22:00:00.5Z\"", json);
            Assert.Contains("\"enabled\": true", json);
            Assert.DoesNotContain("null", json);
            Assert.DoesNotContain("\"encrypted\"", json);
            Assert.DoesNotContain("\"message\"", json);
            Assert.DoesNotContain("\"system\"", json);
        }

        /// <summary>An inventory using every enum value, every optional field both given and not, and varied offsets.</summary>
        private static InventoryModel Generated(int runs, int points)
        {
            var start = new DateTimeOffset(2026, 6, 1, 22, 0, 0, TimeSpan.Zero);
            var offsets = new[] { TimeSpan.Zero, TimeSpan.FromHours(10), TimeSpan.FromHours(-5.5) };
            var locations = Enum.GetValues<RepositoryLocation>();
            var kinds = Enum.GetValues<JobKind>();
            var results = Enum.GetValues<RunResult>();
            var consistencies = Enum.GetValues<PointConsistency>();
            var inventory = new InventoryModel { Source = "generated", System = "Test \"System\" \u00e9", CollectedAt = start.AddDays(150).ToOffset(offsets[1]) };
            for (var i = 0; i < 8; i++)
            {
                var known = i % 2 == 0;
                inventory.Repositories.Add(new Repository
                {
                    Id = "repo-" + i,
                    Name = known ? "Repository " + i : null,
                    Location = known ? locations[i / 2 % locations.Length] : null,
                    Encrypted = known ? i % 4 == 0 : null,
                    Immutable = known ? i % 4 != 0 : null,
                    ImmutableDays = known ? i * 7 : null,
                    SharesProductionCredentials = known ? i == 2 : null,
                });
            }
            for (var i = 0; i < 10; i++)
            {
                var known = i % 3 != 0;
                inventory.Jobs.Add(new Job
                {
                    Id = "job-" + i,
                    Name = known ? "Job, number " + i : null,
                    Kind = kinds[i % kinds.Length],
                    Enabled = i % 4 != 1,
                    Objects = Enumerable.Range(0, 1 + i % 3).Select(n => $"SRV{i}{n}").ToList(),
                    Repository = known ? "repo-" + i % 8 : null,
                    Retention = known ? new Duration(TimeSpan.FromHours(1 + i * 13) + TimeSpan.FromMinutes(i)) : null,
                    ApplicationAware = known ? i % 2 == 0 : null,
                    Encrypted = known ? i % 2 == 1 : null,
                });
            }
            for (var i = 0; i < runs; i++)
            {
                var runStart = start.AddHours(i).AddMilliseconds(i % 5 == 0 ? 123 : 0).ToOffset(offsets[i % offsets.Length]);
                inventory.Runs.Add(new JobRun
                {
                    Job = "job-" + i % 10,
                    Start = runStart,
                    End = i % 4 == 0 ? null : runStart.AddMinutes(41).AddSeconds(i % 60),
                    Result = results[i % results.Length],
                    Message = i % 3 == 0 ? null : "line one\nline \"two\" " + i,
                });
            }
            for (var i = 0; i < points; i++)
            {
                inventory.RestorePoints.Add(new RestorePoint
                {
                    Object = $"SRV{i % 10}{i % 3}",
                    Job = i % 5 == 0 ? null : "job-" + i % 10,
                    Time = start.AddMinutes(i * 30).AddTicks(i % 7).ToOffset(offsets[(i + 1) % offsets.Length]),
                    Repository = i % 6 == 0 ? null : "repo-" + i % 8,
                    Consistency = i % 4 == 3 ? null : consistencies[i % consistencies.Length],
                });
            }
            inventory.BackupServer = new BackupServer
            {
                Name = "VBR \"01\"",
                ConfigBackup = new ConfigurationBackup { Enabled = true, Encrypted = false, Repository = "repo-2", LastSuccess = start.AddDays(149).ToOffset(offsets[2]) },
            };
            var workloadKinds = Enum.GetValues<WorkloadKind>();
            inventory.Discovered = Enumerable.Range(0, 20)
                .Select(i => new DiscoveredWorkload { Object = $"SRV{i % 10}{i % 3}", Kind = workloadKinds[i % workloadKinds.Length], Platform = i % 3 == 0 ? null : "vSphere, vc0" + i % 2 })
                .ToList();
            return inventory;
        }

        [Fact]
        public void BackupServerAndDiscoveredAreWrittenOnlyWhenKnown()
        {
            var bare = InventoryJsonWriter.ToJson(new InventoryModel { Source = "main" });
            Assert.DoesNotContain("backupServer", bare);
            Assert.DoesNotContain("discovered", bare);

            var inventory = new InventoryModel
            {
                Source = "main",
                BackupServer = new BackupServer { Name = "VBR01" },
                Discovered = new List<DiscoveredWorkload> { new DiscoveredWorkload { Object = "\\\\nas\\share", Kind = WorkloadKind.FileShare } },
            };
            var json = InventoryJsonWriter.ToJson(inventory);
            Assert.Contains("\"kind\": \"file-share\"", json);
            Assert.DoesNotContain("configBackup", json);
            var again = ReadJsonText(json);
            InventoryAssert.Equal(inventory, again);

            var empty = ReadJsonText(InventoryJsonWriter.ToJson(new InventoryModel { Source = "main", Discovered = new List<DiscoveredWorkload>() }));
            Assert.NotNull(empty.Discovered);
            Assert.Empty(empty.Discovered!);
        }
    }
}
