using System.IO;

namespace DrAudit.Core.Packs
{
    /// <summary>Something (an earlier pack, another folder, a file) already exists at the path and replacing it was
    /// not asked for. The message says what is there and what Force could replace, never that a folder of someone's
    /// files "is a pack".</summary>
    public sealed class PackExistsException : IOException
    {
        /// <param name="what">What the writer writes, for the message: "a DrAudit evidence pack".</param>
        /// <param name="isFile">A file is in the way: Force cannot replace it either.</param>
        public PackExistsException(string path, string what, bool isFile)
            : base(isFile
                ? path + " already exists and is a file, not " + what + "; choose another folder."
                : path + " already exists; use Force to replace it (Force replaces only " + what + " or an empty folder).")
        {
            PackPath = path;
        }

        public string PackPath { get; }
    }
}
