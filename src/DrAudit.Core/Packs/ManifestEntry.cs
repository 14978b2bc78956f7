namespace DrAudit.Core.Packs
{
    /// <summary>One entry of <c>manifest.json</c>'s files, as written there (not yet trusted).</summary>
    internal sealed class ManifestEntry
    {
        public ManifestEntry(string path, string sha256, long? size)
        {
            Path = path;
            Sha256 = sha256;
            Size = size;
        }

        public string Path { get; }
        public string Sha256 { get; }
        /// <summary>Null only in a manifest that records no size.</summary>
        public long? Size { get; }
    }
}
