using DrAudit.Core.Loading;
using DrAudit.Core.Loading.Files;
using DrAudit.Core.Loading.Inventory;
using InventoryModel = DrAudit.Core.Model.Inventory.Inventory;

namespace DrAudit.Core.Tests.Loading.Inventory
{
    /// <summary>
    /// The fast reader of inventory files takes only valid strict JSON and gives exactly what the located reader
    /// gives for it; for anything else it gives up (null), so the located reader's problems and leniency stay as
    /// they were. <see cref="Properties.LoaderPropertyTests"/> checks the same agreement on generated files.
    /// </summary>
    public class Utf8InventoryJsonReaderTests : IDisposable
    {
        private readonly string _folder = InventoryTestFiles.NewFolder();

        public void Dispose() => Directory.Delete(_folder, true);

        /// <summary>What the located reader (the one every problem comes from) makes of a file.</summary>
        public static InventoryModel LocatedRead(string path)
        {
            using var text = InputFile.OpenText(path, InputLimits.InventoryBytes, "the inventory");
            return InventoryJsonReader.Read(text, path, CancellationToken.None);
        }

        private string Write(string name, string json)
        {
            var path = Path.Combine(_folder, name);
            File.WriteAllText(path, json);
            return path;
        }

        [Theory]
        [InlineData("spec-example.json")]
        [InlineData("spec-example-v1.1.json")]
        public void A_valid_inventory_is_read_on_the_fast_path_exactly_as_the_located_reader_reads_it(string fixture)
        {
            var path = InventoryTestFiles.Fixture(fixture);

            var fast = Utf8InventoryJsonReader.TryRead(path, CancellationToken.None);

            Assert.NotNull(fast);
            var located = LocatedRead(path);
            InventoryAssert.Equal(located, fast!);
            Assert.Equal(InventoryJsonWriter.ToJson(located), InventoryJsonWriter.ToJson(fast!));
        }

        [Fact]
        public void Repeated_names_share_one_string_and_escaped_text_is_unescaped()
        {
            var path = Write("shared.json", @"{ ""apiVersion"": ""draudit/v1"", ""kind"": ""Inventory"", ""repositories"": [], ""jobs"": [],
  ""runs"": [ { ""job"": ""job-1"", ""start"": ""2026-10-31T22:00:00Z"", ""result"": ""Success"", ""message"": ""line\nnext \u00e9"" },
            { ""job"": ""job-1"", ""start"": ""2026-11-01T22:00:00+10:00"", ""result"": ""Failed"" } ],
  ""restorePoints"": [] }");

            var fast = Utf8InventoryJsonReader.TryRead(path, CancellationToken.None);

            Assert.NotNull(fast);
            Assert.Same(fast!.Runs[0].Job, fast.Runs[1].Job);
            Assert.Equal("line\nnext \u00e9", fast.Runs[0].Message);
            InventoryAssert.Equal(LocatedRead(path), fast);
        }

