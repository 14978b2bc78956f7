namespace DrAudit.Core.Packs
{
    /// <summary>What re-hashing found for one file of an evidence pack.</summary>
    public enum PackFileState
    {
        /// <summary>Present with the size and SHA-256 the manifest records.</summary>
        Intact,
        /// <summary>Present, but its content differs from what the manifest records.</summary>
        Changed,
        /// <summary>Listed in the manifest but not in the pack.</summary>
        Missing,
        /// <summary>In the pack but not listed in the manifest.</summary>
        Added,
    }
}
