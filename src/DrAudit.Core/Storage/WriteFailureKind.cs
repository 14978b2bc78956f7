namespace DrAudit.Core.Storage
{
    /// <summary>Why a write failed part way (<see cref="WriteFailure"/>).</summary>
    public enum WriteFailureKind
    {
        /// <summary>Any other input/output error; the system's message is kept.</summary>
        Other,
        /// <summary>No space left on the disk, or the account's disk quota is used up.</summary>
        DiskFull,
        /// <summary>The file system is mounted read-only.</summary>
        ReadOnly,
        /// <summary>This account may not write there (permissions, an immutable folder).</summary>
        AccessDenied,
    }
}
