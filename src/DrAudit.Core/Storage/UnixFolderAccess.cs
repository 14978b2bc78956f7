using System;
using System.Runtime.InteropServices;
using System.Text;

namespace DrAudit.Core.Storage
{
    /// <summary>
    /// Whether this process may create entries in a folder on Linux and macOS, asked of the kernel with
    /// <c>access(path, W_OK | X_OK)</c> through the runtime's own native shim (<c>SystemNative_Access</c>, as
    /// <c>Loading/Files/UnixFileType</c> asks for <c>stat</c>). The kernel's answer covers what mode bits alone do not:
    /// a read-only mount (EROFS), an immutable folder (<c>chattr +i</c>: EPERM even for root), and root's right to write
    /// anywhere else. Nothing is created. On Windows and .NET Framework the shim is absent and the answer is null
    /// (unknown): the write itself then fails with a message naming the folder (<see cref="WriteFailure"/>).
    /// </summary>
    internal static class UnixFolderAccess
    {
        /// <summary>errno values, the same on Linux and macOS.</summary>
        public const int PermissionNotAllowed = 1;   // EPERM: immutable, or refused by a security module
        public const int AccessDenied = 13;          // EACCES
        public const int ReadOnlyFileSystem = 30;    // EROFS

        private const int WriteAndSearch = 2 | 1;    // W_OK | X_OK (the shim's values are the POSIX ones)
        private static bool _unavailable;

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Access", SetLastError = true)]
        private static extern int Access(byte[] path, int mode);

        /// <summary>0 when entries may be created in <paramref name="folder"/>, the errno when they may not, null when it
        /// cannot be told (Windows, .NET Framework).</summary>
        public static int? WriteError(string folder)
        {
            if (_unavailable || Environment.OSVersion.Platform != PlatformID.Unix && Environment.OSVersion.Platform != PlatformID.MacOSX) return null;
            try
            {
                return Access(Encoding.UTF8.GetBytes(folder + "\0"), WriteAndSearch) == 0 ? 0 : Marshal.GetLastWin32Error();
            }
            catch (Exception e) when (e is DllNotFoundException || e is EntryPointNotFoundException || e is BadImageFormatException)
            {
                _unavailable = true;
                return null;
            }
        }

        /// <summary>Why entries cannot be created in a folder, for a message ("the file system is mounted read-only").</summary>
        public static string Describe(int errno)
        {
            switch (errno)
            {
                case ReadOnlyFileSystem: return "its file system is mounted read-only";
                case PermissionNotAllowed: return "the system does not allow changes in it (it may be marked immutable)";
                case AccessDenied: return "this account may not create files in it";
                default: return "it cannot be written (error " + errno.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
            }
        }
    }
}
