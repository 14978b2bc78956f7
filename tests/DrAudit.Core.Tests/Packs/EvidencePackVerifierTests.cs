using System.Diagnostics;
using DrAudit.Core.Packs;
using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Tests.Packs
{
    /// <summary>Verification trusts nothing in the manifest: entries outside the pack, links, devices, FIFOs, wrong
    /// sizes, duplicates and unlisted files are all reported, and nothing outside the pack is opened.</summary>
    public class EvidencePackVerifierTests
    {
        private static readonly PackWriteOptions JsonOnly = new PackWriteOptions { Formats = PackFormat.Json };

        private static string WritePack(TempFolder temp)
        {
            var pack = temp.Combine("pack");
            EvidencePackWriter.Write(PackResults.Scored(), pack, JsonOnly, Core.Hosting.SilentAuditHost.Instance);
            return pack;
        }

        private static void EditManifest(string pack, Action<JArray> edit)
        {
            var path = Path.Combine(pack, "manifest.json");
            var manifest = JObject.Parse(File.ReadAllText(path));
            edit((JArray)manifest["files"]!);
            File.WriteAllText(path, manifest.ToString());
        }

        private static JObject Entry(string path, string file) => new JObject
        {
            ["path"] = path,
            ["size"] = new FileInfo(file).Length,
            ["sha256"] = PackManifest.Sha256Of(file),
        };

        /// <summary>Verifies on another thread so a hang fails the test instead of stopping the run.</summary>
        private static PackVerification VerifyWithin(string pack)
        {
            var task = Task.Run(() => EvidencePackVerifier.Verify(pack));
            Assert.True(task.Wait(TimeSpan.FromSeconds(60)), "verification hung");
            return task.Result;
        }

        [Fact]
        public void AnUntouchedPackIsIntact()
        {
            using var temp = new TempFolder();
            var verification = EvidencePackVerifier.Verify(WritePack(temp));

            Assert.True(verification.Intact);
            Assert.False(verification.Signed);
            Assert.All(verification.Files, f => Assert.Equal(PackFileState.Intact, f.State));
        }

        [Fact]
        public void AnAbsoluteEntryWithItsCorrectHashFails()
        {
            using var temp = new TempFolder();
            var pack = WritePack(temp);
            var outside = temp.Combine("hostname");
            File.WriteAllText(outside, "build-host\n");
            EditManifest(pack, files => files.Add(Entry(outside, outside)));

            var verification = EvidencePackVerifier.Verify(pack);

            Assert.False(verification.Intact);
            var check = Assert.Single(verification.Problems);
            Assert.Equal(PackFileState.Outside, check.State);
            Assert.Equal(outside, check.Path);
            Assert.Null(check.ActualSha256);
        }

        [Fact]
        public void AnEntryClimbingOutWithDotDotFails()
        {
            using var temp = new TempFolder();
            var pack = WritePack(temp);
            var outside = temp.Combine("secret.txt");
            File.WriteAllText(outside, "not part of the pack");
            EditManifest(pack, files => files.Add(Entry("../secret.txt", outside)));

            var check = Assert.Single(EvidencePackVerifier.Verify(pack).Problems);

            Assert.Equal(PackFileState.Outside, check.State);
        }

        [Fact]
        public void DevZeroDoesNotHang()
        {
            if (!File.Exists("/dev/zero")) return; // Windows has no /dev/zero
            using var temp = new TempFolder();
            var pack = WritePack(temp);
            EditManifest(pack, files => files.Add(new JObject { ["path"] = "/dev/zero", ["size"] = 0, ["sha256"] = new string('0', 64) }));

            var check = Assert.Single(VerifyWithin(pack).Problems);

            Assert.Equal(PackFileState.Outside, check.State);
        }

        [Fact]
        public void AFifoInsideThePackIsNotReadAndDoesNotHang()
        {
            if (OperatingSystem.IsWindows()) return;
            using var temp = new TempFolder();
            var pack = WritePack(temp);
            using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", Path.Combine(pack, "pipe")) { UseShellExecute = false })!)
                mkfifo.WaitForExit();
            EditManifest(pack, files => files.Add(new JObject { ["path"] = "pipe", ["size"] = 0, ["sha256"] = new string('0', 64) }));

            var check = Assert.Single(VerifyWithin(pack).Problems);

            Assert.Equal("pipe", check.Path);
            Assert.Equal(PackFileState.NotAFile, check.State);
        }

        [Fact]
        public void APackFileReplacedByALinkToOutsideFails()
        {
            using var temp = new TempFolder();
            var pack = WritePack(temp);
            var readiness = Path.Combine(pack, "readiness.json");
            var copy = temp.Combine("readiness-copy.json");
            File.Copy(readiness, copy);
            File.Delete(readiness);
            File.CreateSymbolicLink(readiness, copy);

            var check = Assert.Single(EvidencePackVerifier.Verify(pack).Problems);

            Assert.Equal("readiness.json", check.Path);
            Assert.Equal(PackFileState.Outside, check.State);
        }

        [Fact]
        public void AFolderOfThePackReplacedByALinkFails()
        {
            using var temp = new TempFolder();
            var pack = WritePack(temp);
            var elsewhere = temp.Combine("elsewhere");
            Directory.Move(Path.Combine(pack, "inventories"), elsewhere);
            Directory.CreateSymbolicLink(Path.Combine(pack, "inventories"), elsewhere);

            var verification = EvidencePackVerifier.Verify(pack);

            Assert.Contains(verification.Problems, p => p.Path == "inventories/main.json" && p.State == PackFileState.Outside);
            Assert.False(verification.Intact);
        }

        [Fact]
        public void AWrongSizeFailsEvenWithTheRightHash()
        {
            using var temp = new TempFolder();
            var pack = WritePack(temp);
            EditManifest(pack, files => files.Single(f => (string)f["path"]! == "readiness.json")["size"] = 1);

            var check = Assert.Single(EvidencePackVerifier.Verify(pack).Problems);

            Assert.Equal(PackFileState.Changed, check.State);
            Assert.Equal(1, check.ExpectedSize);
            Assert.Equal(new FileInfo(Path.Combine(pack, "readiness.json")).Length, check.ActualSize);
        }

        [Fact]
        public void ADuplicateEntryFails()
        {
            using var temp = new TempFolder();
            var pack = WritePack(temp);
            EditManifest(pack, files => files.Add(files.Single(f => (string)f["path"]! == "readiness.json").DeepClone()));

            var verification = EvidencePackVerifier.Verify(pack);

            var check = Assert.Single(verification.Problems);
            Assert.Equal(PackFileState.Duplicate, check.State);
            Assert.Equal("readiness.json", check.Path);
            Assert.False(verification.Intact);
        }

        [Fact]
        public void AnExtraFileIsReported()
        {
            using var temp = new TempFolder();
            var pack = WritePack(temp);
            File.WriteAllText(Path.Combine(pack, "inventories", "extra.json"), "{}");

            var check = Assert.Single(EvidencePackVerifier.Verify(pack).Problems);

            Assert.Equal(PackFileState.Added, check.State);
            Assert.Equal("inventories/extra.json", check.Path);
        }

        /// <summary>A manifest handed over with a size that is no number ("٣", another script's digit, or words) is a
        /// manifest that cannot be read, as any other malformed manifest: it was an unexpected FormatException.</summary>
        [Theory]
        [InlineData("\u0663")]
        [InlineData("\uFF11\uFF12")]
        [InlineData("twelve")]
        public void ASizeThatIsNoNumberIsAManifestThatCannotBeRead(string size)
        {
            using var temp = new TempFolder();
            var pack = WritePack(temp);
            EditManifest(pack, files => files.Single(f => (string)f["path"]! == "readiness.json")["size"] = size);

            var e = Assert.Throws<InvalidDataException>(() => EvidencePackVerifier.Verify(pack));
            Assert.Contains("cannot be read", e.Message);
        }

        [Fact]
        public void AManifestThatIsALinkIsNotRead()
        {
            using var temp = new TempFolder();
            var pack = WritePack(temp);
            var manifest = Path.Combine(pack, "manifest.json");
            File.Move(manifest, temp.Combine("manifest.json"));
            File.CreateSymbolicLink(manifest, temp.Combine("manifest.json"));

            Assert.Throws<InvalidDataException>(() => EvidencePackVerifier.Verify(pack));
        }

        [Theory]
        [InlineData("readiness.json", true)]
        [InlineData("inventories/main.json", true)]
        [InlineData("/etc/hostname", false)]
        [InlineData("../x", false)]
        [InlineData("a/../../x", false)]
        [InlineData("a//b", false)]
        [InlineData("./a", false)]
        [InlineData("C:/x", false)]
        [InlineData("a\\..\\x", false)]
        [InlineData("", false)]
        public void OnlyPlainRelativePathsAreInside(string path, bool inside)
        {
            Assert.Equal(inside, EvidencePackVerifier.IsInsidePath(path));
        }
    }
}
