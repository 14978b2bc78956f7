namespace DrAudit.Core.Packs
{
    /// <summary>One file of an evidence pack as listed in <c>manifest.json</c>.</summary>
    public sealed class PackFile
    {
        public PackFile(string path, long size, string sha256)
        {
            Path = path;
            Size = size;
            Sha256 = sha256;
        }

        /// <summary>Relative to the pack folder, '/' separated.</summary>
        public string Path { get; }
        public long Size { get; }
        /// <summary>Lowercase hex.</summary>
        public string Sha256 { get; }
    }
}
