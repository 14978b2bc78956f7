using System.Diagnostics;

namespace DrAudit.Core.Tests.Storage
{
    /// <summary>
    /// A real 1 MiB tmpfs mounted on a fresh temporary folder, for tests of a disk that fills and a file system that turns
    /// read-only. Mounting needs Linux and root with CAP_SYS_ADMIN, which CI machines and containers often lack: the
    /// test is then skipped, saying so. Every behaviour these tests cover is also tested everywhere through a seam
    /// (<see cref="Packs.FailingRenderer"/>, <see cref="WritableLocationTests"/>). Dispose unmounts and deletes the folder.
    /// </summary>
    public sealed class SmallVolume : IDisposable
    {
        private SmallVolume(string path) => Path = path;

        public string Path { get; }

        public static SmallVolume Mount()
        {
            Skip.IfNot(OperatingSystem.IsLinux(), "mounting a small tmpfs is a Linux test");
            var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "draudit-small-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(path);
            if (!SystemCommand.Run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", path))
            {
                Directory.Delete(path);
                Skip.If(true, "mounting a small tmpfs needs root with CAP_SYS_ADMIN, which this machine does not give");
            }
            return new SmallVolume(path);
        }

        /// <summary>Fills the volume but for about <paramref name="leave"/> bytes.</summary>
        public void FillLeaving(long leave)
        {
            var free = new DriveInfo(Path).AvailableFreeSpace;
            using var filler = new FileStream(System.IO.Path.Combine(Path, "filler"), FileMode.Create);
            filler.Write(new byte[Math.Max(0, free - leave)]);
        }

        public void RemountReadOnly() => Assert.True(SystemCommand.Run("mount", "-o", "remount,ro", Path), "remount read-only");

        public void Dispose()
        {
            SystemCommand.Run("umount", Path);
            try { Directory.Delete(Path, true); } catch (IOException) { }
        }
    }
}
