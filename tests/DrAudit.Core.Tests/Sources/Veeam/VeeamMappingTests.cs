using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;
using DrAudit.Collectors.Veeam;
using DrAudit.Core.Tests.Simulators.Veeam;

namespace DrAudit.Core.Tests.Sources.Veeam
{
    /// <summary>Each mapping rule on its own: enum values of every revision, unknown values, SureBackup to services.</summary>
    public class VeeamMappingTests
    {
        [Theory]
        [InlineData("Backup", JobKind.Backup)]
        [InlineData("VSphereBackup", JobKind.Backup)]
        [InlineData("HyperVBackup", JobKind.Backup)]
        [InlineData("WindowsAgentBackup", JobKind.Backup)]
        [InlineData("BackupCopy", JobKind.Copy)]
        [InlineData("BackupToTape", JobKind.Copy)]
        [InlineData("VSphereReplica", JobKind.Replica)]
        [InlineData("CloudDirectorFrobnicate", JobKind.Unknown)]
        public void JobTypesOfEveryRevisionMapToKinds(string type, JobKind kind) => Assert.Equal(kind, VeeamValues.KindOfJob(type));

        [Theory]
        [InlineData("SureBackup")]
        [InlineData("MalwareDetection")]
        public void JobsThatProtectNothingAreNotInventoryJobs(string type) => Assert.Null(VeeamValues.KindOfJob(type));

        [Theory]
        [InlineData("Success", "Stopped", RunResult.Success)]
        [InlineData("success", "stopped", RunResult.Success)]
        [InlineData("Warning", "Stopped", RunResult.Warning)]
        [InlineData("Failed", "Stopped", RunResult.Failed)]
        [InlineData("None", "Working", RunResult.Running)]
        [InlineData("None", "WaitingRepository", RunResult.Running)]
        [InlineData("None", "Stopped", RunResult.Unknown)]
        [InlineData("Succeeded", "Stopped", RunResult.Unknown)]
        [InlineData(null, null, RunResult.Unknown)]
        public void SessionResultsMapAndUnknownIsNeverSuccess(string? result, string? state, RunResult expected) =>
            Assert.Equal(expected, VeeamValues.RunResultOf(result, state));

        [Theory]
        [InlineData("disabled", true)]
        [InlineData("Disabled", true)]
        [InlineData("inactive", false)]
        [InlineData("Running", false)]
        public void JobStatusDisabledInEitherCase(string status, bool disabled) => Assert.Equal(disabled, VeeamValues.IsDisabledStatus(status));

        [Theory]
        [InlineData("WinLocal", RepositoryLocation.Onsite)]
        [InlineData("LinuxHardened", RepositoryLocation.Onsite)]
        [InlineData("Nfs", RepositoryLocation.Onsite)]
        [InlineData("AmazonS3", RepositoryLocation.Cloud)]
        [InlineData("AzureBlob", RepositoryLocation.Cloud)]
        [InlineData("WasabiCloud", RepositoryLocation.Cloud)]
        [InlineData("S3Compatible", null)]
        [InlineData("SomethingNew", null)]
        public void RepositoryTypesGiveALocationOrNone(string type, RepositoryLocation? location) => Assert.Equal(location, VeeamValues.LocationOf(type));

        [Fact]
        public async Task ObjectStorageImmutabilityIsReadFromTheBucketOrContainerAndMissingStaysUnknown()
        {
            var scenario = new VeeamScenario();
            scenario.Repositories.Add(new SimRepository { Id = "azure", Name = "Azure", Type = "AzureBlob", ObjectImmutability = (true, 45) });
            scenario.Repositories.Add(new SimRepository { Id = "wasabi-off", Name = "Wasabi", Type = "WasabiCloud", ObjectImmutability = (false, 0) });
            scenario.Repositories.Add(new SimRepository { Id = "s3-unstated", Name = "S3", Type = "AmazonS3" });
            scenario.Repositories.Add(new SimRepository { Id = "hardened-unstated", Name = "Hardened", Type = "LinuxHardened" });
            await using var rig = await VeeamRig.StartAsync(scenario);

            var repositories = rig.Collect().Inventory!.Repositories.ToDictionary(r => r.Id);

            Assert.True(repositories["azure"].Immutable);
            Assert.Equal(45, repositories["azure"].ImmutableDays);
            Assert.False(repositories["wasabi-off"].Immutable);
            Assert.Equal(0, repositories["wasabi-off"].ImmutableDays);
            Assert.Null(repositories["s3-unstated"].Immutable);
            Assert.Null(repositories["s3-unstated"].ImmutableDays);
            Assert.True(repositories["hardened-unstated"].Immutable);
            Assert.Null(repositories["hardened-unstated"].ImmutableDays);
        }

