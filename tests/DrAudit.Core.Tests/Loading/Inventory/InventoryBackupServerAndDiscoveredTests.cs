using DrAudit.Core.Loading.Inventory;
using DrAudit.Core.Model.Inventory;
using static DrAudit.Core.Tests.Loading.Inventory.InventoryTestFiles;

namespace DrAudit.Core.Tests.Loading.Inventory
{
    /// <summary>inventory.md v1.1: <c>backupServer</c> and <c>discovered</c>, read strictly from JSON and from CSV folders.</summary>
    public class InventoryBackupServerAndDiscoveredTests
    {
        private static string WithV11(string v11) =>
            "{\n  \"apiVersion\": \"draudit/v1\",\n  \"kind\": \"Inventory\",\n  \"source\": \"main\",\n" +
            "  \"repositories\": [], \"jobs\": [], \"runs\": [], \"restorePoints\": []\n" + v11 + "\n}\n";

        [Fact]
        public void SpecExampleLoadsBackupServerAndDiscovered()
        {
            var inventory = InventoryReader.Read(Fixture("spec-example-v1.1.json"));

            Assert.Equal("VBR01", inventory.BackupServer!.Name);
            var config = inventory.BackupServer.ConfigBackup!;
            Assert.Equal((true, true, "datto-cloud"), (config.Enabled, config.Encrypted, config.Repository));
            Assert.Equal(new DateTimeOffset(2026, 10, 31, 23, 5, 0, TimeSpan.Zero), config.LastSuccess);
            Assert.Equal(new[]
            {
                ("SQL01", WorkloadKind.Vm, "vSphere vc01.contoso.local"),
                ("TEST-SQL02", WorkloadKind.Vm, "vSphere vc01.contoso.local"),
                ("reception@contoso.com", WorkloadKind.Mailbox, "Microsoft 365"),
            }, inventory.Discovered!.Select(w => (w.Object, w.Kind, w.Platform!)));
        }

        [Fact]
        public void CsvFolderGivesTheSameInventoryAsTheJson()
        {
            var fromJson = InventoryReader.Read(Fixture("spec-example-v1.1.json"));
            var fromCsv = InventoryReader.Read(Fixture("spec-example-v1.1-csv"));

            InventoryAssert.Equal(fromJson, fromCsv);
        }

        [Fact]
        public void V1FilesStayValidAndSayNothingOfTheNewFacts()
        {
            var json = InventoryReader.Read(Fixture("spec-example.json"));
            var csv = InventoryReader.Read(Fixture("spec-example-csv"));

            Assert.Null(json.BackupServer);
            Assert.Null(json.Discovered);
            Assert.Null(csv.BackupServer);
            Assert.Null(csv.Discovered);
        }

        [Fact]
        public void AnEmptyDiscoveredListIsNotAnAbsentOne()
        {
            Assert.Empty(ReadJsonText(WithV11("  ,\"discovered\": []")).Discovered!);
            Assert.Null(ReadJsonText(WithV11("  ,\"discovered\": null")).Discovered);
            Assert.Empty(InventoryReader.Read(CsvFolder(("discovered.csv", "object,kind,platform\n"))).Discovered!);
        }

        [Fact]
        public void EveryWorkloadKindIsAccepted()
        {
            var kinds = new[] { "vm", "server", "workstation", "database", "file-share", "mailbox", "site", "onedrive", "other" };
            var entries = string.Join(",", kinds.Select((k, i) => $"{{ \"object\": \"w{i}\", \"kind\": \"{k}\" }}"));

            var inventory = ReadJsonText(WithV11("  ,\"discovered\": [" + entries + "]"));

            Assert.Equal(Enum.GetValues<WorkloadKind>(), inventory.Discovered!.Select(w => w.Kind));
            Assert.All(inventory.Discovered!, w => Assert.Null(w.Platform));
        }

        [Fact]
        public void ConfigBackupFactsMayBeUnknown()
        {
            var inventory = ReadJsonText(WithV11("  ,\"backupServer\": { \"configBackup\": { } }"));

            Assert.Null(inventory.BackupServer!.Name);
            var config = inventory.BackupServer.ConfigBackup!;
            Assert.Null(config.Enabled);
            Assert.Null(config.Encrypted);
            Assert.Null(config.Repository);
            Assert.Null(config.LastSuccess);
            Assert.Null(ReadJsonText(WithV11("  ,\"backupServer\": { \"name\": \"VBR01\" }")).BackupServer!.ConfigBackup);
        }

