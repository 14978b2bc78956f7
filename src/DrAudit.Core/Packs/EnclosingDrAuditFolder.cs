using System.IO;
using DrAudit.Core.Sources;

namespace DrAudit.Core.Packs
{
    /// <summary>
    /// The nearest folder above a path that DrAudit wrote and that a manifest or index describes completely: an
    /// evidence pack, a renewal pack or a source capture. Nothing may be written inside one (a pack inside a pack, a
    /// draft client.yaml in a pack's client/ folder): <c>draudit verify</c> would then report the earlier pack as not
    /// intact, and an auditor could no longer trust it.
    /// </summary>
    public static class EnclosingDrAuditFolder
    {
        /// <summary>The enclosing folder and what it is ("a DrAudit evidence pack"), or null when there is none. With
        /// <paramref name="itself"/>, <paramref name="fullPath"/> counts too (a fleet root must not be a pack either).</summary>
        public static (string Folder, string What)? Of(string fullPath, bool itself = false)
        {
            for (var folder = itself ? fullPath : Path.GetDirectoryName(fullPath); !string.IsNullOrEmpty(folder); folder = Path.GetDirectoryName(folder))
            {
                if (!Directory.Exists(folder)) continue;
                if (PackManifest.IsEvidencePack(folder!)) return (folder!, "a DrAudit evidence pack");
                if (PackManifest.IsRenewalPack(folder!)) return (folder!, "a DrAudit renewal pack");
                if (SourceCaptureWriter.IsCapture(folder!)) return (folder!, "a DrAudit source capture");
            }
            return null;
        }

        /// <summary>The reason, in one sentence, that nothing may be written at <paramref name="fullPath"/>; null when it may.</summary>
        public static string? Refusal(string fullPath, bool itself = false)
        {
            var enclosing = Of(fullPath, itself);
            if (enclosing == null) return null;
            var where = string.Equals(enclosing.Value.Folder, fullPath, System.StringComparison.OrdinalIgnoreCase) ? "it is " : "it is inside " + enclosing.Value.Folder + ", ";
            return where + enclosing.Value.What + ": anything written there would make it no longer match its manifest.";
        }

        /// <summary>Throws <see cref="Storage.FolderNotReplaceableException"/> when <paramref name="fullPath"/> is inside
        /// (or, with <paramref name="itself"/>, is) an evidence pack, a renewal pack or a capture.</summary>
        public static void EnsureOutside(string fullPath, bool itself = false)
        {
            var refusal = Refusal(fullPath, itself);
            if (refusal != null) throw new Storage.FolderNotReplaceableException(fullPath, refusal, "write");
        }
    }
}
