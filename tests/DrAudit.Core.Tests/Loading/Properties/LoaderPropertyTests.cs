using System.Text;
using DrAudit.Core.Loading;
using DrAudit.Core.Loading.Definition;
using DrAudit.Core.Loading.Inventory;
using DrAudit.Core.Tests.Loading.Definition;
using DrAudit.Core.Tests.Loading.Inventory;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DrAudit.Core.Tests.Loading.Properties
{
    /// <summary>
    /// Generated inputs against the loaders: any text either loads or yields problems with a file and (for content
    /// problems) a line and column, never another exception. Text is built from YAML and JSON punctuation, keys and
    /// values the loaders know, and bytes that are not UTF-8, mixed into valid files, so most cases reach deep into
    /// the readers. Counts are kept modest so the suite stays fast.
    /// </summary>
    public class LoaderPropertyTests : IDisposable
    {
        private const int Cases = 150;
        private readonly DefinitionFolder _folder = new DefinitionFolder();

        public void Dispose() => _folder.Dispose();

        private static readonly string[] YamlPieces =
        {
            "[", "]", "{", "}", ":", ": ", "- ", ",", " ", "  ", "\n", "\n  ", "\n    ", "\t", "'", "\"", "#", "?", "|", ">", "&a ", "*a", "!foo ",
            "!!str ", "---\n", "...\n", "%YAML 1.2\n", "<<: *a", "~", "null", "true", "0", "-1", "99999999999999999999",
            "apiVersion: draudit/v1\n", "client:\n  id: acme\n  name: Acme\n", "services:\n", "components:\n", "sources:\n",
            "- id: x\n", "  kind: server\n", "  tier: critical\n", "  components: [x]\n", "  dependsOn: [x]\n", "asOf: ", "auditWindow: ",
            "0001-01-01", "9999-12-31T23:59:59Z", "2026-02-30", "9999y", "PT4H", "1d12h", "restoreTests:\n  path: ", "/dev/zero", "../",
            "exceptions:\n", "recovery:\n", "credential: { secret: s }", "é", "\u202E", "\u0000", "\uFEFF",
        };

        private static readonly string[] JsonPieces =
        {
            "{", "}", "[", "]", ":", ",", " ", "\n", "\"", "\\", "\\u0000", "null", "true", "false", "0", "-1.5e308", "1e999", "123456789012345678901234",
            "\"apiVersion\": \"draudit/v1\"", "\"kind\": \"Inventory\"", "\"source\": \"s\"", "\"repositories\": []", "\"jobs\": []", "\"runs\": []",
            "\"restorePoints\": []", "{ \"job\": \"j\", \"start\": \"2026-10-31T22:00:00Z\", \"result\": \"success\" }", "\"end\": \"2026-10-31T21:00:00Z\"",
            "\"time\": \"0001-01-01T00:00:00Z\"", "\"retention\": \"9999y\"", "\"objects\": [\"A\", 1, null]", "/* c */", "// c\n", "é",
            // Values the fast reader sets straight from bytes, in forms right and wrong.
            "\"result\": \"SUCCESS\"", "\"result\": \"succes\"", "\"consistency\": \"Crash\"", "\"location\": \"CLOUD\"", "\"location\": \"\u00e9\"",
            "\"immutableDays\": 2147483648", "\"immutableDays\": 30", "\"encrypted\": \"true\"", "\"encrypted\": false", "\"job\": \"\"", "\"job\": null",
            "\"start\": \"2026-10-31T22:00:00.1234567+10:00\"", "\"start\": \"2026-10-31T22\\u003a00:00Z\"", "\"start\": \"2026-10-31T22:00:00+14:01\"",
            "\"time\": \"2199-12-31T23:59:59-01:00\"", "\"object\": \"SRV-1\"", "\"object\": \"srv-1\"",
        };

        /// <summary>A valid definition with pieces inserted at generated places, or pieces alone.</summary>
        private static Gen<string> Mutated(string valid, string[] pieces) =>
            from inserts in Gen.ListOf(Gen.Zip(Gen.Choose(0, valid.Length), Gen.Elements(pieces)))
            from alone in Gen.Elements(true, false, false)
            select alone ? string.Concat(inserts.Select(i => i.Item2)) : Insert(valid, inserts);

        private static string Insert(string text, IEnumerable<(int, string)> inserts)
        {
            var builder = new StringBuilder(text);
            foreach (var (at, piece) in inserts.OrderByDescending(i => i.Item1)) builder.Insert(Math.Min(at, builder.Length), piece);
            return builder.ToString();
        }

        /// <summary>Bytes of the text, with some replaced by bytes that are not UTF-8.</summary>
        private static Gen<byte[]> WithBadBytes(Gen<string> texts) =>
            from text in texts
            from bad in Gen.ListOf(Gen.Zip(Gen.Choose(0, 1000), Gen.Elements<byte>(0xFF, 0xC0, 0xED, 0x80, 0xF5)))
            from corrupt in Gen.Elements(true, false, false, false)
            select Corrupt(Encoding.UTF8.GetBytes(text), corrupt ? bad : new List<(int, byte)>());

        private static byte[] Corrupt(byte[] bytes, IEnumerable<(int, byte)> bad)
        {
            foreach (var (at, b) in bad)
                if (bytes.Length > 0) bytes[at % bytes.Length] = b;
            return bytes;
        }

        private static readonly HashSet<string> WholeFileCodes = new(StringComparer.Ordinal) { "FileNotFound", "FileUnreadable", "NotAFile", "TooLarge", "DependencyCycle" };

        [Property(MaxTest = Cases)]
        public Property Any_client_definition_text_loads_or_gives_located_problems() =>
            Prop.ForAll(WithBadBytes(Mutated(DefinitionFolder.Minimal, YamlPieces)).ToArbitrary(), bytes =>
            {
                var path = Path.Combine(_folder.Path, "client.yaml");
                File.WriteAllBytes(path, bytes);

                var result = ClientDefinitionLoader.Read(path);

                Assert.Equal(result.HasErrors, result.Definition == null);
                Assert.All(result.Problems, p =>
                {
                    Assert.False(string.IsNullOrEmpty(p.Code));
                    Assert.False(string.IsNullOrEmpty(p.Message));
                    Assert.True(p.Line >= 1 && p.Column >= 1 || WholeFileCodes.Contains(p.Code), "not located: " + p.Code + " " + p);
                });
            });

        [Property(MaxTest = Cases)]
        public Property Any_inventory_json_text_loads_or_gives_located_problems() =>
            Prop.ForAll(WithBadBytes(Mutated(File.ReadAllText(InventoryTestFiles.Fixture("spec-example.json")), JsonPieces)).ToArbitrary(), bytes =>
            {
                var path = Path.Combine(_folder.Path, "inventory.json");
                File.WriteAllBytes(path, bytes);
                try
                {
                    InventoryReader.Read(path);
                }
                catch (DefinitionException e)
                {
                    Assert.NotEmpty(e.Problems);
                    Assert.All(e.Problems, p => Assert.True((p.Line >= 1 && p.Column >= 1 || WholeFileCodes.Contains(p.Code)) && !string.IsNullOrEmpty(p.Code) && p.File == path, p.ToString()));
                }
            });

        /// <summary>The fast reader of inventory files either gives up or gives exactly what the located reader gives,
        /// and reading a file (fast path first) ends as the located reader alone would: same inventory or same problems.</summary>
        [Property(MaxTest = Cases)]
        public Property The_fast_inventory_reader_agrees_with_the_located_reader_on_any_text() =>
            Prop.ForAll(WithBadBytes(Mutated(File.ReadAllText(InventoryTestFiles.Fixture("spec-example-v1.1.json")), JsonPieces)).ToArbitrary(), bytes =>
            {
                var path = Path.Combine(_folder.Path, "inventory.json");
                File.WriteAllBytes(path, bytes);

                var fast = Utf8InventoryJsonReader.TryRead(path, CancellationToken.None);

                if (fast != null)
                    Assert.Equal(InventoryJsonWriter.ToJson(Utf8InventoryJsonReaderTests.LocatedRead(path)), InventoryJsonWriter.ToJson(fast));
                Utf8InventoryJsonReaderTests.AssertSameOutcome(path);
            });

        [Property(MaxTest = Cases)]
        public Property Any_generated_inventory_file_is_read_on_the_fast_path() =>
            Prop.ForAll(InventoryGenerators.Inventories().ToArbitrary(), inventory =>
            {
                var path = Path.Combine(_folder.Path, "generated.json");
                InventoryJsonWriter.Save(inventory, path);

                var fast = Utf8InventoryJsonReader.TryRead(path, CancellationToken.None);

                Assert.NotNull(fast);
                InventoryAssert.Equal(inventory, fast!);
            });

        [Property(MaxTest = Cases)]
        public Property Any_generated_inventory_round_trips_through_the_neutral_writer_and_reader() =>
            Prop.ForAll(InventoryGenerators.Inventories().ToArbitrary(), inventory =>
            {
                var again = InventoryReader.ReadJson(new StringReader(InventoryJsonWriter.ToJson(inventory)), "generated.json");

                InventoryAssert.Equal(inventory, again);
            });
    }
}
