using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace DrAudit.Core.Storage
{
    /// <summary>
    /// Decides whether Force may replace an existing folder. It may only when the folder is empty or is what the
    /// writer itself writes (an evidence pack, a source capture: <paramref name="isOwnFolder"/> looks at its marker
    /// file), and never when it is a link, the current folder or a folder above it, or a folder that holds (or is)
    /// one of the run's inputs. Everything else throws <see cref="FolderNotReplaceableException"/> naming the folder.
    /// </summary>
    public static class FolderReplacement
    {
        /// <summary>Throws <see cref="FolderNotReplaceableException"/> unless the existing folder at
        /// <paramref name="target"/> (full path) may be replaced. Does nothing when nothing is there.</summary>
        /// <param name="what">What the writer writes, for the message: "a DrAudit evidence pack".</param>
        /// <param name="protectedPaths">Files and folders that must survive: the current folder(s), every input.</param>
        public static void EnsureMayReplace(string target, string what, Func<string, bool> isOwnFolder, IEnumerable<string?> protectedPaths)
        {
            target = Normalise(target);
            if (!Directory.Exists(target)) return;
            if ((File.GetAttributes(target) & FileAttributes.ReparsePoint) != 0)
                throw new FolderNotReplaceableException(target, "it is a link to another folder, not " + what + ".");
            var current = Normalise(Directory.GetCurrentDirectory());
            if (Contains(target, current))
                throw new FolderNotReplaceableException(target, PathComparer.Equals(current, target)
                    ? "it is the current folder." : "it holds the current folder " + current + ".");
            foreach (var path in protectedPaths)
            {
                if (string.IsNullOrWhiteSpace(path)) continue;
                var full = Normalise(path!);
                if (Contains(target, full))
                    throw new FolderNotReplaceableException(target, PathComparer.Equals(full, target)
                        ? "it is an input or the working folder of this run." : "it holds " + full + ", an input or the working folder of this run.");
            }
            if (!Directory.EnumerateFileSystemEntries(target).Any()) return;
            if (!isOwnFolder(target))
                throw new FolderNotReplaceableException(target, "it is not " + what + " (its marker file is missing or says otherwise).");
        }

        /// <summary>Case-insensitive everywhere: refusing a folder that differs only in case is the safe mistake.</summary>
        private static readonly StringComparer PathComparer = StringComparer.OrdinalIgnoreCase;

        /// <summary>The full path without a trailing separator, except for a root ("/", "C:\\") that is nothing without it.</summary>
        internal static string Normalise(string path)
        {
            var full = Path.GetFullPath(path);
            var trimmed = full.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
            return trimmed.Length == 0 || trimmed.EndsWith(":", StringComparison.Ordinal) ? full : trimmed;
        }

        /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or anything under it.</summary>
        internal static bool Contains(string folder, string path)
        {
            if (PathComparer.Equals(folder, path)) return true;
            var prefix = folder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar) + Path.DirectorySeparatorChar;
            return path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
        }
    }
}
