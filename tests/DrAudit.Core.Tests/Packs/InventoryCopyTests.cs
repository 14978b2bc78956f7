using DrAudit.Core.Loading.Inventory;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs;
using DrAudit.Core.Sources;
using DrAudit.Core.Tests.Sources;
using static DrAudit.Core.Tests.Loading.Inventory.InventoryTestFiles;

namespace DrAudit.Core.Tests.Packs
{
    /// <summary>The pack's copy of an inventory read from a JSON file is that file, byte for byte, while it still
    /// matches what was read; otherwise (changed since, or not read from a JSON file) the inventory as scored is written.</summary>
    public sealed class InventoryCopyTests
    {
        private static readonly CollectionContext Context =
            new CollectionContext(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), Duration.FromDays(30), new RecordingAuditHost());

        private static string InventoryFile(string folder)
        {
            // Comments and odd spacing: a re-written copy would lose both, so only a byte copy keeps them.
            var path = Path.Combine(folder, "export.json");
            File.WriteAllText(path, Json(repositories: "{ \"id\": \"r1\" }").Replace("{\n", "{ // exported by hand\n"));
            return path;
        }

        private static (ReadinessResult Result, SourceData Source) Read(string path)
        {
            var result = PackResults.Scored();
            var source = new InventorySourceCollector().Collect(
                new Model.Definition.SourceDefinition { Id = "main", Type = "inventory", Path = path }, Context, CancellationToken.None);
            Assert.True(source.Ok, source.Error);
            result.Inputs = new AuditInputs(result.Inputs!.Definition, new[] { source });
            return (result, source);
        }

        [Fact]
        public void A_json_inventory_is_copied_byte_for_byte()
        {
            using var folder = new TempFolder();
            var path = InventoryFile(folder.Path);
            var (result, source) = Read(path);
            Assert.Equal(Path.GetFullPath(path), source.InventoryFile!.Path);

            new JsonPackRenderer().Render(result, folder.Path);

            Assert.Equal(File.ReadAllBytes(path), File.ReadAllBytes(folder.Combine("inventories", "main.json")));
        }

        [Fact]
        public void A_file_changed_after_it_was_read_is_not_copied_the_inventory_as_scored_is_written()
        {
            using var folder = new TempFolder();
            var path = InventoryFile(folder.Path);
            var (result, _) = Read(path);
            File.WriteAllText(path, Json(repositories: "{ \"id\": \"changed-after-the-audit\" }"));
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(5));

            new JsonPackRenderer().Render(result, folder.Path);

            var written = folder.Combine("inventories", "main.json");
            Assert.DoesNotContain("changed-after-the-audit", File.ReadAllText(written));
            Assert.Equal("r1", Assert.Single(InventoryReader.Read(written).Repositories).Id);
        }

        [Fact]
        public void A_csv_folder_is_written_as_json()
        {
            var csv = CsvFolder(("repositories.csv", "id\nr1\n"));
            var (result, source) = Read(csv);
            Assert.Null(source.InventoryFile);
            using var folder = new TempFolder();

            new JsonPackRenderer().Render(result, folder.Path);

            Assert.Equal("r1", Assert.Single(InventoryReader.Read(folder.Combine("inventories", "main.json")).Repositories).Id);
        }
    }
}
