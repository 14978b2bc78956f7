using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DrAudit.Core.Hosting;

namespace DrAudit.Core.Storage
{
    /// <summary>
    /// The hidden siblings an <see cref="AtomicFolderWrite"/> leaves beside its target while it runs, and the clean-up
    /// of those a killed run left behind. For a target <c>parent/name</c> a write uses <c>parent/.name.lock-id</c> (a
    /// file it holds open exclusively while it runs), <c>parent/.name.tmp-id</c> (the new content) and, when it
    /// replaces, <c>parent/.name.old-id</c> (the old content, moved aside until the new one is in place), renamed
    /// <c>parent/.name.del-id</c> before it is deleted. Siblings whose lock file is missing or not held belong to a run
    /// that has died: <see cref="Recover"/> puts an old folder back when its target is missing, and deletes the rest.
    /// A <c>.del-</c> folder is never put back: its deletion may have begun (a file in it could not be deleted), so it
    /// may be only part of what it was.
    /// </summary>
    public static class AtomicFolder
    {
        internal const string TempPurpose = "tmp";
        internal const string OldPurpose = "old";
        internal const string LockPurpose = "lock";
        internal const string DeletePurpose = "del";

        private static readonly Regex Sibling = new Regex(@"^\.(?<name>.+)\.(?<purpose>tmp|old|lock|del)-(?<id>[0-9a-f]{8})$", RegexOptions.CultureInvariant);

        /// <summary>A hidden sibling of <paramref name="target"/>: ".name.purpose-id".</summary>
        internal static string SiblingPath(string target, string purpose, string id) =>
            Path.Combine(Path.GetDirectoryName(target)!, "." + Path.GetFileName(target) + "." + purpose + "-" + id);

        internal static string NewId() => Guid.NewGuid().ToString("N").Substring(0, 8);

        /// <summary>Puts right what killed runs left in <paramref name="parent"/>: for every dead run, an old folder is
        /// moved back to its target when the target is missing (the run died between its two moves) and deleted
        /// otherwise; temporary folders, folders being deleted and lock files are deleted (a folder that cannot be
        /// deleted, because a file in it is read-only or immutable, is left with a warning and tried again next time,
        /// never put back). Runs still alive (their lock held, in this process
        /// or another) are left alone. Returns the targets it restored.</summary>
        public static IReadOnlyList<string> Recover(string parent, IAuditHost host)
        {
            var restored = new List<string>();
            if (!Directory.Exists(parent)) return restored;
            var runs = Directory.EnumerateFileSystemEntries(parent, ".*")
                .Select(path => (Path: path, Match: Sibling.Match(Path.GetFileName(path))))
                .Where(e => e.Match.Success)
                .GroupBy(e => (Name: e.Match.Groups["name"].Value, Id: e.Match.Groups["id"].Value))
                .ToList();
            foreach (var run in runs)
            {
                var target = Path.Combine(parent, run.Key.Name);
                var lockPath = SiblingPath(target, LockPurpose, run.Key.Id);
                using (var held = TryHold(lockPath))
                {
                    if (held == null) continue; // alive: another writer holds it
                    var old = SiblingPath(target, OldPurpose, run.Key.Id);
                    if ((Directory.Exists(old) || File.Exists(old)) && !Directory.Exists(target) && !File.Exists(target))
                    {
                        if (File.Exists(old)) File.Move(old, target);
                        else Directory.Move(old, target);
                        restored.Add(target);
                        host.WriteWarning("Put back " + target + ": an earlier run was stopped while replacing it.");
                    }
                    TryDelete(SiblingPath(target, TempPurpose, run.Key.Id), host);
                    TryDelete(old, host);
                    TryDelete(SiblingPath(target, DeletePurpose, run.Key.Id), host);
                }
                TryDelete(lockPath, host);
            }
            return restored;
        }

        /// <summary>Opens the lock file exclusively; null when another writer holds it. A missing lock file counts as
        /// not held (a stream on nothing is returned).</summary>
        private static IDisposable? TryHold(string lockPath)
        {
            try
            {
                return new FileStream(lockPath, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            }
            catch (FileNotFoundException)
            {
                return new MemoryStream();
            }
            catch (DirectoryNotFoundException)
            {
                return new MemoryStream();
            }
            catch (IOException)
            {
                return null;
            }
            catch (UnauthorizedAccessException)
            {
                return null;
            }
        }

        /// <summary>Deletes a folder or file left by this or an earlier run, warning (not failing) when it cannot.</summary>
        public static void TryDelete(string path, IAuditHost host) =>
            TryDelete(path, host, e => "Could not delete " + path + ", which DrAudit put beside " + TargetOf(path) + " while writing it (" + e.Message.TrimEnd('.') +
                "). It is not part of " + TargetOf(path) + "; delete it yourself (something in it may be read-only or immutable). DrAudit tries again each time it writes there.");

        /// <summary>Deletes <paramref name="path"/>; when it cannot, warns with <paramref name="warning"/> and returns false.</summary>
        internal static bool TryDelete(string path, IAuditHost host, Func<Exception, string> warning, Action<string>? delete = null)
        {
            try
            {
                if (delete != null) delete(path);
                else if (Directory.Exists(path)) Directory.Delete(path, true);
                else if (File.Exists(path)) File.Delete(path);
                return true;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                host.WriteWarning(warning(e));
                return false;
            }
        }

        /// <summary>The target a hidden sibling belongs to (its own path when it is not one).</summary>
        internal static string TargetOf(string sibling)
        {
            var match = Sibling.Match(Path.GetFileName(sibling));
            return match.Success ? Path.Combine(Path.GetDirectoryName(sibling) ?? "", match.Groups["name"].Value) : sibling;
        }
    }
}
