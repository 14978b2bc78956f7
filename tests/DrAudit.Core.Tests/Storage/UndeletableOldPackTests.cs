using DrAudit.Core.Packs;
using DrAudit.Core.Storage;
using DrAudit.Core.Tests.Auditing;
using DrAudit.Core.Tests.Packs;

namespace DrAudit.Core.Tests.Storage
{
    /// <summary>
    /// An earlier pack with a file that cannot be deleted (read-only, immutable, in use) is replaced all the same: the new
    /// pack is complete, what is left of the old one is named in a clear warning, is tried again at every later write,
    /// and is never put back as if it were a whole pack (a part-deleted folder is not a pack).
    /// </summary>
    public class UndeletableOldPackTests
    {
        private static readonly PackWriteOptions Replace = new PackWriteOptions { Formats = PackFormat.Json, Force = true };

        /// <summary>Deletes every file but manifest.json, then fails as the system does for a file it may not delete.</summary>
        private static void DeletePartly(string folder)
        {
            foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != PackManifest.FileName))
                File.Delete(file);
            throw new UnauthorizedAccessException("Access to the path '" + Path.Combine(folder, PackManifest.FileName) + "' is denied.");
        }

        private static PackWriteResult WriteOver(string pack, RecordingAuditHost host)
        {
            using var write = AtomicFolderWrite.Begin(pack, host, null, DeletePartly);
            File.WriteAllText(Path.Combine(write.TempPath, "readiness.json"), "{ \"new\": true }");
            write.Commit(replace: true);
            return new PackWriteResult(pack, true, Array.Empty<PackFile>());
        }

        [Fact]
        public void The_new_pack_is_in_place_and_the_warning_names_what_is_left_and_what_to_do()
        {
            using var temp = new TempFolder();
            var pack = temp.Combine("pack");
            EvidencePackWriterTests.OldPack(pack);
            var host = new RecordingAuditHost();

            WriteOver(pack, host);

            Assert.Equal("{ \"new\": true }", File.ReadAllText(Path.Combine(pack, "readiness.json")));
            var left = Assert.Single(temp.Entries(), e => e != "pack");
            Assert.Matches(@"^\.pack\.del-[0-9a-f]{8}$", left);
            var warning = Assert.Single(host.Warnings);
            Assert.StartsWith(pack + " was replaced and is complete, but what it replaced, moved aside to " + temp.Combine(left) + ", could not be deleted (", warning, StringComparison.Ordinal);
            Assert.Contains("Delete " + temp.Combine(left) + " yourself", warning, StringComparison.Ordinal);
        }

        /// <summary>Before, the part-deleted old folder kept its ".old-" name, and once the pack was removed the next run
        /// "put back" the remains (a manifest without its files) as the pack, with a warning that a run had been stopped.</summary>
        [Fact]
        public void What_is_left_is_never_put_back_and_is_deleted_by_a_later_run()
        {
            using var temp = new TempFolder();
            var pack = temp.Combine("pack");
            EvidencePackWriterTests.OldPack(pack);
            WriteOver(pack, new RecordingAuditHost());
            Directory.Delete(pack, true);   // the user removes the pack (or a fleet's dated folder is archived)

            var host = new RecordingAuditHost();
            var restored = AtomicFolder.Recover(temp.Path, host);

            Assert.Empty(restored);
            Assert.Empty(host.Warnings);
            Assert.Empty(temp.Entries());
        }

        [Fact]
        public void The_evidence_pack_writer_replaces_a_pack_whose_remains_are_still_beside_it()
        {
            using var temp = new TempFolder();
            var pack = temp.Combine("pack");
            EvidencePackWriterTests.OldPack(pack);
            WriteOver(pack, new RecordingAuditHost());
            File.Delete(Path.Combine(pack, "readiness.json"));
            EvidencePackWriterTests.OldPack(pack);

            var written = EvidencePackWriter.Write(PackResults.Scored(), pack, Replace, new RecordingAuditHost());

            Assert.True(EvidencePackVerifier.Verify(written.Path).Intact);
            Assert.Equal(new[] { "pack" }, temp.Entries());
        }

        /// <summary>The same with a file this machine really refuses to delete (a folder of the old pack made unwritable by
        /// chmod as a user, chattr +i as root; skipped where neither works): the pack is replaced, nothing of the new
        /// one is missing, the remains are named, and once the folder is writable again the next write removes them.</summary>
        [SkippableFact]
        public void A_real_undeletable_file_in_the_old_pack()
        {
            using var temp = new TempFolder();
            var pack = temp.Combine("pack");
            EvidencePackWriterTests.OldPack(pack);
            var locked = Path.Combine(pack, "client");
            Directory.CreateDirectory(locked);
            File.WriteAllText(Path.Combine(locked, "client.yaml"), "apiVersion: draudit/v1");
            // The old pack's manifest lists what it holds, so Force may replace it.
            File.WriteAllText(Path.Combine(pack, PackManifest.FileName),
                "{ \"apiVersion\": \"draudit/v1\", \"kind\": \"EvidencePackManifest\", \"files\": [ { \"path\": \"readiness.json\", \"size\": 15, \"sha256\": \"0\" }, { \"path\": \"client/client.yaml\", \"size\": 22, \"sha256\": \"0\" } ] }");
            var host = new RecordingAuditHost();
            string left;
            using (var unwritable = UnwritableFolder.Make(locked))
            {
                var written = EvidencePackWriter.Write(PackResults.Scored(), pack, Replace, host);

                Assert.True(EvidencePackVerifier.Verify(written.Path).Intact);
                left = Assert.Single(temp.Entries(), e => e != "pack");
                Assert.Matches(@"^\.pack\.del-[0-9a-f]{8}$", left);
                Assert.Contains(host.Warnings, w => w.Contains("could not be deleted", StringComparison.Ordinal) && w.Contains(temp.Combine(left), StringComparison.Ordinal));
                unwritable.Folder = Path.Combine(temp.Combine(left), "client");
            }
            // The folder that held it is still there under the remains: make it writable (Dispose did) and write again.
            EvidencePackWriter.Write(PackResults.Scored(), pack, Replace, new RecordingAuditHost());
            Assert.Equal(new[] { "pack" }, temp.Entries());
        }
    }
}
