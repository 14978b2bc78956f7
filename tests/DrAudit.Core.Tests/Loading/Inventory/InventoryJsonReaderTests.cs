using DrAudit.Core.Loading.Inventory;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Inventory;
using static DrAudit.Core.Tests.Loading.Inventory.InventoryTestFiles;

namespace DrAudit.Core.Tests.Loading.Inventory
{
    public class InventoryJsonReaderTests
    {
        [Fact]
        public void SpecExampleLoadsWithEveryField()
        {
            var inventory = InventoryReader.Read(Fixture("spec-example.json"));

            Assert.Equal("draudit/v1", inventory.ApiVersion);
            Assert.Equal("Inventory", inventory.Kind);
            Assert.Equal("offsite-export", inventory.Source);
            Assert.Equal("Datto SIRIS 5", inventory.System);
            Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), inventory.CollectedAt);

            Assert.Equal(2, inventory.Repositories.Count);
            var local = inventory.Repositories[0];
            Assert.Equal(("siris-local", "SIRIS appliance", RepositoryLocation.Onsite), (local.Id, local.Name, local.Location));
            Assert.Equal((true, false, 0, true), (local.Encrypted, local.Immutable, local.ImmutableDays, local.SharesProductionCredentials));
            var cloud = inventory.Repositories[1];
            Assert.Equal(("datto-cloud", "Datto cloud", RepositoryLocation.Cloud), (cloud.Id, cloud.Name, cloud.Location));
            Assert.Equal((true, true, 30, false), (cloud.Encrypted, cloud.Immutable, cloud.ImmutableDays, cloud.SharesProductionCredentials));

            Assert.Equal(2, inventory.Jobs.Count);
            var job = inventory.Jobs[0];
            Assert.Equal(("j-sql01", "SQL01 nightly", JobKind.Backup, true), (job.Id, job.Name, job.Kind, job.Enabled));
            Assert.Equal(new[] { "SQL01" }, job.Objects);
            Assert.Equal("siris-local", job.Repository);
            Assert.Equal(Duration.FromDays(30), job.Retention);
            Assert.Equal((true, true), (job.ApplicationAware, job.Encrypted));
            var copy = inventory.Jobs[1];
            Assert.Equal(("j-sql01-copy", JobKind.Copy, "datto-cloud"), (copy.Id, copy.Kind, copy.Repository));
            Assert.Equal(Duration.FromDays(90), copy.Retention);
            Assert.Null(copy.ApplicationAware);
            Assert.Null(copy.Encrypted);

            var run = Assert.Single(inventory.Runs);
            Assert.Equal(("j-sql01", RunResult.Success), (run.Job, run.Result));
            Assert.Equal(new DateTimeOffset(2026, 10, 31, 22, 0, 0, TimeSpan.Zero), run.Start);
            Assert.Equal(new DateTimeOffset(2026, 10, 31, 22, 41, 10, TimeSpan.Zero), run.End);
            Assert.Null(run.Message);

