namespace DrAudit.Core.Tests.Packs
{
    /// <summary>A fresh folder under the system temp path, deleted on dispose.</summary>
    public sealed class TempFolder : IDisposable
    {
        public TempFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "draudit-engine-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public string Combine(params string[] parts) => System.IO.Path.Combine(new[] { Path }.Concat(parts).ToArray());

        /// <summary>Every entry directly in the folder, by name (hidden temp folders included).</summary>
        public IReadOnlyList<string> Entries() =>
            Directory.GetFileSystemEntries(Path).Select(e => System.IO.Path.GetFileName(e)).OrderBy(n => n, StringComparer.Ordinal).ToList();

        public void Dispose()
        {
            try { Directory.Delete(Path, true); } catch (IOException) { }
        }
    }
}
