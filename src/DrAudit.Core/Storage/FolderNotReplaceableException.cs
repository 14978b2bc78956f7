using System.IO;

namespace DrAudit.Core.Storage
{
    /// <summary>Force was given, but the existing folder is not one DrAudit may replace: not one of its own packs or
    /// captures, the current folder or one above it, or a folder holding an input of the run. Nothing was changed.</summary>
    public sealed class FolderNotReplaceableException : IOException
    {
        /// <param name="refusing">What was refused, for the message: "replace" (an existing folder), "write" (a new one
        /// inside a pack).</param>
        public FolderNotReplaceableException(string path, string reason, string refusing = "replace")
            : base("Refusing to " + refusing + " " + path + ": " + reason + " Nothing was changed; choose another folder.")
        {
            FolderPath = path;
            Reason = reason;
        }

        /// <summary>The full path of the folder that was not replaced.</summary>
        public string FolderPath { get; }

        /// <summary>Why, in one sentence.</summary>
        public string Reason { get; }
    }
}
