extern alias JsonSchemaNet;
using System.Text.Json;
using System.Text.Json.Nodes;
using DrAudit.Core.Loading.Definition;
using JsonSchemaNet::Json.Schema;

namespace DrAudit.Core.Tests.Schemas
{
    /// <summary>
    /// The JSON Schemas shipped in module/schemas (what VS Code uses to complete and check client.yaml as people type)
    /// agree with the loaders: every sample and fixture the loader accepts passes its schema, unknown keys are rejected,
    /// and the sample announces its schema.
    /// </summary>
    public class SchemaFileTests
    {
        private static readonly string Repo = RepoRoot();
        private static readonly JsonSchema ClientSchema = Load("client-definition.schema.json");
        private static readonly JsonSchema InventorySchema = Load("inventory.schema.json");

        /// <summary>Every client definition in samples/ and tests/ that the loader accepts (bad-input fixtures are left out:
        /// many are not even YAML a schema could be applied to).</summary>
        public static TheoryData<string> ClientDefinitions() => Files("*.yaml", text => text.Contains("apiVersion: draudit/v1") && text.Contains("services:"),
            path => !ClientDefinitionLoader.Read(path).HasErrors);

        public static TheoryData<string> Inventories() => Files("*.json", text => JsonNode.Parse(text) is JsonObject o && (string?)o["kind"] == "Inventory", Reads);

        /// <summary>True when the inventory reader accepts the file (bad-input fixtures are left out).</summary>
        private static bool Reads(string path)
        {
            try
            {
                DrAudit.Core.Loading.Inventory.InventoryReader.Read(path);
                return true;
            }
            catch (Exception e) when (e is DrAudit.Core.Loading.DefinitionException || e is IOException || e is InvalidDataException)
            {
                return false;
            }
        }

        [Theory]
        [MemberData(nameof(ClientDefinitions))]
        public void EveryClientDefinitionTheLoaderAcceptsPassesTheSchema(string relative)
        {
            var path = Path.Combine(Repo, relative);
            var result = ClientSchema.Evaluate(Element(YamlAsJson.Read(path)), Options);

            Assert.True(result.IsValid, relative + " loads but fails the schema:\n" + Describe(result));
        }

        [Theory]
        [InlineData("tests/DrAudit.Core.Tests/Fixtures/engine/invalid/client.yaml")]
        [InlineData("tests/DrAudit.Module.Tests/Fixtures/invalid.yaml")]
        public void FixturesWithUnknownKeysFailTheSchemaAsTheyFailTheLoader(string relative)
        {
            var path = Path.Combine(Repo, relative);

            Assert.True(ClientDefinitionLoader.Read(path).HasErrors);
            Assert.False(ClientSchema.Evaluate(Element(YamlAsJson.Read(path)), Options).IsValid);
        }

        [Theory]
        [MemberData(nameof(Inventories))]
        public void EveryInventoryFileTheReaderAcceptsPassesTheSchema(string relative)
        {
            var path = Path.Combine(Repo, relative);
            var result = InventorySchema.Evaluate(JsonDocument.Parse(File.ReadAllText(path)).RootElement, Options);

            Assert.True(result.IsValid, relative + " fails the schema:\n" + Describe(result));
        }

        [Fact]
        public void TheMisspeltKeyInventoryFailsTheSchemaAsItFailsTheReader()
        {
            var path = Path.Combine(Repo, "tests", "DrAudit.Core.Tests", "Fixtures", "inventory", "misspelt-immutable.json");

            Assert.False(Reads(path));
            Assert.False(InventorySchema.Evaluate(JsonDocument.Parse(File.ReadAllText(path)).RootElement, Options).IsValid);
        }

        [Fact]
        public void TheFilesAreFound()
        {
            Assert.True(ClientDefinitions().Count >= 6);
            Assert.True(Inventories().Count >= 4);
        }

        [Theory]
        [InlineData("services/0", "recoveryTime", "4h")]
        [InlineData("", "clinet", "x")]
        [InlineData("components/0", "kind", "spaceship")]
        [InlineData("services/0/targets", "rpo", "four hours")]
        public void UnknownKeysAndBadValuesAreRejected(string at, string key, string value)
        {
            var document = YamlAsJson.Read(Path.Combine(Repo, "samples", "contoso-dental", "client.yaml"))!;
            Assert.True(ClientSchema.Evaluate(Element(document), Options).IsValid);
            var target = document;
            foreach (var step in at.Split('/', StringSplitOptions.RemoveEmptyEntries))
                target = int.TryParse(step, out var index) ? target[index]! : target[step]!;
            target[key] = value;

            Assert.False(ClientSchema.Evaluate(Element(document), Options).IsValid);
        }

