using DrAudit.Core.Packs;
using DrAudit.Core.Storage;
using DrAudit.Core.Tests.Auditing;

namespace DrAudit.Core.Tests.Packs
{
    /// <summary>Force replaces only a DrAudit evidence pack (or an empty folder), never a folder of someone's files,
    /// the current folder or one above it, or a folder that holds an input of the run.</summary>
    public class PackReplacementTests
    {
        private static readonly Core.Hosting.IAuditHost Host = Core.Hosting.SilentAuditHost.Instance;

        private static PackWriteOptions Forced() => new PackWriteOptions { Formats = PackFormat.Json, Force = true };

        [Fact]
        public void AFolderOfOtherFilesIsRefusedAndKept()
        {
            using var temp = new TempFolder();
            var folder = temp.Combine("documents");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "important.docx"), "the only copy");

            var e = Assert.Throws<FolderNotReplaceableException>(() => EvidencePackWriter.Write(PackResults.Scored(), folder, Forced(), Host));

            Assert.Equal(Path.GetFullPath(folder), e.FolderPath);
            Assert.Contains(Path.GetFullPath(folder), e.Message);
            Assert.Contains("not a DrAudit evidence pack", e.Message);
            Assert.Equal("the only copy", File.ReadAllText(Path.Combine(folder, "important.docx")));
            Assert.Equal(new[] { "documents" }, temp.Entries());
        }

        [Fact]
        public void AManifestOfAnotherKindIsNotAPack()
        {
            using var temp = new TempFolder();
            var folder = temp.Combine("other");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "manifest.json"), "{ \"kind\": \"SomethingElse\", \"apiVersion\": \"other/v1\" }");

            Assert.Throws<FolderNotReplaceableException>(() => EvidencePackWriter.Write(PackResults.Scored(), folder, Forced(), Host));
            Assert.True(File.Exists(Path.Combine(folder, "manifest.json")));
        }

        [Fact]
        public void AnEmptyFolderIsReplaced()
        {
            using var temp = new TempFolder();
            var folder = temp.Combine("empty");
            Directory.CreateDirectory(folder);

            var written = EvidencePackWriter.Write(PackResults.Scored(), folder, Forced(), Host);

            Assert.True(written.Written);
            Assert.True(File.Exists(Path.Combine(folder, "readiness.json")));
        }

        [Fact]
        public void APackHoldingTheClientDefinitionIsRefused()
        {
            using var temp = new TempFolder();
            var pack = temp.Combine("pack");
            EvidencePackWriterTests.OldPack(pack);
            var result = PackResults.Scored();
            result.Inputs!.Definition.FilePath = Path.Combine(pack, "client.yaml");
            File.WriteAllText(result.Inputs.Definition.FilePath, PackResults.DefinitionText);

            var e = Assert.Throws<FolderNotReplaceableException>(() => EvidencePackWriter.Write(result, pack, Forced(), Host));

            Assert.Contains(Path.Combine(pack, "client.yaml"), e.Message);
            Assert.True(File.Exists(Path.Combine(pack, "client.yaml")));
        }

        [Theory]
        [InlineData("restore-test")]
        [InlineData("inventory")]
        [InlineData("capture")]
        [InlineData("logo")]
        [InlineData("template")]
        [InlineData("caller")]
        public void AFolderHoldingAnyOtherInputIsRefused(string input)
        {
            using var temp = new TempFolder();
            var pack = temp.Combine("pack");
            EvidencePackWriterTests.OldPack(pack);
            var inside = Path.Combine(pack, "inputs", input);
            var result = PackResults.Scored();
            var options = Forced();
            switch (input)
            {
                case "restore-test": result.Inputs!.Definition.RestoreTestFiles.Add(inside); break;
                case "inventory": result.Inputs!.Definition.Sources.Add(new Core.Model.Definition.SourceDefinition { Id = "x", Type = "inventory", Path = inside }); break;
                case "capture": result.Inputs!.Definition.Sources.Add(new Core.Model.Definition.SourceDefinition { Id = "x", Type = "veeam", Capture = inside }); break;
                case "logo": options.Html.Branding.LogoPath = inside; break;
                case "template": options.Html.TemplatePath = pack; break;
                case "caller": options.ProtectedPaths.Add(inside); break;
            }

            Assert.Throws<FolderNotReplaceableException>(() => EvidencePackWriter.Write(result, pack, options, Host));
            Assert.Equal("{ \"old\": true }", File.ReadAllText(Path.Combine(pack, "readiness.json")));
        }

        [Fact]
        public void TheCurrentFolderAndEveryFolderAboveItAreRefused()
        {
            var current = Directory.GetCurrentDirectory();
            var parent = Path.GetDirectoryName(current)!;

            var itself = Assert.Throws<FolderNotReplaceableException>(() =>
                FolderReplacement.EnsureMayReplace(current, "a DrAudit evidence pack", _ => true, Array.Empty<string>()));
            var above = Assert.Throws<FolderNotReplaceableException>(() =>
                FolderReplacement.EnsureMayReplace(parent, "a DrAudit evidence pack", _ => true, Array.Empty<string>()));

            Assert.Contains("it is the current folder", itself.Message);
            Assert.Contains("it holds the current folder", above.Message);
            Assert.Throws<FolderNotReplaceableException>(() => EvidencePackWriter.CheckTarget(current + Path.DirectorySeparatorChar, force: true));
        }

        [Fact]
        public void ALinkToAFolderIsRefused()
        {
            using var temp = new TempFolder();
            var real = temp.Combine("real");
            EvidencePackWriterTests.OldPack(real);
            var link = temp.Combine("link");
            Directory.CreateSymbolicLink(link, real);

            var e = Assert.Throws<FolderNotReplaceableException>(() => EvidencePackWriter.Write(PackResults.Scored(), link, Forced(), Host));

            Assert.Contains("link", e.Message);
            Assert.Equal("{ \"old\": true }", File.ReadAllText(Path.Combine(real, "readiness.json")));
        }

        [Fact]
        public void APackFolderThatIsOneOfOursIsReplaced()
        {
            using var temp = new TempFolder();
            var pack = temp.Combine("pack");
            Assert.True(EvidencePackWriter.Write(PackResults.Scored(), pack, Forced(), Host).Written);
            Assert.True(PackManifest.IsEvidencePack(pack));

            var again = EvidencePackWriter.Write(PackResults.Scored(), pack, Forced(), Host);

            Assert.True(again.Written);
            Assert.Equal(new[] { "pack" }, temp.Entries());
        }

        [Fact]
        public void TheRootFolderIsRefusedWithAClearErrorNotACrash()
        {
            var root = Path.GetPathRoot(Directory.GetCurrentDirectory())!;

            var unforced = Assert.Throws<PackExistsException>(() => EvidencePackWriter.CheckTarget(root, force: false));
            var forced = Assert.Throws<FolderNotReplaceableException>(() => EvidencePackWriter.CheckTarget(root, force: true));

            Assert.Equal(root, unforced.PackPath);
            Assert.Equal(root, forced.FolderPath);
            Assert.Contains("holds the current folder", forced.Message);
        }

        [Fact]
        public void WithoutForceAFolderOfOtherFilesIsNotCalledAPackNorForceSuggestedForAFile()
        {
            using var temp = new TempFolder();
            var folder = temp.Combine("documents");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "important.docx"), "the only copy");
            var file = temp.Combine("notes.txt");
            File.WriteAllText(file, "a file");

            var onFolder = Assert.Throws<PackExistsException>(() => EvidencePackWriter.CheckTarget(folder, force: false));
            var onFile = Assert.Throws<PackExistsException>(() => EvidencePackWriter.CheckTarget(file, force: false));

            Assert.DoesNotContain("evidence pack already exists", onFolder.Message);
            Assert.Contains(Path.GetFullPath(folder) + " already exists; use Force", onFolder.Message);
            Assert.Contains("only a DrAudit evidence pack or an empty folder", onFolder.Message);
            Assert.Contains("is a file, not a DrAudit evidence pack", onFile.Message);
            Assert.DoesNotContain("Force", onFile.Message);
        }

        [Fact]
        public void AFolderOfOtherFilesSavedAtTheTargetDuringTheRenderIsKeptEvenWithForce()
        {
            using var temp = new TempFolder();
            var folder = temp.Combine("pack");
            var renderer = new MeanwhileRenderer(() =>
            {
                Directory.CreateDirectory(folder);
                File.WriteAllText(Path.Combine(folder, "important.docx"), "the only copy");
            });

            Assert.Throws<FolderNotReplaceableException>(() =>
                EvidencePackWriter.Write(PackResults.Scored(), folder, Forced(), Host, new IPackRenderer[] { renderer }));

            Assert.Equal("the only copy", File.ReadAllText(Path.Combine(folder, "important.docx")));
            Assert.Equal(new[] { "pack" }, temp.Entries());
        }

        [Fact]
        public void APackAnotherRunWroteDuringTheRenderIsReportedAsExistingWithoutForce()
        {
            using var temp = new TempFolder();
            var pack = temp.Combine("pack");
            var renderer = new MeanwhileRenderer(() => EvidencePackWriterTests.OldPack(pack));

            var e = Assert.Throws<PackExistsException>(() => EvidencePackWriter.Write(PackResults.Scored(), pack,
                new PackWriteOptions { Formats = PackFormat.Json }, Host, new IPackRenderer[] { renderer }));

            Assert.Contains("already exists; use Force", e.Message);
            Assert.Equal("{ \"old\": true }", File.ReadAllText(Path.Combine(pack, "readiness.json")));
            Assert.Equal(new[] { "pack" }, temp.Entries());
        }
        [Theory]
        [InlineData("manifest.json", "{ \"apiVersion\": \"draudit/v1\", \"kind\": \"EvidencePackManifest\", \"files\": [] }", "evidence pack")]
        [InlineData("manifest.json", "{ \"apiVersion\": \"draudit/v1\", \"kind\": \"RenewalPackManifest\", \"files\": [] }", "renewal pack")]
        [InlineData("index.json", "{ \"format\": \"draudit-veeam-capture/1\" }", "source capture")]
        public void NoPackIsWrittenInsideAnEarlierPackOrACaptureWhichWouldNoLongerMatchItsManifest(string marker, string content, string what)
        {
            using var temp = new TempFolder();
            var earlier = temp.Combine("earlier");
            Directory.CreateDirectory(earlier);
            File.WriteAllText(Path.Combine(earlier, marker), content);
            var inside = Path.Combine(earlier, "deeper", "pack");

            var unforced = Assert.Throws<FolderNotReplaceableException>(() =>
                EvidencePackWriter.Write(PackResults.Scored(), inside, new PackWriteOptions { Formats = PackFormat.Json }, Host));
            Assert.Throws<FolderNotReplaceableException>(() => EvidencePackWriter.Write(PackResults.Scored(), inside, Forced(), Host));

            Assert.Contains("inside " + Path.GetFullPath(earlier) + ", a DrAudit " + what, unforced.Message);
            Assert.Equal(new[] { marker }, Directory.GetFileSystemEntries(earlier).Select(Path.GetFileName));
        }
        [Fact]
        public void AnEarlierPackSomeoneAddedFilesToIsNotReplacedEvenWithForce()
        {
            using var temp = new TempFolder();
            var pack = temp.Combine("pack");
            Assert.True(EvidencePackWriter.Write(PackResults.Scored(), pack, Forced(), Host).Written);
            File.WriteAllText(Path.Combine(pack, "auditor-notes.txt"), "the only copy");
            Directory.CreateDirectory(Path.Combine(pack, "signed"));
            File.WriteAllText(Path.Combine(pack, "signed", "report-countersigned.pdf"), "signed");

            var e = Assert.Throws<FolderNotReplaceableException>(() => EvidencePackWriter.Write(PackResults.Scored(), pack, Forced(), Host));

            Assert.Contains("auditor-notes.txt, signed/report-countersigned.pdf, which its manifest.json does not list", e.Message);
            Assert.Equal("the only copy", File.ReadAllText(Path.Combine(pack, "auditor-notes.txt")));
            Assert.Equal("signed", File.ReadAllText(Path.Combine(pack, "signed", "report-countersigned.pdf")));
            Assert.Equal(new[] { "pack" }, temp.Entries());
        }

        [Fact]
        public void AnEarlierPackWithALinkInsideIsNotReplacedAndTheLinkedFolderIsKept()
        {
            using var temp = new TempFolder();
            var pack = temp.Combine("pack");
            Assert.True(EvidencePackWriter.Write(PackResults.Scored(), pack, Forced(), Host).Written);
            var elsewhere = temp.Combine("elsewhere");
            Directory.CreateDirectory(elsewhere);
            File.WriteAllText(Path.Combine(elsewhere, "keep.txt"), "keep");
            Directory.CreateSymbolicLink(Path.Combine(pack, "link"), elsewhere);

            Assert.Throws<FolderNotReplaceableException>(() => EvidencePackWriter.Write(PackResults.Scored(), pack, Forced(), Host));

            Assert.Equal("keep", File.ReadAllText(Path.Combine(elsewhere, "keep.txt")));
            Assert.True(Directory.Exists(Path.Combine(pack, "link")));
        }
    }
}
