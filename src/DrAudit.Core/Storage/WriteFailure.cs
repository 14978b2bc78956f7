using System;
using System.IO;
using System.Text.RegularExpressions;

namespace DrAudit.Core.Storage
{
    /// <summary>
    /// Turns the runtime's error for a write that failed part way into one a user can act on. "No space left on device :
    /// '/srv/packs/.acme.tmp-1f2e3d4c/report.html'" names a hidden folder that no longer exists; the error becomes "the
    /// disk holding /srv/packs is full (writing report.html). The earlier evidence pack at /srv/packs/acme is kept as it
    /// was; ...". Used by every writer that stages through <see cref="AtomicFolderWrite"/>, after its staging folder has
    /// been removed.
    /// </summary>
    public static class WriteFailure
    {
        // errno on Linux (ENOSPC, EDQUOT, EROFS) and macOS (EDQUOT is 69 there): .NET puts the errno in HResult.
        private const int NoSpace = 28, QuotaLinux = 122, QuotaMac = 69, ReadOnlyFs = 30;
        // HRESULTs of Win32 errors: ERROR_DISK_FULL, ERROR_HANDLE_DISK_FULL, ERROR_DISK_QUOTA_EXCEEDED, ERROR_WRITE_PROTECT.
        private const int DiskFullWin = unchecked((int)0x80070070), HandleDiskFullWin = unchecked((int)0x80070027),
            QuotaWin = unchecked((int)0x8007050F), WriteProtectWin = unchecked((int)0x80070013);

        /// <summary>True for the errors this class explains: input/output and access errors, but not DrAudit's own
        /// refusals (which already say what to do), not an error that is already explained, and not a missing input
        /// (a template or logo file: the front ends report those as bad input).</summary>
        public static bool Explains(Exception e) =>
            (e is IOException || e is UnauthorizedAccessException)
            && !(e is OutputNotWrittenException) && !(e is FolderNotWritableException) && !(e is FolderNotReplaceableException)
            && !(e is Packs.PackExistsException) && !(e is FileNotFoundException) && !(e is DirectoryNotFoundException);

        /// <summary>Why the write failed.</summary>
        public static WriteFailureKind KindOf(Exception e)
        {
            if (e is UnauthorizedAccessException) return WriteFailureKind.AccessDenied;
            if (!(e is IOException)) return WriteFailureKind.Other;
            switch (e.HResult)
            {
                case NoSpace:
                case QuotaLinux:
                case QuotaMac:
                case DiskFullWin:
                case HandleDiskFullWin:
                case QuotaWin:
                    return WriteFailureKind.DiskFull;
                case ReadOnlyFs:
                case WriteProtectWin:
                    return WriteFailureKind.ReadOnly;
            }
            // A file written in one call is allocated first; when that fails the runtime says so in words, with the
            // generic HResult ("Failed to create '...' with allocation size '163319' because the disk was full.").
            return e.Message.IndexOf("disk was full", StringComparison.OrdinalIgnoreCase) >= 0 ? WriteFailureKind.DiskFull : WriteFailureKind.Other;
        }

        /// <summary>The error to report for <paramref name="e"/>, thrown while writing <paramref name="target"/> (full path)
        /// through an atomic write. <paramref name="what"/> names it ("evidence pack"); <paramref name="earlierKept"/> says
        /// an earlier one was at the target before the write and is still there.</summary>
        public static OutputNotWrittenException Explain(Exception e, string target, string what, bool earlierKept)
        {
            var folder = Path.GetDirectoryName(target) ?? target;
            var kind = KindOf(e);
            var file = StagedFile(e.Message, target);
            var writing = file == null ? "" : " (writing " + file + ")";
            string why;
            switch (kind)
            {
                case WriteFailureKind.DiskFull:
                    why = "the disk holding " + folder + " is full" + writing + ". Free some space there, or choose a folder on another disk.";
                    break;
                case WriteFailureKind.ReadOnly:
                    why = folder + " is on a read-only file system" + writing + ". Choose another folder.";
                    break;
                case WriteFailureKind.AccessDenied:
                    why = "this account may not write in " + folder + writing + ". Choose another folder, or give this account write access to it.";
                    break;
                default:
                    why = HideStaging(e.Message, target);
                    break;
            }
            var left = earlierKept
                ? " The earlier " + what + " at " + target + " is kept as it was."
                : " Nothing was left at " + target + ".";
            return new OutputNotWrittenException(why + left, target, folder, kind, e);
        }

        /// <summary>The file (relative to the target) the message names inside the staging folder; null when it names none.</summary>
        private static string? StagedFile(string message, string target)
        {
            var match = StagingPath(target).Match(message);
            if (!match.Success) return null;
            var rest = match.Groups["rest"].Value.TrimStart('/', '\\');
            return rest.Length == 0 ? null : rest.Replace('\\', '/');
        }

        /// <summary>The message with every staging sibling's path replaced by the target's own.</summary>
        private static string HideStaging(string message, string target) =>
            StagingPath(target).Replace(message, m => target + m.Groups["rest"].Value);

        /// <summary>A hidden sibling of <paramref name="target"/> (".name.tmp-id", ".name.lock-id", ".name.old-id") and the
        /// path under it up to a quote.</summary>
        private static Regex StagingPath(string target)
        {
            var parent = Path.GetDirectoryName(target) ?? "";
            var sibling = Regex.Escape(Path.Combine(parent, "." + Path.GetFileName(target) + ".")) + "(?:" + AtomicFolder.TempPurpose + "|" +
                AtomicFolder.LockPurpose + "|" + AtomicFolder.OldPurpose + "|" + AtomicFolder.DeletePurpose + ")-[0-9a-f]{8}";
            return new Regex(sibling + @"(?<rest>[^'""]*)", RegexOptions.CultureInvariant);
        }
    }
}
