namespace DrAudit.Core.Packs
{
    /// <summary>What checking one file of an evidence pack against its manifest found.</summary>
    public enum PackFileState
    {
        /// <summary>Present with the size and SHA-256 the manifest records.</summary>
        Intact,
        /// <summary>Present, but its size or content differs from what the manifest records.</summary>
        Changed,
        /// <summary>Listed in the manifest but not in the pack.</summary>
        Missing,
        /// <summary>In the pack but not listed in the manifest.</summary>
        Added,
        /// <summary>Listed in the manifest a second time.</summary>
        Duplicate,
        /// <summary>Listed with a path that leaves the pack: absolute, with '..', or through a link. Never opened.</summary>
        Outside,
        /// <summary>Listed, but what is there is not a regular file (a folder, a FIFO, a device). Never read.</summary>
        NotAFile,
    }
}
