using System;
using System.IO;
using DrAudit.Core.Hosting;

namespace DrAudit.Core.Storage
{
    /// <summary>
    /// Writes a folder (or, with <see cref="BeginFile"/>, one file) so that readers only ever see it complete, and so that its path holds the old or the new
    /// content after a crash at any point (or the next run puts the old one back). Begin first recovers what killed
    /// runs left beside the target (<see cref="AtomicFolder.Recover"/>), then takes a lock file and creates a hidden
    /// temporary folder; the caller fills <see cref="TempPath"/> and calls <see cref="Commit"/>, which moves an
    /// existing target aside, moves the new folder in, and only then deletes the old one. Dispose deletes an
    /// uncommitted temporary folder and the lock.
    /// </summary>
    public sealed class AtomicFolderWrite : IDisposable
    {
        private readonly IAuditHost _host;
        private readonly Action<AtomicFolderStep>? _observe;
        private readonly Action<string>? _delete;
        private readonly string _id;
        private readonly string _lockPath;
        private FileStream? _lock;
        private bool _committed;

        private AtomicFolderWrite(string target, IAuditHost host, Action<AtomicFolderStep>? observe, Action<string>? delete)
        {
            Target = target;
            _host = host;
            _observe = observe;
            _delete = delete;
            _id = AtomicFolder.NewId();
            _lockPath = AtomicFolder.SiblingPath(target, AtomicFolder.LockPurpose, _id);
            TempPath = AtomicFolder.SiblingPath(target, AtomicFolder.TempPurpose, _id);
        }

        /// <summary>The folder being written (full path).</summary>
        public string Target { get; }

        /// <summary>The hidden folder to write the new content into.</summary>
        public string TempPath { get; }

        /// <summary>Recovers leftovers beside <paramref name="target"/>, creates its parent if needed, takes the lock
        /// and creates the temporary folder. <paramref name="observe"/> is told each step (tests use it to look at
        /// the disk as a crash at that moment would leave it).</summary>
        public static AtomicFolderWrite Begin(string target, IAuditHost host, Action<AtomicFolderStep>? observe = null) =>
            Begin(target, host, observe, file: false, delete: null);

        /// <summary>As above, deleting the replaced folder with <paramref name="delete"/> (tests make it fail part way,
        /// as a read-only or immutable file in an old pack does).</summary>
        internal static AtomicFolderWrite Begin(string target, IAuditHost host, Action<AtomicFolderStep>? observe, Action<string> delete) =>
            Begin(target, host, observe, file: false, delete: delete);

        /// <summary>The same for a single file: <see cref="TempPath"/> is a hidden sibling file for the caller to write
        /// (not created here); Commit moves it to the target the same way, and a crash is recovered the same way.</summary>
        public static AtomicFolderWrite BeginFile(string target, IAuditHost host, Action<AtomicFolderStep>? observe = null) =>
            Begin(target, host, observe, file: true, delete: null);

        private static AtomicFolderWrite Begin(string target, IAuditHost host, Action<AtomicFolderStep>? observe, bool file, Action<string>? delete)
        {
            var parent = Path.GetDirectoryName(target) ?? throw new IOException("Cannot write a folder at " + target + ".");
            Directory.CreateDirectory(parent);
            AtomicFolder.Recover(parent, host);
            var write = new AtomicFolderWrite(target, host, observe, delete);
            try
            {
                write._lock = new FileStream(write._lockPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None);
                if (!file) Directory.CreateDirectory(write.TempPath);
                write.Step(AtomicFolderStep.TempCreated);
                return write;
            }
            catch
            {
                write.Dispose();
                throw;
            }
        }

        /// <summary>Moves the finished temporary folder to the target. When something is there it is replaced only
        /// when <paramref name="replace"/> (otherwise an <see cref="IOException"/>): moved aside, the new folder moved
        /// in (on failure the old one is moved back), then the old one deleted.</summary>
        public void Commit(bool replace)
        {
            if (_committed) throw new InvalidOperationException("This folder write is already committed.");
            Step(AtomicFolderStep.TempComplete);
            var exists = Directory.Exists(Target) || File.Exists(Target);
            if (!exists)
            {
                MoveTempToTarget();
                _committed = true;
                Step(AtomicFolderStep.NewInPlace);
                return;
            }
            if (!replace) throw new IOException("'" + Target + "' already exists.");
            var old = AtomicFolder.SiblingPath(Target, AtomicFolder.OldPurpose, _id);
            if (Directory.Exists(Target)) Directory.Move(Target, old);
            else File.Move(Target, old);
            Step(AtomicFolderStep.TargetMovedAside);
            try
            {
                MoveTempToTarget();
            }
            catch
            {
                if (Directory.Exists(old)) Directory.Move(old, Target);
                else File.Move(old, Target);
                throw;
            }
            _committed = true;
            Step(AtomicFolderStep.NewInPlace);
            DeleteOld(old);
            Step(AtomicFolderStep.OldDeleted);
        }

        /// <summary>The replaced content is renamed <c>.name.del-id</c> first, so that if a file in it cannot be deleted
        /// (read-only, immutable, in use) what is left is never mistaken by <see cref="AtomicFolder.Recover"/> for a
        /// complete old folder and put back over a target someone later removed. It is tried again at every later write
        /// in the same folder.</summary>
        private void DeleteOld(string old)
        {
            var doomed = AtomicFolder.SiblingPath(Target, AtomicFolder.DeletePurpose, _id);
            try
            {
                if (Directory.Exists(old)) Directory.Move(old, doomed);
                else File.Move(old, doomed);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                doomed = old;
            }
            AtomicFolder.TryDelete(doomed, _host, e => Target + " was replaced and is complete, but what it replaced, moved aside to " + doomed +
                ", could not be deleted (" + e.Message.TrimEnd('.') + "). Delete " + doomed + " yourself (something in it may be read-only or immutable); " +
                "DrAudit tries again each time it writes in " + Path.GetDirectoryName(Target) + ".", _delete);
        }

        private void MoveTempToTarget()
        {
            if (File.Exists(TempPath)) File.Move(TempPath, Target);
            else Directory.Move(TempPath, Target);
        }

        private void Step(AtomicFolderStep step) => _observe?.Invoke(step);

        public void Dispose()
        {
            if (!_committed) AtomicFolder.TryDelete(TempPath, _host);
            if (_lock == null) return;
            _lock.Dispose();
            _lock = null;
            AtomicFolder.TryDelete(_lockPath, _host);
        }
    }
}
