using System;
using System.IO;

namespace DrAudit.Core.Storage
{
    /// <summary>Writing a pack, a summary, a capture or a draft failed part way (a full disk, a read-only file system, a
    /// folder this account may not write). The message says why in words, names the folder (never the hidden staging
    /// folder), and says what is at the target now: the staging folder was removed and an earlier pack left as it was.</summary>
    public sealed class OutputNotWrittenException : IOException
    {
        public OutputNotWrittenException(string message, string target, string folder, WriteFailureKind kind, Exception inner)
            : base(message, inner)
        {
            TargetPath = target;
            FolderPath = folder;
            Kind = kind;
        }

        /// <summary>The full path that was to be written.</summary>
        public string TargetPath { get; }

        /// <summary>The folder it was being written in (the target's parent).</summary>
        public string FolderPath { get; }

        /// <summary>Why, as a kind a script can test.</summary>
        public WriteFailureKind Kind { get; }
    }
}