        [Fact]
        public void AnUnknownInventoryKeyIsRejected()
        {
            var document = JsonNode.Parse(File.ReadAllText(Path.Combine(Repo, "tests", "DrAudit.Core.Tests", "Fixtures", "inventory", "spec-example.json")))!;
            Assert.True(InventorySchema.Evaluate(Element(document), Options).IsValid);
            document["jobs"]![0]!["schedule"] = "daily";

            Assert.False(InventorySchema.Evaluate(Element(document), Options).IsValid);
        }

        [Fact]
        public void TheSampleAnnouncesItsSchemaForEditors()
        {
            var sample = Path.Combine(Repo, "samples", "contoso-dental", "client.yaml");
            var first = File.ReadLines(sample).First();

            Assert.StartsWith("# yaml-language-server: $schema=", first, StringComparison.Ordinal);
            var relative = first.Substring("# yaml-language-server: $schema=".Length).Trim();
            Assert.False(Path.IsPathRooted(relative));
            Assert.Equal(Path.Combine(Repo, "module", "schemas", "client-definition.schema.json"),
                Path.GetFullPath(Path.Combine(Path.GetDirectoryName(sample)!, relative)));
        }

        [Fact]
        public void TheSchemasAreDraft2020AndRejectUnknownKeysEverywhere()
        {
            foreach (var name in new[] { "client-definition.schema.json", "inventory.schema.json" })
            {
                var schema = JsonNode.Parse(File.ReadAllText(SchemaPath(name)))!;
                Assert.Equal("https://json-schema.org/draft/2020-12/schema", (string?)schema["$schema"]);
                foreach (var node in Objects(schema).Where(o => o["type"] is JsonValue type && type.GetValueKind() == JsonValueKind.String && (string?)type == "object" && o["properties"] is JsonObject))
                    Assert.Equal(false, (bool?)node["additionalProperties"]);
            }
        }

        private static EvaluationOptions Options => new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = false };

        private static IEnumerable<JsonObject> Objects(JsonNode node)
        {
            if (node is JsonObject obj)
            {
                yield return obj;
                foreach (var child in obj.Select(p => p.Value).Where(v => v != null).SelectMany(v => Objects(v!))) yield return child;
            }
            else if (node is JsonArray array)
            {
                foreach (var child in array.Where(v => v != null).SelectMany(v => Objects(v!))) yield return child;
            }
        }

        private static string Describe(EvaluationResults result) =>
            string.Join("\n", ((IEnumerable<EvaluationResults>?)result.Details ?? Array.Empty<EvaluationResults>()).Where(d => d.Errors != null && d.Errors.Count > 0)
                .SelectMany(d => d.Errors!.Select(e => $"  {d.InstanceLocation}: {e.Value}")).Take(20));

        private static JsonElement Element(JsonNode? node) => JsonDocument.Parse(node?.ToJsonString() ?? "null").RootElement;

        private static string SchemaPath(string name) => Path.Combine(Repo, "module", "schemas", name);

        private static JsonSchema Load(string name) => JsonSchema.FromText(File.ReadAllText(SchemaPath(name)));

        private static TheoryData<string> Files(string pattern, Func<string, bool> wanted, Func<string, bool> accepted)
        {
            var data = new TheoryData<string>();
            foreach (var folder in new[] { "samples", "tests" })
            {
                foreach (var file in Directory.EnumerateFiles(Path.Combine(Repo, folder), pattern, SearchOption.AllDirectories)
                             .Where(f => !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar) && !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar))
                             .OrderBy(f => f, StringComparer.Ordinal))
                {
                    string text;
                    try { text = File.ReadAllText(file); } catch (IOException) { continue; }
                    bool match;
                    try { match = wanted(text); } catch (JsonException) { match = false; }
                    if (match && accepted(file)) data.Add(Path.GetRelativePath(Repo, file));
                }
            }
            return data;
        }

        private static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string thisFile = "") =>
            Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
    }
}
