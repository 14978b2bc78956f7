using DrAudit.Core.Packs;
using DrAudit.Core.Storage;
using DrAudit.Core.Tests.Auditing;
using DrAudit.Core.Tests.Packs;

namespace DrAudit.Core.Tests.Storage
{
    /// <summary>The evidence pack writer on a real small volume (skipped where a tmpfs cannot be mounted; the same
    /// behaviours are tested everywhere through FailingRenderer and the folder-access seam).</summary>
    public class FullDiskTests
    {
        private static readonly PackWriteOptions Default = new PackWriteOptions();

        [SkippableFact]
        public void A_disk_that_fills_leaves_nothing_and_keeps_the_earlier_pack()
        {
            using var volume = SmallVolume.Mount();
            var pack = Path.Combine(volume.Path, "pack");
            EvidencePackWriter.Write(PackResults.Scored(), pack, Default, new RecordingAuditHost());
            volume.FillLeaving(8 * 1024);

            var error = Assert.Throws<OutputNotWrittenException>(() =>
                EvidencePackWriter.Write(PackResults.Scored(), pack, new PackWriteOptions { Force = true }, new RecordingAuditHost()));

            Assert.Equal(WriteFailureKind.DiskFull, error.Kind);
            Assert.StartsWith("the disk holding " + volume.Path + " is full", error.Message, StringComparison.Ordinal);
            Assert.EndsWith("The earlier evidence pack at " + pack + " is kept as it was.", error.Message, StringComparison.Ordinal);
            Assert.True(EvidencePackVerifier.Verify(pack).Intact);
            Assert.Equal(new[] { "filler", "pack" }, Directory.GetFileSystemEntries(volume.Path).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));

            File.Delete(Path.Combine(volume.Path, "filler"));
            var fresh = Path.Combine(volume.Path, "fresh");
            volume.FillLeaving(8 * 1024);
            var first = Assert.Throws<OutputNotWrittenException>(() => EvidencePackWriter.Write(PackResults.Scored(), fresh, Default, new RecordingAuditHost()));
            Assert.EndsWith("Nothing was left at " + fresh + ".", first.Message, StringComparison.Ordinal);
            Assert.False(Directory.Exists(fresh));
        }

        [SkippableFact]
        public void A_file_system_mounted_read_only_is_refused_before_anything_is_written()
        {
            using var volume = SmallVolume.Mount();
            volume.RemountReadOnly();

            var error = Assert.Throws<FolderNotWritableException>(() => EvidencePackWriter.CheckTarget(Path.Combine(volume.Path, "pack"), force: false));

            Assert.Equal(volume.Path, error.FolderPath);
            Assert.Equal("its file system is mounted read-only", error.Reason);
        }
    }
}
