using DrAudit.Core.Model;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Sources;
using static DrAudit.Core.Tests.Loading.Inventory.InventoryTestFiles;

namespace DrAudit.Core.Tests.Sources
{
    public class InventorySourceCollectorTests
    {
        private readonly RecordingAuditHost _host = new RecordingAuditHost();

        private CollectionContext Context => new CollectionContext(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), Duration.FromDays(30), _host);

        [Fact]
        public void ReadsTheInventoryAsFairEvidenceCollectedWhenItSays()
        {
            var source = new SourceDefinition { Id = "offsite-export", Type = "inventory", Path = Fixture("spec-example.json") };

            var data = new InventorySourceCollector().Collect(source, Context, CancellationToken.None);

            Assert.True(data.Ok);
            Assert.Equal(SourceState.Ok, data.State);
            Assert.Null(data.Error);
            Assert.Equal(EvidenceQuality.Fair, data.Quality);
            Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), data.CollectedAt);
            Assert.Equal(2, data.Inventory!.Jobs.Count);
            Assert.Empty(_host.Warnings);
        }

        [Fact]
        public void ReadsACsvFolderAndUsesFileTimeWithoutCollectedAt()
        {
            var folder = CsvFolder(("repositories.csv", "id\nr1\n"));
            var written = new DateTime(2026, 10, 20, 6, 0, 0, DateTimeKind.Utc);
            foreach (var file in Directory.GetFiles(folder)) File.SetLastWriteTimeUtc(file, written.AddHours(-1));
            File.SetLastWriteTimeUtc(Path.Combine(folder, "runs.csv"), written);
            var source = new SourceDefinition { Id = "nas", Type = "inventory", Path = folder };

            var data = new InventorySourceCollector().Collect(source, Context, CancellationToken.None);

            Assert.True(data.Ok);
            Assert.Equal(new DateTimeOffset(written), data.CollectedAt);
            Assert.Equal("nas", data.Inventory!.Source);
        }

        [Fact]
        public void CaptureIsReadInsteadOfPath()
        {
            var source = new SourceDefinition
            {
                Id = "offsite-export",
                Type = "inventory",
                Path = Path.Combine(NewFolder(), "missing.json"),
                Capture = Fixture("spec-example-csv"),
            };

            var data = new InventorySourceCollector().Collect(source, Context, CancellationToken.None);

            Assert.True(data.Ok);
            Assert.Equal("Datto SIRIS 5", data.Inventory!.System);
        }

        [Fact]
        public void MissingFileMakesTheSourceFailedNamingThePath()
        {
            var path = Path.Combine(NewFolder(), "gone.json");
            var source = new SourceDefinition { Id = "main", Type = "inventory", Path = path };

            var data = new InventorySourceCollector().Collect(source, Context, CancellationToken.None);

            Assert.False(data.Ok);
            Assert.Equal(SourceState.Failed, data.State);
            Assert.Null(data.Inventory);
            Assert.StartsWith(path + ": ", data.Error);
        }

        [Fact]
        public void MalformedFileMakesTheSourceFailedWithTheLocatedProblem()
        {
            var path = Fixture("misspelt-immutable.json");
            var source = new SourceDefinition { Id = "backup-export", Type = "inventory", Path = path };

            var data = new InventorySourceCollector().Collect(source, Context, CancellationToken.None);

            Assert.Equal(SourceState.Failed, data.State);
            var column = ColumnOf(File.ReadAllText(path), 6, "\"imutable\"");
            Assert.StartsWith($"{path}:6:{column}: 'imutable' is not a field of a repository", data.Error);
        }

        [Fact]
        public void SeveralProblemsAreCountedInTheReason()
        {
            var source = new SourceDefinition { Id = "bad", Type = "inventory", Path = Fixture("bad-csv") };

            var data = new InventorySourceCollector().Collect(source, Context, CancellationToken.None);

            Assert.Equal(SourceState.Failed, data.State);
            Assert.StartsWith(Path.Combine(Fixture("bad-csv"), "repositories.csv") + ":2:13: ", data.Error);
            Assert.EndsWith("(and 1 more problem)", data.Error);
        }

        [Fact]
        public void NoPathMakesTheSourceFailed()
        {
            var data = new InventorySourceCollector().Collect(new SourceDefinition { Id = "x", Type = "inventory" }, Context, CancellationToken.None);

            Assert.Equal(SourceState.Failed, data.State);
            Assert.Contains("'x'", data.Error);
        }

        [Fact]
        public void DifferentSourceInTheFileIsAWarningNotAFailure()
        {
            var source = new SourceDefinition { Id = "datto", Type = "inventory", Path = Fixture("spec-example.json") };

            var data = new InventorySourceCollector().Collect(source, Context, CancellationToken.None);

            Assert.True(data.Ok);
            var warning = Assert.Single(_host.Warnings);
            Assert.Contains("'offsite-export'", warning);
            Assert.Contains("'datto'", warning);
        }

        [Fact]
        public void CancelledCollectionStopsWithCancellation()
        {
            var source = new SourceDefinition { Id = "offsite-export", Type = "inventory", Path = Fixture("spec-example.json") };
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();

            Assert.ThrowsAny<OperationCanceledException>(() => new InventorySourceCollector().Collect(source, Context, cancelled.Token));
        }
    }
}
