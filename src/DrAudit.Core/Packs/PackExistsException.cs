using System.IO;

namespace DrAudit.Core.Packs
{
    /// <summary>An evidence pack (or anything else) already exists at the path and replacing it was not asked for.</summary>
    public sealed class PackExistsException : IOException
    {
        public PackExistsException(string path)
            : base("An evidence pack already exists at " + path + "; use Force to replace it.")
        {
            PackPath = path;
        }

        public string PackPath { get; }
    }
}
