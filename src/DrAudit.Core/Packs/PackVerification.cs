using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Packs.Signing;

namespace DrAudit.Core.Packs
{
    /// <summary>The result of checking an evidence pack against its manifest, and its signature when it has one.</summary>
    public sealed class PackVerification
    {
        public PackVerification(string path, string client, IReadOnlyList<PackFileCheck> files, PackSignature? signature = null)
        {
            Path = path;
            Client = client;
            Files = files;
            Signature = signature;
            Problems = files.Where(f => f.State != PackFileState.Intact).ToList();
        }

        public string Path { get; }
        public string Client { get; }
        public IReadOnlyList<PackFileCheck> Files { get; }
        /// <summary>What checking <c>manifest.json.p7s</c> found; null when the pack is not signed.</summary>
        public PackSignature? Signature { get; }
        public bool Signed => Signature != null;
        /// <summary>Every file intact, none missing, added, listed twice or outside the pack, and the signature (when
        /// there is one) valid for this manifest. Whether the signer is trusted is reported in
        /// <see cref="PackSignature.Trusted"/>, not judged here.</summary>
        public bool Intact => Files.All(f => f.State == PackFileState.Intact) && (Signature == null || Signature.Valid);
        /// <summary>The files that changed, are missing, were added, are listed twice or lie outside the pack (a list, worked out once).</summary>
        public IReadOnlyList<PackFileCheck> Problems { get; }
    }
}
