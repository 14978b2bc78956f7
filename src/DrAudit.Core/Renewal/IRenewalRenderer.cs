using System.Collections.Generic;
using DrAudit.Core.Model.Renewal;
using DrAudit.Core.Packs;

namespace DrAudit.Core.Renewal
{
    /// <summary>Writes one format of a renewal pack into a folder (never the manifest: the pack writer adds it).</summary>
    internal interface IRenewalRenderer
    {
        PackFormat Format { get; }

        /// <summary>Writes this format's files into <paramref name="directory"/>; returns their '/'-separated relative paths.</summary>
        IReadOnlyList<string> Render(RenewalReport report, string directory);
    }
}