        /// <summary>Text the located reader takes or locates a problem in, but that is not a valid strict-JSON inventory.</summary>
        [Theory]
        [InlineData("comment", "{ /* c */ \"apiVersion\": \"draudit/v1\", \"kind\": \"Inventory\", \"repositories\": [], \"jobs\": [], \"runs\": [], \"restorePoints\": [] }")]
        [InlineData("single quotes", "{ 'apiVersion': 'draudit/v1', \"kind\": \"Inventory\", \"repositories\": [], \"jobs\": [], \"runs\": [], \"restorePoints\": [] }")]
        [InlineData("fraction", "{ \"apiVersion\": \"draudit/v1\", \"kind\": \"Inventory\", \"repositories\": [ { \"id\": \"r\", \"immutableDays\": 7.0 } ], \"jobs\": [], \"runs\": [], \"restorePoints\": [] }")]
        [InlineData("missing key", "{ \"apiVersion\": \"draudit/v1\", \"kind\": \"Inventory\", \"repositories\": [], \"jobs\": [], \"runs\": [ { \"job\": \"j\", \"result\": \"Success\" } ], \"restorePoints\": [] }")]
        [InlineData("unknown key", "{ \"apiVersion\": \"draudit/v1\", \"kind\": \"Inventory\", \"repositories\": [], \"jobs\": [], \"runs\": [], \"restorePoints\": [], \"extra\": {} }")]
        [InlineData("unclosed", "{ \"apiVersion\": \"draudit/v1\", \"kind\": \"Inventory\", \"repositories\": [")]
        [InlineData("trailing text", "{ \"apiVersion\": \"draudit/v1\", \"kind\": \"Inventory\", \"repositories\": [], \"jobs\": [], \"runs\": [], \"restorePoints\": [] } x")]
        [InlineData("empty", "")]
        public void Anything_but_a_valid_strict_json_inventory_is_left_to_the_located_reader(string what, string json)
        {
            var path = Write(what.Replace(' ', '-') + ".json", json);

            Assert.Null(Utf8InventoryJsonReader.TryRead(path, CancellationToken.None));
            AssertSameOutcome(path);
        }

        private static string Runs(string runs, string repositories = "") =>
            "{ \"apiVersion\": \"draudit/v1\", \"kind\": \"Inventory\", \"repositories\": [" + repositories + "], \"jobs\": [], \"runs\": [ " + runs + " ], \"restorePoints\": [] }";

        /// <summary>Values the fast reader sets straight from the file's bytes (names, times, enum names, true/false,
        /// whole numbers) are set only when the located reader takes them the same way; every other value, right or
        /// wrong, goes through the field's own conversion, and a file with a problem is left to the located reader.</summary>
        [Theory]
        [InlineData("keys in another order", true, "{ \"result\": \"success\", \"start\": \"2026-10-31T22:00:00Z\", \"job\": \"j\" }")]
        [InlineData("enum name in capitals", true, "{ \"job\": \"j\", \"start\": \"2026-10-31T22:00:00Z\", \"result\": \"SUCCESS\" }")]
        [InlineData("enum name with a letter beyond ASCII", false, "{ \"job\": \"j\", \"start\": \"2026-10-31T22:00:00Z\", \"result\": \"\u017fuccess\" }")]
        [InlineData("escaped key", true, "{ \"jo\\u0062\": \"j\", \"start\": \"2026-10-31T22:00:00Z\", \"result\": \"success\" }")]
        [InlineData("null and empty optional values", true, "{ \"job\": \"j\", \"start\": \"2026-10-31T22:00:00Z\", \"end\": null, \"result\": \"success\", \"message\": \"\" }")]
        [InlineData("enum name not allowed", false, "{ \"job\": \"j\", \"start\": \"2026-10-31T22:00:00Z\", \"result\": \"successful\" }")]
        [InlineData("number for a name", false, "{ \"job\": 7, \"start\": \"2026-10-31T22:00:00Z\", \"result\": \"success\" }")]
        [InlineData("time without offset", false, "{ \"job\": \"j\", \"start\": \"2026-10-31T22:00:00\", \"result\": \"success\" }")]
        [InlineData("time out of range", false, "{ \"job\": \"j\", \"start\": \"1850-01-01T00:00:00Z\", \"result\": \"success\" }")]
        [InlineData("time with nanoseconds", true, "{ \"job\": \"j\", \"start\": \"2026-10-31T22:00:00.123456789+10:00\", \"result\": \"success\" }")]
        [InlineData("time with a leap second", false, "{ \"job\": \"j\", \"start\": \"2026-12-31T23:59:60Z\", \"result\": \"success\" }")]
        [InlineData("time with a lowercase t", false, "{ \"job\": \"j\", \"start\": \"2026-10-31t22:00:00Z\", \"result\": \"success\" }")]
        [InlineData("time with an escape", true, "{ \"job\": \"j\", \"start\": \"2026-10-31T22\\u003a00:00Z\", \"result\": \"success\" }")]
        [InlineData("empty required name", false, "{ \"job\": \"\", \"start\": \"2026-10-31T22:00:00Z\", \"result\": \"success\" }")]
        [InlineData("null required time", false, "{ \"job\": \"j\", \"start\": null, \"result\": \"success\" }")]
        [InlineData("key given twice", false, "{ \"job\": \"j\", \"job\": \"k\", \"start\": \"2026-10-31T22:00:00Z\", \"result\": \"success\" }")]
        [InlineData("end before start", false, "{ \"job\": \"j\", \"start\": \"2026-10-31T22:00:00Z\", \"end\": \"2026-10-31T21:00:00Z\", \"result\": \"success\" }")]
        [InlineData("boolean for a time", false, "{ \"job\": \"j\", \"start\": true, \"result\": \"success\" }")]
        public void Plain_values_are_set_from_the_bytes_only_as_the_located_reader_would_set_them(string what, bool fastPath, string run)
        {
            var path = Write(what.Replace(' ', '-') + ".json", Runs(run));

            var fast = Utf8InventoryJsonReader.TryRead(path, CancellationToken.None);

            Assert.Equal(fastPath, fast != null);
            if (fast != null) InventoryAssert.Equal(LocatedRead(path), fast);
            AssertSameOutcome(path);
        }

