using DrAudit.Core.Packs;
using DrAudit.Core.Storage;
using DrAudit.Core.Tests.Auditing;
using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Tests.Packs
{
    public class EvidencePackWriterTests
    {
        private static readonly PackWriteOptions JsonOnly = new PackWriteOptions { Formats = PackFormat.Json };

        /// <summary>An earlier pack: a readiness.json and a manifest that says it is a DrAudit evidence pack.</summary>
        internal static void OldPack(string path)
        {
            Directory.CreateDirectory(path);
            File.WriteAllText(Path.Combine(path, "readiness.json"), "{ \"old\": true }");
            File.WriteAllText(Path.Combine(path, "manifest.json"),
                "{ \"apiVersion\": \"draudit/v1\", \"kind\": \"EvidencePackManifest\", \"files\": [ { \"path\": \"readiness.json\", \"size\": 15, \"sha256\": \"0\" } ] }");
        }

        [Fact]
        public void WritesReadinessDefinitionAndInventoriesWithAManifestOfHashes()
        {
            using var temp = new TempFolder();
            var packPath = temp.Combine("2026-11");
            var result = PackResults.Scored();

            var written = EvidencePackWriter.Write(result, packPath, JsonOnly, new RecordingAuditHost());

            Assert.True(written.Written);
            Assert.Equal(Path.GetFullPath(packPath), written.Path);
            Assert.Equal(new[] { "client/test-client.yaml", "inventories/main.json", "readiness.json" }, written.Files.Select(f => f.Path));
            Assert.Equal(PackResults.DefinitionText, File.ReadAllText(Path.Combine(packPath, "client", "test-client.yaml")));
            Assert.False(File.Exists(Path.Combine(packPath, "inventories", "m365.json")));
            Assert.Contains("\"source\": \"main\"", File.ReadAllText(Path.Combine(packPath, "inventories", "main.json")));

            var manifest = JsonText.Parse(File.ReadAllText(Path.Combine(packPath, "manifest.json")));
            Assert.Equal("test-client", (string?)manifest["client"]);
            Assert.Equal("2026-11-01T00:00:00Z", (string?)manifest["asOf"]);
            Assert.Equal("2026-11-01T03:12:44Z", (string?)manifest["generatedAt"]);
            Assert.Equal("9.9.9", (string?)manifest["toolVersion"]);
            var listed = ((JArray)manifest["files"]!).Select(f => (string)f["path"]!).ToList();
            var onDisk = Directory.GetFiles(packPath, "*", SearchOption.AllDirectories)
                .Select(f => f.Substring(packPath.Length + 1).Replace(Path.DirectorySeparatorChar, '/'))
                .Where(f => f != "manifest.json").OrderBy(f => f, StringComparer.Ordinal).ToList();
            Assert.Equal(onDisk, listed);
            foreach (var file in manifest["files"]!)
            {
                var full = Path.Combine(packPath, ((string)file["path"]!).Replace('/', Path.DirectorySeparatorChar));
                Assert.Equal((long)file["size"]!, new FileInfo(full).Length);
                Assert.Equal((string)file["sha256"]!, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(full))).ToLowerInvariant());
            }
            Assert.Equal(new[] { "2026-11" }, temp.Entries());
        }

        [Fact]
        public void CopiesTheRestoreTestFilesTheDefinitionRead()
        {
            using var temp = new TempFolder();
            var result = PackResults.Scored();
            Directory.CreateDirectory(temp.Combine("client", "tests"));
            var testsFile = temp.Combine("client", "tests", "restore-tests.csv");
            File.WriteAllText(testsFile, "date,service,scope,result\n2026-09-12,payroll,full-service,success\n");
            result.Inputs!.Definition.FilePath = temp.Combine("client", "client.yaml");
            result.Inputs.Definition.RestoreTestFiles.Add(testsFile);

            var written = EvidencePackWriter.Write(result, temp.Combine("pack"), JsonOnly, SilentHost);

            Assert.Contains(written.Files, f => f.Path == "client/tests/restore-tests.csv");
            Assert.Equal(File.ReadAllText(testsFile), File.ReadAllText(temp.Combine("pack", "client", "tests", "restore-tests.csv")));
        }

        private static Core.Hosting.IAuditHost SilentHost => Core.Hosting.SilentAuditHost.Instance;

        [Fact]
        public void NeverOverwritesWithoutForce()
        {
            using var temp = new TempFolder();
            var packPath = temp.Combine("pack");
            OldPack(packPath);
            var host = new RecordingAuditHost();

            var e = Assert.Throws<PackExistsException>(() => EvidencePackWriter.Write(PackResults.Scored(), packPath, JsonOnly, host));

            Assert.Equal(Path.GetFullPath(packPath), e.PackPath);
            Assert.Equal("{ \"old\": true }", File.ReadAllText(Path.Combine(packPath, "readiness.json")));
            Assert.Equal(2, Directory.GetFiles(packPath).Length);
            Assert.Empty(host.Asked);
            Assert.Equal(new[] { "pack" }, temp.Entries());
        }

        [Fact]
        public void ForceReplacesTheOldPackCompletely()
        {
            using var temp = new TempFolder();
            var packPath = temp.Combine("pack");
            OldPack(packPath);
            // A file last month's pack listed that this version no longer writes (a file nobody listed is refused: PackReplacementTests).
            File.WriteAllText(Path.Combine(packPath, "stale.txt"), "from last month");
            File.WriteAllText(Path.Combine(packPath, "manifest.json"), "{ \"apiVersion\": \"draudit/v1\", \"kind\": \"EvidencePackManifest\", \"files\": [ " +
                "{ \"path\": \"readiness.json\", \"size\": 15, \"sha256\": \"0\" }, { \"path\": \"stale.txt\", \"size\": 15, \"sha256\": \"0\" } ] }");

            var written = EvidencePackWriter.Write(PackResults.Scored(), packPath, new PackWriteOptions { Force = true }, SilentHost);

            Assert.True(written.Written);
            Assert.False(File.Exists(Path.Combine(packPath, "stale.txt")));
            Assert.Contains("\"apiVersion\": \"draudit/v1\"", File.ReadAllText(Path.Combine(packPath, "readiness.json")));
            Assert.Equal(new[] { "pack" }, temp.Entries());
        }

        [Fact]
        public void WhatIfWritesNothing()
        {
            using var temp = new TempFolder();
            var packPath = temp.Combine("sub", "pack");
            var host = new RecordingAuditHost(allowWrites: false);

            var written = EvidencePackWriter.Write(PackResults.Scored(), packPath, JsonOnly, host);

            Assert.False(written.Written);
            Assert.Empty(written.Files);
            Assert.Equal((Path.GetFullPath(packPath), "Write evidence pack"), Assert.Single(host.Asked));
            Assert.Empty(temp.Entries());
        }

        [Fact]
        public void FailingRendererLeavesNoPackAndNoTemporaryFolder()
        {
            using var temp = new TempFolder();
            var packPath = temp.Combine("pack");
            var renderers = new IPackRenderer[] { new JsonPackRenderer(), new FailingRenderer() };

            var error = Assert.Throws<OutputNotWrittenException>(() => EvidencePackWriter.Write(PackResults.Scored(), packPath,
                new PackWriteOptions { Formats = PackFormat.Json | PackFormat.Html }, SilentHost, renderers));

            Assert.Empty(temp.Entries());
            // The disk is named as full, in words, with the file; never the hidden staging folder that no longer exists.
            Assert.Equal(WriteFailureKind.DiskFull, error.Kind);
            Assert.Equal("the disk holding " + temp.Path + " is full (writing report.html). Free some space there, or choose a folder on another disk. " +
                         "Nothing was left at " + packPath + ".", error.Message);
        }

        [Fact]
        public void FailingRendererWithForceKeepsTheEarlierPackIntact()
        {
            using var temp = new TempFolder();
            var packPath = temp.Combine("pack");
            OldPack(packPath);
            var renderers = new IPackRenderer[] { new JsonPackRenderer(), new FailingRenderer() };

            var error = Assert.Throws<OutputNotWrittenException>(() => EvidencePackWriter.Write(PackResults.Scored(), packPath,
                new PackWriteOptions { Formats = PackFormat.Json | PackFormat.Html, Force = true }, SilentHost, renderers));
            Assert.EndsWith("The earlier evidence pack at " + packPath + " is kept as it was.", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(".tmp-", error.Message, StringComparison.Ordinal);

            Assert.Equal("{ \"old\": true }", File.ReadAllText(Path.Combine(packPath, "readiness.json")));
            Assert.Equal(2, Directory.GetFileSystemEntries(packPath).Length);
            Assert.Equal(new[] { "pack" }, temp.Entries());
        }

        [Theory]
        [InlineData(PackFormat.Html)]
        [InlineData(PackFormat.Json | PackFormat.Excel)]
        public void FormatsWithoutARendererAreRefusedBeforeAnythingIsWritten(PackFormat formats)
        {
            using var temp = new TempFolder();

            var e = Assert.Throws<PackFormatNotAvailableException>(() =>
                EvidencePackWriter.Write(PackResults.Scored(), temp.Combine("pack"), new PackWriteOptions { Formats = formats }, SilentHost,
                    new IPackRenderer[] { new JsonPackRenderer() }));

            Assert.Contains("not available in this version", e.Message);
            Assert.Empty(temp.Entries());
        }

        [Fact]
        public void DefaultOptionsWriteJsonHtmlAndExcelAndHashEveryFile()
        {
            using var temp = new TempFolder();

            var written = EvidencePackWriter.Write(PackResults.Scored(), temp.Combine("pack"), new PackWriteOptions(), SilentHost);

            var paths = written.Files.Select(f => f.Path).ToList();
            Assert.Contains("readiness.json", paths);
            Assert.Contains("report.html", paths);
            Assert.Contains("evidence.xlsx", paths);
            var manifest = File.ReadAllText(temp.Combine("pack", "manifest.json"));
            foreach (var file in written.Files)
            {
                Assert.Contains(file.Path, manifest);
                Assert.Contains(file.Sha256, manifest);
            }
        }

        [Fact]
        public void ResultWithoutInputsStillWritesReadinessJson()
        {
            using var temp = new TempFolder();

            var written = EvidencePackWriter.Write(PackResults.Scored(withInputs: false), temp.Combine("pack"), JsonOnly, SilentHost);

            Assert.Equal(new[] { "readiness.json" }, written.Files.Select(f => f.Path));
        }
    }
}
