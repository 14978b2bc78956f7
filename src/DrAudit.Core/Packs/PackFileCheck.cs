namespace DrAudit.Core.Packs
{
    /// <summary>One file of a pack checked against its manifest.</summary>
    public sealed class PackFileCheck
    {
        public PackFileCheck(string path, PackFileState state, string? expectedSha256, string? actualSha256, long? expectedSize = null, long? actualSize = null)
        {
            Path = path;
            State = state;
            ExpectedSha256 = expectedSha256;
            ActualSha256 = actualSha256;
            ExpectedSize = expectedSize;
            ActualSize = actualSize;
        }

        /// <summary>As the manifest lists it (relative to the pack folder, '/' separators), or as found for an added file.</summary>
        public string Path { get; }
        public PackFileState State { get; }
        public string? ExpectedSha256 { get; }
        /// <summary>Null when the file was not read (missing, outside, not a file, or its size already differed).</summary>
        public string? ActualSha256 { get; }
        public long? ExpectedSize { get; }
        public long? ActualSize { get; }
    }
}
