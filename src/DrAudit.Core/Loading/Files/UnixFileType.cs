using System;
using System.Runtime.InteropServices;
using System.Text;

namespace DrAudit.Core.Loading.Files
{
    /// <summary>
    /// What a path is on Linux and macOS after following symbolic links: a regular file, a directory, or something
    /// else (a FIFO, a device, a socket). .NET Standard 2.0 has no managed way to tell a FIFO or <c>/dev/zero</c>
    /// from a file, and opening a FIFO blocks until a writer comes, so the type is asked of the runtime's own native
    /// shim (<c>SystemNative_Stat</c>, whose status structure starts with two 32-bit fields: flags, then
    /// <c>st_mode</c>). On Windows and .NET Framework the shim is absent and <see cref="Of"/> returns null.
    /// </summary>
    internal static class UnixFileType
    {
        private const int TypeMask = 0xF000;
        private const int RegularFile = 0x8000;
        private const int Directory = 0x4000;
        private static bool _unavailable;

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
        private static extern int Stat(byte[] path, [Out] byte[] status);

        /// <summary>True for a regular file, false for anything else that exists, null when it cannot be told (Windows, or no such path).</summary>
        public static bool? IsRegularFile(string path)
        {
            var mode = Of(path);
            return mode == null ? (bool?)null : (mode.Value & TypeMask) == RegularFile;
        }

        /// <summary>True when the path (links followed) is a directory; null when it cannot be told.</summary>
        public static bool? IsDirectory(string path)
        {
            var mode = Of(path);
            return mode == null ? (bool?)null : (mode.Value & TypeMask) == Directory;
        }

        /// <summary>The <c>st_mode</c> of the path with links followed, or null.</summary>
        private static int? Of(string path)
        {
            if (_unavailable || Environment.OSVersion.Platform != PlatformID.Unix && Environment.OSVersion.Platform != PlatformID.MacOSX) return null;
            try
            {
                var status = new byte[512];
                if (Stat(Encoding.UTF8.GetBytes(path + "\0"), status) != 0) return null;
                return BitConverter.ToInt32(status, 4);
            }
            catch (Exception e) when (e is DllNotFoundException || e is EntryPointNotFoundException || e is BadImageFormatException)
            {
                _unavailable = true;
                return null;
            }
        }
    }
}