        [Theory]
        [InlineData(true, "\"immutableDays\": 30, \"encrypted\": false, \"location\": \"Cloud\"")]
        [InlineData(false, "\"immutableDays\": 2147483648")]
        [InlineData(false, "\"immutableDays\": -1")]
        [InlineData(false, "\"encrypted\": \"yes\"")]
        [InlineData(false, "\"immutableDays\": true")]
        public void Repository_numbers_and_booleans_are_set_from_the_bytes_only_as_the_located_reader_would_set_them(bool fastPath, string fields)
        {
            var path = Write("repository.json", Runs("", "{ \"id\": \"r\", " + fields + " }"));

            var fast = Utf8InventoryJsonReader.TryRead(path, CancellationToken.None);

            Assert.Equal(fastPath, fast != null);
            AssertSameOutcome(path);
        }

        [Fact]
        public void Bytes_that_are_not_utf8_inside_a_string_are_left_to_the_located_reader()
        {
            var path = Path.Combine(_folder, "bad-bytes.json");
            var json = System.Text.Encoding.UTF8.GetBytes("{ \"apiVersion\": \"draudit/v1\", \"kind\": \"Inventory\", \"source\": \"ab\", \"repositories\": [], \"jobs\": [], \"runs\": [], \"restorePoints\": [] }");
            var at = Array.IndexOf(json, (byte)'b');
            json[at] = 0xFF;
            File.WriteAllBytes(path, json);

            Assert.Null(Utf8InventoryJsonReader.TryRead(path, CancellationToken.None));
            var problem = Assert.Single(InventoryTestFiles.PathProblems(path));
            Assert.Equal(("BadEncoding", 1), (problem.Code, problem.Line));
        }

        /// <summary><see cref="InventoryReader.Read(string)"/> (fast path first) and the located reader agree: same
        /// inventory, or the same located problems.</summary>
        internal static void AssertSameOutcome(string path)
        {
            InventoryModel? located = null;
            IReadOnlyList<DefinitionProblem>? locatedProblems = null;
            try { located = LocatedRead(path); }
            catch (DefinitionException e) { locatedProblems = e.Problems; }

            InventoryModel? read = null;
            IReadOnlyList<DefinitionProblem>? readProblems = null;
            try { read = InventoryReader.Read(path); }
            catch (DefinitionException e) { readProblems = e.Problems; }

            if (located != null)
            {
                Assert.NotNull(read);
                Assert.Equal(InventoryJsonWriter.ToJson(located), InventoryJsonWriter.ToJson(read!));
            }
            else
            {
                Assert.NotNull(readProblems);
                Assert.Equal(locatedProblems!.Select(p => p.ToString()), readProblems!.Select(p => p.ToString()));
            }
        }
    }
}
