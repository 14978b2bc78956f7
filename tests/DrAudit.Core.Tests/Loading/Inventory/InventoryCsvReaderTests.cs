using DrAudit.Core.Loading.Inventory;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Inventory;
using static DrAudit.Core.Tests.Loading.Inventory.InventoryTestFiles;

namespace DrAudit.Core.Tests.Loading.Inventory
{
    public class InventoryCsvReaderTests
    {
        [Fact]
        public void SpecExampleAsCsvFolderLoadsEqualToTheJson()
        {
            var fromJson = InventoryReader.Read(Fixture("spec-example.json"));
            var fromCsv = InventoryReader.Read(Fixture("spec-example-csv"));

            InventoryAssert.Equal(fromJson, fromCsv);
            Assert.Equal("Datto cloud", fromCsv.Repositories[1].Name);
            Assert.True(fromCsv.Repositories[0].SharesProductionCredentials);
            Assert.Equal(Duration.FromDays(90), fromCsv.Jobs[1].Retention);
        }

        [Fact]
        public void ObjectsAreSeparatedBySemicolonsAndQuotedCellsKeepCommas()
        {
            var folder = CsvFolder(
                ("jobs.csv", "id,kind,objects,name,enabled\nj1,backup,SRV1; SRV2 ;SRV3,\"Nightly, all \"\"servers\"\"\",FALSE\n"),
                ("repositories.csv", "id\r\nr1\r\n"));

            var inventory = InventoryReader.Read(folder);

            var job = Assert.Single(inventory.Jobs);
            Assert.Equal(new[] { "SRV1", "SRV2", "SRV3" }, job.Objects);
            Assert.Equal("Nightly, all \"servers\"", job.Name);
            Assert.False(job.Enabled);
            Assert.Equal("r1", Assert.Single(inventory.Repositories).Id);
            Assert.Empty(inventory.Runs);
            Assert.Empty(inventory.RestorePoints);
            Assert.Equal("", inventory.Source);
            Assert.Null(inventory.CollectedAt);
        }

        [Fact]
        public void EmptyCellIsNotGiven()
        {
            var folder = CsvFolder(("repositories.csv", "id,location,encrypted,immutableDays\nr1,,,\n"));

            var repository = Assert.Single(InventoryReader.Read(folder).Repositories);

            Assert.Null(repository.Location);
            Assert.Null(repository.Encrypted);
            Assert.Null(repository.ImmutableDays);
        }

        [Fact]
        public void BadValuesAreLocatedByFileLineAndColumnAcrossFiles()
        {
            var folder = Fixture("bad-csv");

            var problems = PathProblems(folder);

            Assert.Equal(2, problems.Count);
            Assert.Equal(("BadValue", Path.Combine(folder, "repositories.csv"), 2, 13), (problems[0].Code, problems[0].File, problems[0].Line, problems[0].Column));
            Assert.Contains("onsite, offsite, cloud, offline", problems[0].Message);
            Assert.Equal(("BadDate", Path.Combine(folder, "runs.csv"), 2, 4), (problems[1].Code, problems[1].File, problems[1].Line, problems[1].Column));
        }

        [Theory]
        [InlineData("id,kind,objects,schedule\nj1,backup,a,daily\n", "UnknownKey", 1, 17)]
        [InlineData("id,kind,objects,id\nj1,backup,a,j2\n", "DuplicateKey", 1, 17)]
        [InlineData("id,objects\nj1,a\n", "MissingKey", 1, 1)]
        [InlineData("id,kind,objects\nj1,,a\n", "MissingKey", 2, 4)]
        [InlineData("id,kind,objects\nj1,backup,a,extra\n", "CsvFormat", 2, 13)]
        [InlineData("id,kind,objects\nj1,backup\n", "CsvFormat", 2, 4)]
        [InlineData("id,kind,objects\nj1,back\"up,a\n", "CsvFormat", 2, 8)]
        [InlineData("id,kind,objects\n\"j1\"x,backup,a\n", "CsvFormat", 2, 5)]
        [InlineData("id,kind,objects\nj1,backup,\"a\n", "CsvFormat", 2, 11)]
        [InlineData("id,kind,objects,enabled\nj1,backup,a,yes\n", "BadValue", 2, 13)]
        [InlineData("id,kind,objects,retention\nj1,backup,a,forever\n", "BadDuration", 2, 13)]
        [InlineData("id,kind,objects\nj1,backup,a\nj1,copy,b\n", "DuplicateId", 3, 1)]
        [InlineData("", "CsvFormat", 1, 1)]
        public void BadJobsFileGivesCodeLineAndColumn(string jobsCsv, string code, int line, int column)
        {
            var folder = CsvFolder(("jobs.csv", jobsCsv));

            var problem = Assert.Single(PathProblems(folder));

            Assert.Equal((code, Path.Combine(folder, "jobs.csv"), line, column), (problem.Code, problem.File, problem.Line, problem.Column));
        }