        [Fact]
        public async Task RepositoryEncryptionIsUnknownWhenAnyJobWritingThereDoesNotSay()
        {
            var scenario = new VeeamScenario();
            scenario.Repositories.Add(new SimRepository { Id = "r", Name = "Mixed", Type = "WinLocal" });
            scenario.Jobs.Add(new SimJob { Id = "a", Name = "A", RepositoryId = "r", Encrypted = true, Objects = { "A" } });
            scenario.Jobs.Add(new SimJob { Id = "b", Name = "B", RepositoryId = "r", Encrypted = null, Objects = { "B" } });
            await using var rig = await VeeamRig.StartAsync(scenario);

            var inventory = rig.Collect().Inventory!;

            Assert.Null(inventory.Repositories.Single().Encrypted);
            Assert.Null(inventory.Jobs.Single(j => j.Id == "b").Encrypted);
        }

        private static ClientDefinition Definition() => new()
        {
            Components =
            {
                new Component { Id = "pm-db", Backup = new BackupSpec { Match = { new BackupMatch { Source = "veeam-main", Object = "sql*" } } } },
                new Component { Id = "pm-app", Backup = new BackupSpec { Match = { new BackupMatch { Source = "veeam-main", Object = "APP01" } } } },
                new Component { Id = "mail", Backup = new BackupSpec { Match = { new BackupMatch { Source = "other-source", Object = "SQL01" } } } },
                new Component { Id = "files", Backup = new BackupSpec { Match = { new BackupMatch { Source = "veeam-main", Object = "FS01" } } } },
            },
            Services =
            {
                new Service { Id = "practice-management", Components = { "pm-db", "pm-app" } },
                new Service { Id = "reporting", Components = { "pm-db", "files" } },
                new Service { Id = "email", Components = { "mail" } },
            },
        };

        private static SureBackupRun Run(params string[] objects)
        {
            var run = new SureBackupRun { SessionId = "s1", JobName = "SureBackup SQL", Start = VeeamScenarios.AsOf.AddDays(-3), End = VeeamScenarios.AsOf.AddDays(-3).AddHours(2), Result = RestoreResult.Success };
            run.Objects.AddRange(objects);
            return run;
        }

        [Fact]
        public void ASureBackupRunIsAttributedToEveryServiceWhoseComponentsItVerified()
        {
            var tests = SureBackupRestoreTests.Build(new[] { Run("SQL01", "APP01") }, Definition(), "veeam-main");

            Assert.Equal(new[] { "practice-management", "reporting" }, tests.Select(t => t.Service));
            Assert.Equal(new[] { "pm-db", "pm-app" }, tests[0].Components);
            Assert.Equal(new[] { "pm-db" }, tests[1].Components); // files was not verified
            Assert.All(tests, t =>
            {
                Assert.Equal(RestoreScope.System, t.Scope);
                Assert.Equal(DrAudit.Core.Model.Result.EvidenceQuality.Excellent, t.Quality);
                Assert.Equal(TimeSpan.FromHours(2), t.Duration!.Value.Value);
                Assert.False(t.Exercise);
            });
        }

        [Fact]
        public void MatchesOfAnotherSourceDoNotAttributeARun()
        {
            var test = Assert.Single(SureBackupRestoreTests.Build(new[] { Run("MAIL01") }, Definition(), "veeam-main"));

            Assert.Equal("", test.Service);
            Assert.Empty(test.Components);
            Assert.Equal("SureBackup verified MAIL01", test.Validation);
        }

        [Fact]
        public async Task TheCollectorUsesTheDefinitionInTheContext()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());
            var context = rig.Context();
            context.Definition = Definition();

            var data = rig.Collect(context: context);

            var ok = data.RestoreTests.Where(t => t.Evidence == "veeam session sb-ok").ToList();
            Assert.Equal(new[] { "practice-management", "reporting" }, ok.Select(t => t.Service));
            var failed = Assert.Single(data.RestoreTests, t => t.Evidence == "veeam session sb-failed");
            Assert.Equal("practice-management", failed.Service);
            Assert.Equal(new[] { "pm-app" }, failed.Components);
        }

        [Fact]
        public async Task AnUnfinishedSureBackupRunIsNotEvidence()
        {
            var scenario = VeeamScenarios.Standard();
            scenario.Sessions.Add(new SimSession { Id = "sb-running", JobId = "j-sure", Name = "SureBackup SQL", Kind = SimJobKind.SureBackup, Created = VeeamScenarios.AsOf.AddHours(-1), Result = "None", State = "Working", Verified = { "SQL01" } });
            scenario.Sessions.Add(new SimSession { Id = "sb-odd", JobId = "j-sure", Name = "SureBackup SQL", Kind = SimJobKind.SureBackup, Created = VeeamScenarios.AsOf.AddHours(-9), End = VeeamScenarios.AsOf.AddHours(-8), Result = "Mystery", Verified = { "SQL01" } });
            await using var rig = await VeeamRig.StartAsync(scenario);

            var data = rig.Collect();

            Assert.DoesNotContain(data.RestoreTests, t => t.Evidence == "veeam session sb-running" || t.Evidence == "veeam session sb-odd");
            Assert.Contains(rig.Host.Verbose, v => v.Contains("sb-odd") && v.Contains("not restore-test evidence"));
        }
    }
}
