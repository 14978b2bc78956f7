using DrAudit.Core.Packs;
using DrAudit.Core.Storage;
using DrAudit.Core.Tests.Auditing;
using DrAudit.Core.Tests.Packs;

namespace DrAudit.Core.Tests.Storage
{
    /// <summary>The target folder holds the old or the new content after a crash at any moment of a replace, or the
    /// next run puts the old one back; leftovers of killed runs are cleaned up, live runs are left alone.</summary>
    public class AtomicFolderTests
    {
        private static readonly Core.Hosting.IAuditHost Host = Core.Hosting.SilentAuditHost.Instance;

        /// <summary>Copies the folder as a process killed now would leave it: every file and folder, and each lock file
        /// present but no longer held (a dead process holds nothing).</summary>
        private static void CopyAsAfterACrash(string from, string to)
        {
            Directory.CreateDirectory(to);
            foreach (var dir in Directory.GetDirectories(from)) CopyAsAfterACrash(dir, Path.Combine(to, Path.GetFileName(dir)));
            foreach (var file in Directory.GetFiles(from))
            {
                var copy = Path.Combine(to, Path.GetFileName(file));
                if (Path.GetFileName(file).Contains(".lock-")) File.WriteAllText(copy, "");
                else File.Copy(file, copy);
            }
        }

        [Theory]
        [InlineData(AtomicFolderStep.TempCreated)]
        [InlineData(AtomicFolderStep.TempComplete)]
        [InlineData(AtomicFolderStep.TargetMovedAside)]
        [InlineData(AtomicFolderStep.NewInPlace)]
        [InlineData(AtomicFolderStep.OldDeleted)]
        public void AReplaceKilledAtAnyStepLeavesTheOldOrTheNewPackAfterTheNextRun(AtomicFolderStep crashAt)
        {
            using var temp = new TempFolder();
            var live = temp.Combine("live");
            var pack = Path.Combine(live, "pack");
            EvidencePackWriterTests.OldPack(pack);
            var crashed = temp.Combine("crashed");

            EvidencePackWriter.Write(PackResults.Scored(), pack, new PackWriteOptions { Formats = PackFormat.Json, Force = true }, Host,
                EvidencePackWriter.BuiltInRenderers, step => { if (step == crashAt) CopyAsAfterACrash(live, crashed); });

            Assert.True(Directory.Exists(crashed), "the observer saw step " + crashAt);
            AtomicFolder.Recover(crashed, Host);

            Assert.Equal(new[] { "pack" }, Directory.GetFileSystemEntries(crashed).Select(Path.GetFileName));
            var readiness = File.ReadAllText(Path.Combine(crashed, "pack", "readiness.json"));
            var isOld = readiness == "{ \"old\": true }";
            Assert.True(isOld || readiness.Contains("\"apiVersion\": \"draudit/v1\""));
            Assert.Equal(crashAt < AtomicFolderStep.NewInPlace, isOld);
            Assert.True(PackManifest.IsEvidencePack(Path.Combine(crashed, "pack")));
        }

        [Fact]
        public void TheIssuesKilledReplaceIsPutBackByTheNextRun()
        {
            // What a kill between the two renames of the old AtomicFolder left: no pack, the old one aside, no lock file.
            using var temp = new TempFolder();
            EvidencePackWriterTests.OldPack(temp.Combine(".pack.old-0badc0de"));
            Directory.CreateDirectory(temp.Combine(".pack.tmp-0badc0de"));
            File.WriteAllText(temp.Combine(".pack.tmp-0badc0de", "readiness.json"), "half");

            var e = Assert.Throws<PackExistsException>(() =>
                EvidencePackWriter.Write(PackResults.Scored(), temp.Combine("pack"), new PackWriteOptions { Formats = PackFormat.Json }, Host));

            Assert.Equal(temp.Combine("pack"), e.PackPath);
            Assert.Equal(new[] { "pack" }, temp.Entries());
            Assert.Equal("{ \"old\": true }", File.ReadAllText(temp.Combine("pack", "readiness.json")));
        }

        [Fact]
        public void LeftoversBesideAnIntactTargetAreDeleted()
        {
            using var temp = new TempFolder();
            EvidencePackWriterTests.OldPack(temp.Combine("pack"));
            EvidencePackWriterTests.OldPack(temp.Combine(".pack.old-12345678"));
            File.WriteAllText(temp.Combine(".pack.lock-12345678"), "");
            Directory.CreateDirectory(temp.Combine(".other.tmp-abcdef01"));

            var restored = AtomicFolder.Recover(temp.Path, Host);

            Assert.Empty(restored);
            Assert.Equal(new[] { "pack" }, temp.Entries());
        }

        [Fact]
        public void ALiveWriteIsLeftAlone()
        {
            using var temp = new TempFolder();
            var target = temp.Combine("pack");
            using var write = AtomicFolderWrite.Begin(target, Host);
            File.WriteAllText(Path.Combine(write.TempPath, "half-written"), "x");

            AtomicFolder.Recover(temp.Path, Host);
            using (var second = AtomicFolderWrite.Begin(temp.Combine("other"), Host)) { }

            Assert.True(File.Exists(Path.Combine(write.TempPath, "half-written")));
            write.Commit(replace: false);
            Assert.True(File.Exists(Path.Combine(target, "half-written")));
        }

        [Fact]
        public void NothingIsLeftBesideTheTargetAfterAWrite()
        {
            using var temp = new TempFolder();
            var target = temp.Combine("pack");
            using (var write = AtomicFolderWrite.Begin(target, Host))
            {
                File.WriteAllText(Path.Combine(write.TempPath, "a"), "1");
                write.Commit(replace: false);
            }
            using (var write = AtomicFolderWrite.Begin(target, Host))
            {
                File.WriteAllText(Path.Combine(write.TempPath, "b"), "2");
                write.Commit(replace: true);
            }

            Assert.Equal(new[] { "pack" }, temp.Entries());
            Assert.Equal(new[] { "b" }, Directory.GetFiles(target).Select(Path.GetFileName));
        }
    }
}