        [Fact]
        public void MalformedRowDoesNotStopTheRowsAfterIt()
        {
            var folder = CsvFolder(("runs.csv", "job,start,result\nj1,\"2026-10-31T22:00:00Z\"x,success\nj1,2026-10-31T22:00:00Z,maybe\n"));

            var problems = PathProblems(folder);

            Assert.Equal(new[] { ("CsvFormat", 2), ("BadValue", 3) }, problems.Select(p => (p.Code, p.Line)));
        }

        [Fact]
        public void MissingListFileIsReported()
        {
            var folder = CsvFolder();
            File.Delete(Path.Combine(folder, "runs.csv"));

            var problem = Assert.Single(PathProblems(folder));

            Assert.Equal(("MissingFile", Path.Combine(folder, "runs.csv")), (problem.Code, problem.File));
        }

        [Fact]
        public void HeaderFileGivesSourceSystemAndCollectedAt()
        {
            var folder = CsvFolder(("inventory.yaml", "apiVersion: draudit/v1\nkind: Inventory\nsource: nas\nsystem: \"Synology Hyper Backup\"\ncollectedAt: 2026-10-30T08:15:00+11:00\n"));

            var inventory = InventoryReader.Read(folder);

            Assert.Equal(("nas", "Synology Hyper Backup"), (inventory.Source, inventory.System));
            Assert.Equal(new DateTimeOffset(2026, 10, 30, 8, 15, 0, TimeSpan.FromHours(11)), inventory.CollectedAt);
        }

        [Theory]
        [InlineData("source: nas\ncollectedAt: last tuesday\n", "BadDate", 2, 1)]
        [InlineData("source: nas\nsytem: x\n", "UnknownKey", 2, 1)]
        [InlineData("source: [a, b]\n", "WrongType", 1, 1)]
        [InlineData("source: nas\nsystem: \"unclosed\n", "YamlSyntax", 2, 9)]
        public void BadHeaderFileIsLocated(string yaml, string code, int line, int column)
        {
            var folder = CsvFolder(("inventory.yaml", yaml));

            var problem = Assert.Single(PathProblems(folder));

            Assert.Equal((code, Path.Combine(folder, "inventory.yaml"), line, column), (problem.Code, problem.File, problem.Line, problem.Column));
        }

        /// <summary>Found by <see cref="Properties.CsvInventoryFuzzTests"/>: YamlDotNet parses an alias after a quoted
        /// value as a key without a value, and its tree builder then threw an ArgumentException out of the reader.</summary>
        [Theory]
        [InlineData("source: \"nas\" *x\n", 1, 15)]
        [InlineData("source: &x \"nas\" *x\n", 1, 18)]
        public void HeaderKeyWithoutValueAfterAQuotedValueIsALocatedYamlProblemNotACrash(string yaml, int line, int column)
        {
            var folder = CsvFolder(("inventory.yaml", yaml));

            var problem = Assert.Single(PathProblems(folder));

            Assert.Equal(("YamlSyntax", Path.Combine(folder, "inventory.yaml"), line, column), (problem.Code, problem.File, problem.Line, problem.Column));
        }

        [Fact]
        public void OneCsvFileGivenInsteadOfItsFolderIsRejected()
        {
            var folder = CsvFolder();

            var problem = Assert.Single(PathProblems(Path.Combine(folder, "jobs.csv")));

            Assert.Equal("WrongFile", problem.Code);
        }

        [Fact]
        public void ReadingStopsAtTheProblemLimit()
        {
            var rows = string.Concat(Enumerable.Range(0, 500).Select(i => $"p{i},not a time\n"));
            var folder = CsvFolder(("restore-points.csv", "object,time\n" + rows));

            var problems = PathProblems(folder);

            Assert.Equal(101, problems.Count);
            Assert.Equal("TooManyProblems", problems[^1].Code);
        }
    }
}
