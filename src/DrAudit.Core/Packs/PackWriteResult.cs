using System.Collections.Generic;

namespace DrAudit.Core.Packs
{
    public sealed class PackWriteResult
    {
        public PackWriteResult(string path, bool written, IReadOnlyList<PackFile> files)
        {
            Path = path;
            Written = written;
            Files = files;
        }

        /// <summary>Full path of the pack folder.</summary>
        public string Path { get; }
        /// <summary>False when the host declined (-WhatIf); nothing was written then.</summary>
        public bool Written { get; }
        /// <summary>The files listed in the manifest (manifest.json itself not included); empty when not written.</summary>
        public IReadOnlyList<PackFile> Files { get; }
    }
}
