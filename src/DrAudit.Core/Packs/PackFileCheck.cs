namespace DrAudit.Core.Packs
{
    /// <summary>One file of a pack checked against its manifest.</summary>
    public sealed class PackFileCheck
    {
        public PackFileCheck(string path, PackFileState state, string? expectedSha256, string? actualSha256)
        {
            Path = path;
            State = state;
            ExpectedSha256 = expectedSha256;
            ActualSha256 = actualSha256;
        }

        /// <summary>Relative to the pack folder, with '/' separators.</summary>
        public string Path { get; }
        public PackFileState State { get; }
        public string? ExpectedSha256 { get; }
        public string? ActualSha256 { get; }
    }
}