            var point = Assert.Single(inventory.RestorePoints);
            Assert.Equal(("SQL01", "j-sql01", "siris-local", PointConsistency.Application), (point.Object, point.Job, point.Repository, point.Consistency));
            Assert.Equal(new DateTimeOffset(2026, 10, 31, 22, 0, 0, TimeSpan.Zero), point.Time);
        }

        [Fact]
        public void OptionalFieldsLeftOutAreUnknownAndAJobIsEnabledByDefault()
        {
            var inventory = ReadJsonText(Json(
                repositories: "{ \"id\": \"r1\" }",
                jobs: "{ \"id\": \"j1\", \"kind\": \"saas\", \"objects\": [\"a\", \"b\"] }",
                runs: "{ \"job\": \"j1\", \"start\": \"2026-10-31T22:00:00+10:00\", \"result\": \"warning\" }",
                restorePoints: "{ \"object\": \"a\", \"time\": \"2026-10-31T22:00:00.250-05:00\" }"));

            var repository = Assert.Single(inventory.Repositories);
            Assert.Null(repository.Name);
            Assert.Null(repository.Location);
            Assert.Null(repository.Encrypted);
            Assert.Null(repository.Immutable);
            Assert.Null(repository.ImmutableDays);
            Assert.Null(repository.SharesProductionCredentials);
            var job = Assert.Single(inventory.Jobs);
            Assert.True(job.Enabled);
            Assert.Null(job.Retention);
            Assert.Equal(new[] { "a", "b" }, job.Objects);
            var run = Assert.Single(inventory.Runs);
            Assert.Equal(TimeSpan.FromHours(10), run.Start.Offset);
            Assert.Null(run.End);
            var point = Assert.Single(inventory.RestorePoints);
            Assert.Equal(new DateTimeOffset(2026, 10, 31, 22, 0, 0, 250, TimeSpan.FromHours(-5)), point.Time);
            Assert.Null(point.Job);
            Assert.Null(point.Consistency);
        }

        [Fact]
        public void MisspeltKeyIsAnUnknownKeyAtItsLocationNotDroppedData()
        {
            var path = Fixture("misspelt-immutable.json");
            var problem = Assert.Single(PathProblems(path));

            Assert.Equal("UnknownKey", problem.Code);
            Assert.Equal(path, problem.File);
            Assert.Equal(6, problem.Line);
            Assert.Equal(ColumnOf(File.ReadAllText(path), 6, "\"imutable\""), problem.Column);
            Assert.Contains("immutable", problem.Message);
        }

        [Theory]
        [InlineData("{ \"id\": \"r1\", \"encrypted\": \"yes\" }", "\"encrypted\"", "WrongType", "true or false")]
        [InlineData("{ \"id\": \"r1\", \"immutableDays\": \"30\" }", "\"immutableDays\"", "WrongType", "whole number")]
        [InlineData("{ \"id\": \"r1\", \"immutableDays\": 2.5 }", "\"immutableDays\"", "WrongType", "whole number")]
        [InlineData("{ \"id\": \"r1\", \"immutableDays\": -1 }", "\"immutableDays\"", "BadValue", "0 or more")]
        [InlineData("{ \"id\": 7 }", "\"id\"", "WrongType", "string")]
        [InlineData("{ \"id\": \"r1\", \"location\": \"moon\" }", "\"location\"", "BadValue", "onsite, offsite, cloud, offline")]
        [InlineData("{ \"name\": \"no id\" }", "{", "MissingKey", "'id'")]
        [InlineData("{ \"id\": null }", "\"id\"", "MissingKey", "'id'")]
        [InlineData("{ \"id\": \"r1\", \"id\": \"r2\" }", "\"id\": \"r2\"", "DuplicateKey", "twice")]
        public void BadRepositoryGivesCodeLineAndColumn(string repository, string at, string code, string words)
        {
            AssertOneProblem(Json(repositories: "\n    " + repository + "\n  "), 6, at, code, words);
        }

        [Theory]
        [InlineData("{ \"id\": \"j1\", \"kind\": \"snapshot\", \"objects\": [\"a\"] }", "\"kind\"", "BadValue", "backup, copy, replica, saas")]
        [InlineData("{ \"id\": \"j1\", \"kind\": \"backup\", \"objects\": [\"a\"], \"retention\": \"thirty days\" }", "\"retention\"", "BadDuration", "thirty days")]
        [InlineData("{ \"id\": \"j1\", \"kind\": \"backup\", \"objects\": \"a\" }", "\"objects\"", "WrongType", "list")]
        [InlineData("{ \"id\": \"j1\", \"kind\": \"backup\", \"objects\": [\"a\", 3] }", "\"objects\"", "WrongType", "list of strings")]
        [InlineData("{ \"id\": \"j1\", \"kind\": \"backup\", \"objects\": [\"a\", \"\"] }", "\"objects\"", "BadValue", "empty")]
        [InlineData("{ \"id\": \"j1\", \"kind\": \"backup\" }", "{", "MissingKey", "'objects'")]
        [InlineData("{ \"id\": \"j1\", \"kind\": \"backup\", \"objects\": [\"a\"], \"enabled\": \"false\" }", "\"enabled\"", "WrongType", "true or false")]
        public void BadJobGivesCodeLineAndColumn(string job, string at, string code, string words)
        {
            AssertOneProblem(Json(jobs: "\n    " + job + "\n  "), 7, at, code, words);
        }

        [Theory]
        [InlineData("{ \"job\": \"j1\", \"start\": \"2026-10-31T22:00:00\", \"result\": \"success\" }", "\"start\"", "BadDate", "offset")]
        [InlineData("{ \"job\": \"j1\", \"start\": \"31/10/2026 22:00\", \"result\": \"success\" }", "\"start\"", "BadDate", "31/10/2026")]
        [InlineData("{ \"job\": \"j1\", \"start\": \"2026-10-31\", \"result\": \"success\" }", "\"start\"", "BadDate", "offset")]
        [InlineData("{ \"job\": \"j1\", \"start\": \"2026-10-31T22:00:00Z\", \"end\": \"2026-13-01T00:00:00Z\", \"result\": \"success\" }", "\"end\"", "BadDate", "2026-13-01")]
        [InlineData("{ \"job\": \"j1\", \"start\": \"2026-10-31T22:00:00Z\", \"result\": \"ok\" }", "\"result\"", "BadValue", "success, warning, failed, running")]
        [InlineData("{ \"job\": \"j1\", \"start\": \"2026-10-31T22:00:00Z\" }", "{", "MissingKey", "'result'")]
        public void BadRunGivesCodeLineAndColumn(string run, string at, string code, string words)
        {
            AssertOneProblem(Json(runs: "\n    " + run + "\n  "), 8, at, code, words);
        }

        [Theory]
        [InlineData("{ \"object\": \"a\", \"time\": \"2026-10-31T22:00:00Z\", \"consistency\": \"full\" }", "\"consistency\"", "BadValue", "application, crash, file")]
        [InlineData("{ \"time\": \"2026-10-31T22:00:00Z\" }", "{", "MissingKey", "'object'")]
        [InlineData("{ \"object\": \"a\" }", "{", "MissingKey", "'time'")]
        public void BadRestorePointGivesCodeLineAndColumn(string point, string at, string code, string words)
        {
            AssertOneProblem(Json(restorePoints: "\n    " + point + "\n  "), 9, at, code, words);
        }

        /// <summary>Found by <see cref="Properties.FastInventoryReaderFuzzTests"/>: Json.NET gives line 0 for its first
        /// character, so a file starting with a stray character or a second byte-order mark had a problem at 0:0.</summary>
        [Theory]
        [InlineData("x{}")]
        [InlineData("}")]
        [InlineData("\uFEFF{}")]
        public void SyntaxErrorAtTheFirstCharacterIsLocatedAtLineOneColumnOne(string json)
        {
            var problem = Assert.Single(JsonProblems(json));

            Assert.Equal(("JsonSyntax", 1, 1), (problem.Code, problem.Line, problem.Column));
        }

        /// <summary>Json.NET reads JavaScript that JSON does not have; the problem says so in words (not Json.NET's token
        /// name "Undefined") and is located at line 1 or later, column 1 or later.</summary>
        [Theory]
        [InlineData("undefined", "undefined, which JSON does not have")]
        [InlineData("new Date(1)", "a JavaScript constructor, which JSON does not have")]
        [InlineData("{ \"apiVersion\": \"draudit/v1\", \"runs\": undefined }", "undefined, which JSON does not have")]
        public void JavaScriptThatJsonDoesNotHaveIsNamedInWordsAtALocation(string json, string found)
        {
            var problems = JsonProblems(json);

            Assert.Contains(problems, p => p.Message.Contains("found " + found, StringComparison.Ordinal));
            Assert.All(problems, p => Assert.True(p.Line >= 1 && p.Column >= 1, p.ToString()));
            Assert.All(problems, p => Assert.DoesNotContain("Undefined", p.Message, StringComparison.Ordinal));
        }

        [Fact]
        public void EveryProblemIsCollectedNotJustTheFirst()
        {
            var json = Json(
                repositories: "\n    { \"id\": \"r1\", \"location\": \"moon\" },\n    { \"id\": \"r2\", \"imutable\": true }\n  ",
                runs: "\n    { \"job\": \"j1\", \"start\": \"yesterday\", \"result\": \"success\" }\n  ");

            var problems = JsonProblems(json);

            Assert.Equal(new[] { ("BadValue", 6), ("UnknownKey", 7), ("BadDate", 11) }, problems.Select(p => (p.Code, p.Line)));
        }

        [Fact]
        public void RepeatedIdIsReported()
        {
            var json = Json(jobs: "\n    { \"id\": \"j1\", \"kind\": \"backup\", \"objects\": [\"a\"] },\n    { \"id\": \"j1\", \"kind\": \"copy\", \"objects\": [\"a\"] }\n  ");

            var problem = Assert.Single(JsonProblems(json));

            Assert.Equal(("DuplicateId", 8, 5), (problem.Code, problem.Line, problem.Column));
            Assert.Contains("'j1'", problem.Message);
        }

        [Fact]
        public void WrongApiVersionAndKindAreBadValues()
        {
            var json = Json().Replace("draudit/v1", "draudit/v2").Replace("\"Inventory\"", "\"ClientDefinition\"");

            var problems = JsonProblems(json);

            Assert.Equal(new[] { ("BadValue", 2, 3), ("BadValue", 3, 3) }, problems.Select(p => (p.Code, p.Line, p.Column)));
            Assert.Contains("draudit/v1", problems[0].Message);
        }

        [Fact]
        public void MissingApiVersionAndListsAreMissingKeys()
        {
            var problems = JsonProblems("{\n  \"kind\": \"Inventory\",\n  \"repositories\": [], \"jobs\": [], \"runs\": []\n}");

            Assert.All(problems, p => Assert.Equal(("MissingKey", 1, 1), (p.Code, p.Line, p.Column)));
            Assert.Equal(2, problems.Count);
            Assert.Contains(problems, p => p.Message.Contains("'apiVersion'"));
            Assert.Contains(problems, p => p.Message.Contains("'restorePoints'"));
        }

        [Fact]
        public void ListThatIsNotAListIsWrongType()
        {
            var problem = Assert.Single(JsonProblems(Json().Replace("\"runs\": []", "\"runs\": {}")));

            Assert.Equal(("WrongType", 7), (problem.Code, problem.Line));
        }

        [Fact]
        public void SyntaxErrorIsLocated()
        {
            var json = Json(repositories: "\n    { \"id\": \"r1\" \"name\": \"missing comma\" }\n  ");

            var problem = Assert.Single(JsonProblems(json));

            Assert.Equal(("JsonSyntax", 6), (problem.Code, problem.Line));
            Assert.True(problem.Column > 0);
            Assert.DoesNotContain("Path '", problem.Message);
        }

        [Fact]
        public void TruncatedFileIsASyntaxError()
        {
            var json = Json(repositories: "{ \"id\": \"r1\" }");
            var problem = Assert.Single(JsonProblems(json.Substring(0, json.IndexOf("\"jobs\"", StringComparison.Ordinal))));

            Assert.Equal("JsonSyntax", problem.Code);
        }

        [Fact]
        public void EmptyFileAndNonObjectAreRejected()
        {
            Assert.Equal("JsonSyntax", Assert.Single(JsonProblems("")).Code);
            Assert.Equal("WrongType", Assert.Single(JsonProblems("[1, 2]")).Code);
        }

        [Fact]
        public void MissingPathIsNotFound()
        {
            var path = Path.Combine(NewFolder(), "nothing.json");

            var problem = Assert.Single(PathProblems(path));

            Assert.Equal(("NotFound", path), (problem.Code, problem.File));
        }

        [Fact]
        public void ManyRecordsStreamIn()
        {
            var runs = string.Join(",\n", Enumerable.Range(0, 5000).Select(i =>
                $"{{ \"job\": \"j{i % 7}\", \"start\": \"2026-10-{1 + i % 30:00}T22:00:00Z\", \"result\": \"{(i % 10 == 0 ? "failed" : "success")}\" }}"));

            var inventory = ReadJsonText(Json(runs: runs));

            Assert.Equal(5000, inventory.Runs.Count);
            Assert.Equal(500, inventory.Runs.Count(r => r.Result == RunResult.Failed));
            Assert.Equal("j1", inventory.Runs[4999].Job);
        }

        private static void AssertOneProblem(string json, int line, string at, string code, string words)
        {
            var problem = Assert.Single(JsonProblems(json));
            Assert.Equal(code, problem.Code);
            Assert.Equal("inline.json", problem.File);
            Assert.Equal(line, problem.Line);
            Assert.Equal(ColumnOf(json, line, at), problem.Column);
            Assert.Contains(words, problem.Message);
        }
    }
}
