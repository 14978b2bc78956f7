using System.Collections.Generic;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Packs
{
    /// <summary>Writes one format of an evidence pack into a folder (never the manifest: the pack writer adds it).</summary>
    public interface IPackRenderer
    {
        PackFormat Format { get; }

        /// <summary>Writes the files of this format into <paramref name="directory"/> (an empty folder or one other
        /// renderers wrote into) and returns their paths relative to it, with '/' separators.</summary>
        IReadOnlyList<string> Render(ReadinessResult result, string directory);
    }
}
