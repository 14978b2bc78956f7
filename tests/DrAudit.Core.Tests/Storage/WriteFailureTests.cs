using DrAudit.Core.Storage;

namespace DrAudit.Core.Tests.Storage
{
    /// <summary>The runtime's errors for a write that failed part way, as DrAudit reports them: why in words, the folder
    /// named, never the hidden staging folder, and what is at the target now.</summary>
    public class WriteFailureTests
    {
        private static readonly string Parent = Path.Combine(Path.GetTempPath(), "packs");
        private static readonly string Target = Path.Combine(Parent, "acme");
        private static readonly string Staged = Path.Combine(Parent, ".acme.tmp-1f2e3d4c", "inventories", "veeam.json");

        [Theory]
        [InlineData(28)]                      // ENOSPC, Linux and macOS
        [InlineData(122)]                     // EDQUOT, Linux
        [InlineData(69)]                      // EDQUOT, macOS
        [InlineData(unchecked((int)0x80070070))] // ERROR_DISK_FULL
        [InlineData(unchecked((int)0x80070027))] // ERROR_HANDLE_DISK_FULL
        [InlineData(unchecked((int)0x8007050F))] // ERROR_DISK_QUOTA_EXCEEDED
        public void A_full_disk_or_quota_is_DiskFull(int hresult) =>
            Assert.Equal(WriteFailureKind.DiskFull, WriteFailure.KindOf(new IOException("No space left on device : '" + Staged + "'", hresult)));

        /// <summary>What .NET throws when a file written in one call cannot be allocated: the generic HResult, the words only.</summary>
        [Fact]
        public void The_runtimes_allocation_failure_is_DiskFull() =>
            Assert.Equal(WriteFailureKind.DiskFull, WriteFailure.KindOf(new IOException("Failed to create '" + Staged + "' with allocation size '163319' because the disk was full.")));

        [Fact]
        public void A_read_only_file_system_and_a_denied_folder_are_told_apart_from_other_errors()
        {
            Assert.Equal(WriteFailureKind.ReadOnly, WriteFailure.KindOf(new IOException("Read-only file system : '" + Staged + "'", 30)));
            Assert.Equal(WriteFailureKind.AccessDenied, WriteFailure.KindOf(new UnauthorizedAccessException("Access to the path '" + Staged + "' is denied.")));
            Assert.Equal(WriteFailureKind.Other, WriteFailure.KindOf(new IOException("Input/output error : '" + Staged + "'", 5)));
        }

        [Fact]
        public void A_full_disk_names_the_folder_and_the_file_never_the_staging_folder_and_says_the_earlier_pack_is_kept()
        {
            var error = WriteFailure.Explain(new IOException("No space left on device : '" + Staged + "'", 28), Target, "evidence pack", earlierKept: true);

            Assert.Equal(WriteFailureKind.DiskFull, error.Kind);
            Assert.Equal("the disk holding " + Parent + " is full (writing inventories/veeam.json). Free some space there, or choose a folder on another disk. " +
                         "The earlier evidence pack at " + Target + " is kept as it was.", error.Message);
            Assert.Equal(Target, error.TargetPath);
            Assert.Equal(Parent, error.FolderPath);
        }

        [Fact]
        public void Without_an_earlier_pack_it_says_nothing_was_left()
        {
            var error = WriteFailure.Explain(new UnauthorizedAccessException("Access to the path '" + Path.Combine(Parent, ".acme.lock-0a1b2c3d") + "' is denied."),
                Target, "evidence pack", earlierKept: false);

            Assert.Equal("this account may not write in " + Parent + ". Choose another folder, or give this account write access to it. Nothing was left at " + Target + ".",
                error.Message);
        }

        [Fact]
        public void Another_error_keeps_the_systems_words_with_the_staging_path_replaced_by_the_target()
        {
            var error = WriteFailure.Explain(new IOException("Input/output error : '" + Staged + "'", 5), Target, "evidence pack", earlierKept: true);

            Assert.Equal(WriteFailureKind.Other, error.Kind);
            Assert.StartsWith("Input/output error : '" + Path.Combine(Target, "inventories", "veeam.json") + "'", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain(".tmp-", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void DrAudits_own_refusals_and_missing_inputs_are_left_as_they_are()
        {
            Assert.False(WriteFailure.Explains(new FolderNotReplaceableException(Target, "it is not a pack.")));
            Assert.False(WriteFailure.Explains(new FolderNotWritableException(Parent, Target, "its file system is mounted read-only")));
            Assert.False(WriteFailure.Explains(new DrAudit.Core.Packs.PackExistsException(Target, "a DrAudit evidence pack", false)));
            Assert.False(WriteFailure.Explains(new FileNotFoundException("no template", "report.liquid")));
            Assert.True(WriteFailure.Explains(new IOException("No space left on device", 28)));
        }
    }
}
