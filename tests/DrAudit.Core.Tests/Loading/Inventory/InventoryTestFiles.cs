using DrAudit.Core.Loading;
using DrAudit.Core.Loading.Inventory;
using InventoryModel = DrAudit.Core.Model.Inventory.Inventory;

namespace DrAudit.Core.Tests.Loading.Inventory
{
    /// <summary>Fixture paths, scratch folders and problem capture for the inventory tests.</summary>
    public static class InventoryTestFiles
    {
        public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "inventory", name);

        /// <summary>A new empty folder under the temp directory, unique to the caller.</summary>
        public static string NewFolder()
        {
            var path = Path.Combine(Path.GetTempPath(), "draudit-inventory-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(path);
            return path;
        }

        /// <summary>A CSV folder holding the given files (name → content); the four lists default to header-only files.</summary>
        public static string CsvFolder(params (string Name, string Content)[] files)
        {
            var folder = NewFolder();
            File.WriteAllText(Path.Combine(folder, "repositories.csv"), "id,name,location\n");
            File.WriteAllText(Path.Combine(folder, "jobs.csv"), "id,kind,objects\n");
            File.WriteAllText(Path.Combine(folder, "runs.csv"), "job,start,result\n");
            File.WriteAllText(Path.Combine(folder, "restore-points.csv"), "object,time\n");
            foreach (var (name, content) in files) File.WriteAllText(Path.Combine(folder, name), content);
            return folder;
        }

        public static InventoryModel ReadJsonText(string json) =>
            InventoryReader.ReadJson(new StringReader(json), "inline.json");

        /// <summary>The problems reading <paramref name="json"/> throws; fails the test when it reads cleanly.</summary>
        public static IReadOnlyList<DefinitionProblem> JsonProblems(string json) =>
            Assert.Throws<DefinitionException>(() => ReadJsonText(json)).Problems;

        public static IReadOnlyList<DefinitionProblem> PathProblems(string path) =>
            Assert.Throws<DefinitionException>(() => InventoryReader.Read(path)).Problems;

        /// <summary>A minimal valid JSON inventory with the given text spliced into its lists.</summary>
        public static string Json(string repositories = "", string jobs = "", string runs = "", string restorePoints = "") =>
            "{\n" +
            "  \"apiVersion\": \"draudit/v1\",\n" +
            "  \"kind\": \"Inventory\",\n" +
            "  \"source\": \"main\",\n" +
            "  \"repositories\": [" + repositories + "],\n" +
            "  \"jobs\": [" + jobs + "],\n" +
            "  \"runs\": [" + runs + "],\n" +
            "  \"restorePoints\": [" + restorePoints + "]\n" +
            "}\n";

        /// <summary>1-based column of <paramref name="text"/> in line <paramref name="line"/> of <paramref name="content"/>.</summary>
        public static int ColumnOf(string content, int line, string text)
        {
            var lines = content.Replace("\r\n", "\n").Split('\n');
            var index = lines[line - 1].IndexOf(text, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{text}' is not on line {line}");
            return index + 1;
        }
    }
}
