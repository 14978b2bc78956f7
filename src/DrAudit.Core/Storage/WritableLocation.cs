using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace DrAudit.Core.Storage
{
    /// <summary>
    /// Checks, before a long audit or read, that a new folder or file can be made at a path: the nearest existing folder
    /// at or above where it goes must be a folder (not a file, not a link to nothing) and this process must be allowed
    /// to create entries in it. Every writer puts its hidden staging siblings and lock file in the target's parent, so
    /// that parent (or the folder the missing ones will be made in) is the one that matters. Nothing is created, so
    /// -WhatIf still writes nothing. Where the system cannot tell without writing (Windows), only the shape is checked
    /// and a write that fails later says which folder (<see cref="WriteFailure"/>).
    /// </summary>
    public static class WritableLocation
    {
        /// <summary>Throws an <see cref="IOException"/> naming the file or link in the way, or a
        /// <see cref="FolderNotWritableException"/> naming the folder that cannot be written.</summary>
        /// <param name="target">The full path of the folder or file to be made.</param>
        /// <param name="noun">What it is, for the message: "the pack folder", "the client definition".</param>
        public static void EnsureCanBeMade(string target, string noun) => EnsureCanBeMade(target, noun, UnixFolderAccess.WriteError);

        /// <summary>As above, with the question "may entries be created in this folder?" given (tests answer it for a
        /// folder they cannot make read-only): 0 yes, an errno no, null unknown.</summary>
        internal static void EnsureCanBeMade(string target, string noun, Func<string, int?> writeError)
        {
            EnsureNameFits(target, noun);
            for (var above = Path.GetDirectoryName(target); !string.IsNullOrEmpty(above); above = Path.GetDirectoryName(above))
            {
                if (Directory.Exists(above))
                {
                    var error = writeError(above!);
                    if (error != null && error != 0) throw new FolderNotWritableException(above!, target, UnixFolderAccess.Describe(error.Value));
                    return;
                }
                if (!File.Exists(above)) continue;
                if ((File.GetAttributes(above) & FileAttributes.ReparsePoint) != 0)
                    throw new IOException(above + " is a link to something that does not exist, so " + noun + " " + target + " cannot be made under it.");
                throw new IOException(above + " is a file, so " + noun + " " + target + " cannot be made under it.");
            }
        }

        /// <summary>The longest name of one file or folder: 255 bytes on Linux and macOS (NTFS counts 255 UTF-16 units,
        /// never fewer than the UTF-8 bytes).</summary>
        public const int NameMax = 255;

        /// <summary>The hidden sibling a write stages in (".name.lock-1a2b3c4d") is 15 characters longer than the name: a
        /// name that fits but whose sibling does not would fail only when the write starts, after the audit.</summary>
        private static void EnsureNameFits(string target, string noun)
        {
            var name = Path.GetFileName(target);
            if (string.IsNullOrEmpty(name)) return; // a root: nothing is staged beside it (and nothing may replace it)
            var staged = "." + name + "." + AtomicFolder.LockPurpose + "-" + AtomicFolder.NewId();
            var bytes = Encoding.UTF8.GetByteCount(staged);
            if (bytes <= NameMax) return;
            var longest = NameMax - (bytes - Encoding.UTF8.GetByteCount(name));
            throw new IOException("the name of " + noun + " " + target + " is too long: DrAudit first writes it beside itself under a name " +
                (bytes - Encoding.UTF8.GetByteCount(name)).ToString(CultureInfo.InvariantCulture) + " bytes longer, and a name may have at most " +
                NameMax.ToString(CultureInfo.InvariantCulture) + " bytes. Choose a name of at most " + longest.ToString(CultureInfo.InvariantCulture) + " bytes.");
        }

        /// <summary>Throws a <see cref="FolderNotWritableException"/> when the existing folder <paramref name="folder"/>,
        /// which Force is to replace, may not be changed: moving it aside and deleting it would fail after the audit (an
        /// immutable folder cannot even be renamed). Someone who made an earlier pack read-only meant to keep it.</summary>
        public static void EnsureCanReplace(string folder) => EnsureCanReplace(folder, UnixFolderAccess.WriteError);

        internal static void EnsureCanReplace(string folder, Func<string, int?> writeError)
        {
            if (!Directory.Exists(folder)) return;
            var error = writeError(folder);
            if (error != null && error != 0) throw new FolderNotWritableException(folder, folder, UnixFolderAccess.Describe(error.Value));
        }

        /// <summary>A symbolic link whose target is missing: File.Exists says true, Directory.Exists false.</summary>
        public static bool IsLinkToNothing(string path) =>
            File.Exists(path) && !Directory.Exists(path) && (File.GetAttributes(path) & FileAttributes.ReparsePoint) != 0;
    }
}
