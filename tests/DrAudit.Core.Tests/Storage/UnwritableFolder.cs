using System.Diagnostics;
using DrAudit.Core.Storage;

namespace DrAudit.Core.Tests.Storage
{
    /// <summary>
    /// Makes an existing folder one this process may not change, by whatever this machine allows: as an ordinary user,
    /// <c>chmod 0555</c>; as root (which mode bits do not stop), <c>chattr +i</c>, which needs an ext4-like file system
    /// and CAP_LINUX_IMMUTABLE. Where neither works (Windows, root in a container without the capability) the test is
    /// skipped with that reason: every behaviour such a test covers also has a test that answers "may this folder be
    /// written?" through a seam and runs everywhere. Dispose makes the folder writable again.
    /// </summary>
    public sealed class UnwritableFolder : IDisposable
    {
        private readonly bool _immutable;

        private UnwritableFolder(string folder, bool immutable)
        {
            Folder = folder;
            _immutable = immutable;
        }

        /// <summary>Where the folder is now: a test that moves it (a pack moved aside) says where it went, so Dispose
        /// finds it.</summary>
        public string Folder { get; set; }

        /// <summary>Makes <paramref name="folder"/> unwritable, or skips the test saying why it cannot be.</summary>
        public static UnwritableFolder Make(string folder)
        {
            if (OperatingSystem.IsWindows())
                throw new SkipException("a folder this process may not write cannot be made without ACL changes on Windows");
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute |
                UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            if (UnixFolderAccess.WriteError(folder) is int denied && denied != 0) return new UnwritableFolder(folder, immutable: false);
            // Root: mode bits do not stop it; the immutable attribute does.
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var chattr = SystemCommand.Run("chattr", "+i", folder);
            Skip.IfNot(chattr, "running as root, and chattr +i is not available here (needs ext4-like storage and CAP_LINUX_IMMUTABLE)");
            var made = new UnwritableFolder(folder, immutable: true);
            if (UnixFolderAccess.WriteError(folder) is int refused && refused != 0) return made;
            made.Dispose();
            Skip.If(true, "chattr +i did not make the folder unwritable here");
            return made;
        }

        public void Dispose()
        {
            if (_immutable) SystemCommand.Run("chattr", "-i", Folder);
            else if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }
}
