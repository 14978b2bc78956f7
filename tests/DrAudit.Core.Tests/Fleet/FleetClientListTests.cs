using DrAudit.Core.Fleet;
using DrAudit.Core.Tests.Packs;

namespace DrAudit.Core.Tests.Fleet
{
    public sealed class FleetClientListTests : IDisposable
    {
        private readonly TempFolder _folder = new TempFolder();

        public void Dispose() => _folder.Dispose();

        private string Touch(params string[] parts)
        {
            var path = _folder.Combine(parts);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "");
            return path;
        }

        [Fact]
        public void A_folder_gives_its_yaml_files_and_each_subfolder_s_client_yaml_only()
        {
            var direct = Touch("clients", "adatum.yaml");
            var yml = Touch("clients", "bellows.yml");
            Touch("clients", "notes.txt");
            var nested = Touch("clients", "contoso", "client.yaml");
            Touch("clients", "contoso", "restore-tests.yaml");
            Touch("clients", "contoso", "inventory", "inventory.yaml");
            Touch("clients", ".hidden", "client.yaml");

            var files = FleetClientList.Expand(new[] { _folder.Combine("clients") });

            Assert.Equal(new[] { direct, yml, nested }, files);
        }

        [Fact]
        public void A_list_file_names_definitions_and_folders_relative_to_itself_and_missing_ones_are_kept()
        {
            var one = Touch("defs", "one.yaml");
            var nested = Touch("defs", "two", "client.yaml");
            var list = _folder.Combine("fleet.txt");
            File.WriteAllText(list, "# the fleet\n\ndefs/one.yaml\n  defs/two  \ndefs/one.yaml\nmissing.yaml\n");

            var files = FleetClientList.Expand(new[] { list });

            Assert.Equal(new[] { one, nested, _folder.Combine("missing.yaml") }, files);
        }
    }
}
