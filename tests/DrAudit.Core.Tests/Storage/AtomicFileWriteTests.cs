using DrAudit.Core.Storage;
using DrAudit.Core.Tests.Packs;

namespace DrAudit.Core.Tests.Storage
{
    /// <summary><see cref="AtomicFolderWrite.BeginFile"/>: one file replaced the way a folder is, and a replace killed at
    /// any step leaves the old or the new file after the next run's recovery (draudit init writes client.yaml this way).</summary>
    public class AtomicFileWriteTests
    {
        private static readonly Core.Hosting.IAuditHost Host = Core.Hosting.SilentAuditHost.Instance;

        [Theory]
        [InlineData(AtomicFolderStep.TempCreated)]
        [InlineData(AtomicFolderStep.TempComplete)]
        [InlineData(AtomicFolderStep.TargetMovedAside)]
        [InlineData(AtomicFolderStep.NewInPlace)]
        [InlineData(AtomicFolderStep.OldDeleted)]
        public void A_file_replace_killed_at_any_step_leaves_the_old_or_the_new_file(AtomicFolderStep crashAt)
        {
            using var temp = new TempFolder();
            var live = temp.Combine("live");
            Directory.CreateDirectory(live);
            var target = Path.Combine(live, "client.yaml");
            File.WriteAllText(target, "old");
            var crashed = temp.Combine("crashed");

            using (var write = AtomicFolderWrite.BeginFile(target, Host, step =>
            {
                if (step != crashAt) return;
                Directory.CreateDirectory(crashed);
                foreach (var file in Directory.GetFiles(live))
                {
                    var copy = Path.Combine(crashed, Path.GetFileName(file));
                    if (Path.GetFileName(file).Contains(".lock-")) File.WriteAllText(copy, "");
                    else File.Copy(file, copy);
                }
            }))
            {
                File.WriteAllText(write.TempPath, "new");
                write.Commit(replace: true);
            }

            Assert.Equal("new", File.ReadAllText(target));
            Assert.Equal(new[] { "client.yaml" }, Directory.GetFileSystemEntries(live).Select(Path.GetFileName));
            AtomicFolder.Recover(crashed, Host);
            Assert.Equal(new[] { "client.yaml" }, Directory.GetFileSystemEntries(crashed).Select(Path.GetFileName));
            Assert.Equal(crashAt < AtomicFolderStep.NewInPlace ? "old" : "new", File.ReadAllText(Path.Combine(crashed, "client.yaml")));
        }

        [Fact]
        public void Without_replace_an_existing_file_is_kept_and_nothing_is_left_beside_it()
        {
            using var temp = new TempFolder();
            var target = temp.Combine("client.yaml");
            File.WriteAllText(target, "old");

            using (var write = AtomicFolderWrite.BeginFile(target, Host))
            {
                File.WriteAllText(write.TempPath, "new");
                Assert.Throws<IOException>(() => write.Commit(replace: false));
            }

            Assert.Equal("old", File.ReadAllText(target));
            Assert.Equal(new[] { "client.yaml" }, Directory.GetFileSystemEntries(Path.GetDirectoryName(target)!).Select(Path.GetFileName));
        }
    }
}
