using System;
using System.IO;
using DrAudit.Core.Hosting;

namespace DrAudit.Core.Storage
{
    /// <summary>Writes a folder so that readers only ever see it complete: build it in a hidden sibling folder, then
    /// move it into place. An existing folder is moved aside first and put back if the move fails.</summary>
    public static class AtomicFolder
    {
        /// <summary>A hidden folder beside <paramref name="target"/>: ".name.purpose-1a2b3c4d".</summary>
        public static string SiblingPath(string target, string purpose) =>
            Path.Combine(Path.GetDirectoryName(target)!, "." + Path.GetFileName(target) + "." + purpose + "-" + Guid.NewGuid().ToString("N").Substring(0, 8));

        /// <summary>Moves the finished <paramref name="temp"/> folder to <paramref name="target"/>, replacing what is there
        /// (a folder or a file) only when <paramref name="replace"/>; the old content is deleted only after the move.</summary>
        public static void MoveIntoPlace(string temp, string target, bool replace, IAuditHost host)
        {
            var exists = Directory.Exists(target) || File.Exists(target);
            if (!exists || !replace)
            {
                Directory.Move(temp, target);
                return;
            }
            var old = SiblingPath(target, "old");
            if (Directory.Exists(target)) Directory.Move(target, old);
            else File.Move(target, old);
            try
            {
                Directory.Move(temp, target);
            }
            catch
            {
                if (Directory.Exists(old)) Directory.Move(old, target);
                else File.Move(old, target);
                throw;
            }
            TryDelete(old, host);
        }

        /// <summary>Deletes a folder or file, warning (not failing) when it cannot.</summary>
        public static void TryDelete(string path, IAuditHost host)
        {
            try
            {
                if (Directory.Exists(path)) Directory.Delete(path, true);
                else if (File.Exists(path)) File.Delete(path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                host.WriteWarning("Could not delete the temporary " + path + ": " + e.Message);
            }
        }
    }
}
