namespace DrAudit.Core.Storage
{
    /// <summary>The moments of an <see cref="AtomicFolderWrite"/> at which a crash leaves a different state on disk
    /// (what <see cref="AtomicFolder.Recover"/> must put right on the next run).</summary>
    public enum AtomicFolderStep
    {
        /// <summary>The lock file and the empty hidden temporary folder exist; nothing is written yet.</summary>
        TempCreated,
        /// <summary>The new content is complete in the temporary folder; the target is untouched.</summary>
        TempComplete,
        /// <summary>The old target has been moved aside (<c>.name.old-id</c>); the target path is empty for an instant.</summary>
        TargetMovedAside,
        /// <summary>The new folder is at the target path; the old one is still aside.</summary>
        NewInPlace,
        /// <summary>The old folder has been deleted; only the lock file is left to remove.</summary>
        OldDeleted,
    }
}
