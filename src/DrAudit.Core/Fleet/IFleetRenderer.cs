using System.Collections.Generic;

namespace DrAudit.Core.Fleet
{
    /// <summary>Writes one format of the fleet summary pack into a folder.</summary>
    internal interface IFleetRenderer
    {
        /// <summary>Writes the files and returns their paths relative to <paramref name="directory"/>.</summary>
        IReadOnlyList<string> Render(FleetSummary summary, string directory);
    }
}