        [Fact]
        public void AnUnknownKeyInsideConfigBackupIsLocated()
        {
            var json = WithV11("  ,\"backupServer\": {\n    \"configBackup\": { \"enabled\": true, \"encryptd\": true }\n  }");

            var problem = Assert.Single(JsonProblems(json));

            Assert.Equal("UnknownKey", problem.Code);
            Assert.Equal(7, problem.Line);
            Assert.Equal(ColumnOf(json, 7, "\"encryptd\""), problem.Column);
            Assert.Contains("the configBackup", problem.Message);
        }

        [Theory]
        [InlineData("  ,\"backupServer\": { \"host\": \"VBR01\" }", "UnknownKey", "'host'")]
        [InlineData("  ,\"backupServer\": \"VBR01\"", "WrongType", "'backupServer'")]
        [InlineData("  ,\"backupServer\": { \"configBackup\": true }", "WrongType", "'configBackup'")]
        [InlineData("  ,\"backupServer\": { \"configBackup\": { \"enabled\": \"yes\" } }", "WrongType", "'enabled'")]
        [InlineData("  ,\"backupServer\": { \"configBackup\": { \"lastSuccess\": \"2026-10-31\" } }", "BadDate", "'lastSuccess'")]
        [InlineData("  ,\"discovered\": [ { \"object\": \"SQL01\", \"kind\": \"container\" } ]", "BadValue", "'kind'")]
        [InlineData("  ,\"discovered\": [ { \"object\": \"SQL01\" } ]", "MissingKey", "'kind'")]
        [InlineData("  ,\"discovered\": [ { \"kind\": \"vm\" } ]", "MissingKey", "'object'")]
        [InlineData("  ,\"discovered\": [ { \"object\": \"SQL01\", \"kind\": \"vm\", \"os\": \"Windows\" } ]", "UnknownKey", "'os'")]
        [InlineData("  ,\"discovered\": { \"object\": \"SQL01\" }", "WrongType", "'discovered'")]
        public void BadNewFieldsAreLocatedErrors(string v11, string code, string names)
        {
            var problem = Assert.Single(JsonProblems(WithV11(v11)));

            Assert.Equal(code, problem.Code);
            Assert.Contains(names, problem.Message);
            Assert.Equal(6, problem.Line);
            Assert.True(problem.Column > 0);
        }

        [Fact]
        public void CsvDiscoveredAndYamlBackupServerAreStrictAndLocated()
        {
            var folder = CsvFolder(
                ("discovered.csv", "object,kind,platform\nSQL01,vm,\nAPP01,appliance,vSphere\n"),
                ("inventory.yaml", "source: main\nbackupServer:\n  name: VBR01\n  configBackup:\n    enabled: maybe\n    offsite: true\n"));

            var problems = PathProblems(folder).OrderBy(p => p.File).ThenBy(p => p.Line).ToList();

            Assert.Equal(3, problems.Count);
            Assert.Equal(("discovered.csv", 3, "BadValue"), (Path.GetFileName(problems[0].File), problems[0].Line, problems[0].Code));
            Assert.Contains("'kind'", problems[0].Message);
            Assert.Equal(("inventory.yaml", 5, 5, "BadValue"), (Path.GetFileName(problems[1].File), problems[1].Line, problems[1].Column, problems[1].Code));
            Assert.Equal(("inventory.yaml", 6, 5, "UnknownKey"), (Path.GetFileName(problems[2].File), problems[2].Line, problems[2].Column, problems[2].Code));
        }

        [Fact]
        public void CsvDiscoveredWithAnUnknownColumnIsRejected()
        {
            var problem = Assert.Single(PathProblems(CsvFolder(("discovered.csv", "object,kind,owner\nSQL01,vm,Sam\n"))));

            Assert.Equal(("UnknownKey", 1, 13), (problem.Code, problem.Line, problem.Column));
        }
    }
}
