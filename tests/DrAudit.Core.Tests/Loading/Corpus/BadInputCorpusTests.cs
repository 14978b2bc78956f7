using DrAudit.Core.Loading;
using DrAudit.Core.Loading.Definition;
using DrAudit.Core.Loading.Inventory;
using DrAudit.Core.Packs;

namespace DrAudit.Core.Tests.Loading.Corpus
{
    /// <summary>
    /// Every file of the committed bad-input corpus (Fixtures/bad-input) is refused with the problem its folder's
    /// expect.txt pairs it with: the stable code, the file, the line and the column. Never another exception.
    /// Every pack of manifests/ fails verification with the file state expect.txt names for the entry (or, when its
    /// manifest cannot be read, with a clear InvalidDataException), and nothing outside the pack is ever opened.
    /// </summary>
    public class BadInputCorpusTests
    {
        private static string Folder(string kind) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "bad-input", kind);

        public static TheoryData<string, string, string> Definitions() => Expectations("definitions");

        public static TheoryData<string, string, string> Inventories() => Expectations("inventories");

        public static TheoryData<string, string, string> CsvFolders() => Expectations("csv-folders");

        [Theory]
        [MemberData(nameof(Definitions))]
        public void Client_definition_is_refused_with_its_located_problem(string entry, string code, string where)
        {
            var path = Path.Combine(Folder("definitions"), entry);
            var result = ClientDefinitionLoader.Read(path);
            Assert.Null(result.Definition);
            AssertHasProblem(result.Problems, path, code, where);
        }

        [Theory]
        [MemberData(nameof(Inventories))]
        public void Inventory_file_is_refused_with_its_located_problem(string entry, string code, string where)
        {
            var path = Path.Combine(Folder("inventories"), entry);
            var problems = Assert.Throws<DefinitionException>(() => InventoryReader.Read(path)).Problems;
            AssertHasProblem(problems, path, code, where);
        }

        [Theory]
        [MemberData(nameof(CsvFolders))]
        public void Csv_inventory_folder_is_refused_with_its_located_problem(string entry, string code, string where)
        {
            var path = Path.Combine(Folder("csv-folders"), entry);
            var problems = Assert.Throws<DefinitionException>(() => InventoryReader.Read(path)).Problems;
            AssertHasProblem(problems, path, code, where);
        }

        public static TheoryData<string, string, string> Manifests() => Expectations("manifests");

        [Theory]
        [MemberData(nameof(Manifests))]
        public void Pack_with_a_hostile_manifest_is_not_intact_and_names_the_entry(string entry, string state, string path)
        {
            var pack = Path.Combine(Folder("manifests"), entry);
            if (state == "Unreadable")
            {
                var error = Assert.Throws<InvalidDataException>(() => EvidencePackVerifier.Verify(pack));
                Assert.Contains(Path.Combine(pack, path), error.Message, StringComparison.Ordinal);
                return;
            }
            var verification = EvidencePackVerifier.Verify(pack);
            Assert.False(verification.Intact);
            Assert.Contains(verification.Problems, p => p.State.ToString() == state && p.Path == path);
            // The pack's own files still check out: a hostile entry never hides what is intact.
            Assert.Contains(verification.Files, f => f.Path == "readiness.json" && f.State == PackFileState.Intact);
        }

        [Fact]
        public void Every_corpus_file_has_an_expectation()
        {
            foreach (var kind in new[] { "definitions", "inventories", "csv-folders", "manifests" })
            {
                var listed = Expectations(kind).Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);
                var present = Directory.EnumerateFileSystemEntries(Folder(kind)).Select(Path.GetFileName).Where(n => n != "expect.txt");
                Assert.All(present, name => Assert.Contains(name!, listed));
            }
        }

        /// <summary>Asserts a problem with the code at <paramref name="where"/>: "line:column", or "file:line:column" inside a folder.</summary>
        private static void AssertHasProblem(IReadOnlyList<DefinitionProblem> problems, string path, string code, string where)
        {
            var parts = where.Split(':');
            var file = parts.Length == 3 ? Path.Combine(path, parts[0]) : path;
            var line = int.Parse(parts[^2]);
            var column = int.Parse(parts[^1]);
            Assert.True(
                problems.Any(p => p.Code == code && p.Line == line && p.Column == column && Path.GetFullPath(p.File) == Path.GetFullPath(file)),
                $"expected {code} at {file}:{line}:{column}; got:{Environment.NewLine}{string.Join(Environment.NewLine, problems.Select(p => p.Code + " " + p))}");
        }

        private static TheoryData<string, string, string> Expectations(string kind)
        {
            var data = new TheoryData<string, string, string>();
            foreach (var line in File.ReadLines(Path.Combine(Folder(kind), "expect.txt")))
            {
                if (line.Length == 0 || line.StartsWith('#')) continue;
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                data.Add(fields[0], fields[1], fields[2]);
            }
            return data;
        }
    }
}
