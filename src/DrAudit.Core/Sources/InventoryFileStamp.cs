using System;
using System.IO;

namespace DrAudit.Core.Sources
{
    /// <summary>The neutral-format JSON file an inventory was read from, as it was just before it was read (full path,
    /// length, last write time). The pack copies that file as it is, instead of writing the inventory again, when
    /// the file still matches; a file that changed since is never copied (the pack re-writes what was scored).</summary>
    public sealed class InventoryFileStamp
    {
        private InventoryFileStamp(string path, long length, DateTime lastWriteUtc)
        {
            Path = path;
            Length = length;
            LastWriteUtc = lastWriteUtc;
        }

        public string Path { get; }
        public long Length { get; }
        public DateTime LastWriteUtc { get; }

        /// <summary>The stamp of a JSON inventory file; null for anything else (a CSV folder, a missing path).</summary>
        public static InventoryFileStamp? Of(string path)
        {
            try
            {
                var file = new FileInfo(path);
                if (!file.Exists || string.Equals(file.Extension, ".csv", StringComparison.OrdinalIgnoreCase)) return null;
                return new InventoryFileStamp(file.FullName, file.Length, file.LastWriteTimeUtc);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                return null;
            }
        }

        /// <summary>True when the file is still there with the same length and last write time.</summary>
        public bool StillMatches()
        {
            var now = Of(Path);
            return now != null && now.Length == Length && now.LastWriteUtc == LastWriteUtc;
        }
    }
}
