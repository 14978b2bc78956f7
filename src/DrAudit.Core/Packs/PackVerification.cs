using System.Collections.Generic;
using System.Linq;

namespace DrAudit.Core.Packs
{
    /// <summary>The result of re-hashing an evidence pack against its manifest.</summary>
    public sealed class PackVerification
    {
        public PackVerification(string path, string client, IReadOnlyList<PackFileCheck> files)
        {
            Path = path;
            Client = client;
            Files = files;
            Problems = files.Where(f => f.State != PackFileState.Intact).ToList();
        }

        public string Path { get; }
        public string Client { get; }
        public IReadOnlyList<PackFileCheck> Files { get; }
        /// <summary>Every file intact and none missing or added.</summary>
        public bool Intact => Files.All(f => f.State == PackFileState.Intact);
        /// <summary>The files that changed, are missing or were added (a list, worked out once).</summary>
        public IReadOnlyList<PackFileCheck> Problems { get; }
    }
}
