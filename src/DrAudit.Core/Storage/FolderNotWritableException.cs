using System.IO;

namespace DrAudit.Core.Storage
{
    /// <summary>The folder where something was to be written (or the nearest existing folder above it) cannot be written
    /// by this process: a read-only mount, an immutable or permission-protected folder. Raised before any work starts;
    /// nothing was written.</summary>
    public sealed class FolderNotWritableException : IOException
    {
        /// <param name="folder">The existing folder that cannot be written.</param>
        /// <param name="target">What was to be written (a pack folder, a client.yaml).</param>
        /// <param name="reason">Why, in words ("its file system is mounted read-only").</param>
        public FolderNotWritableException(string folder, string target, string reason)
            : base("cannot write in " + folder + ": " + reason + ". Nothing was written or changed; choose another folder, or make " +
                   folder + " writable for this account.")
        {
            FolderPath = folder;
            TargetPath = target;
            Reason = reason;
        }

        /// <summary>The full path of the existing folder that cannot be written.</summary>
        public string FolderPath { get; }

        /// <summary>The full path of what was to be written.</summary>
        public string TargetPath { get; }

        /// <summary>Why, in words.</summary>
        public string Reason { get; }
    }
}
