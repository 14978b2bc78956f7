using System.Collections.Generic;

namespace DrAudit.Core.Fleet
{
    /// <summary>What a fleet run did: each client's row, where the summary pack went, and the run's outcome.</summary>
    public sealed class FleetRunResult
    {
        public FleetRunResult(FleetSummary summary, string? summaryPack)
        {
            Summary = summary;
            SummaryPack = summaryPack;
        }

        public FleetSummary Summary { get; }
        public IReadOnlyList<FleetClientSummary> Clients => Summary.Clients;
        /// <summary>Full path of the fleet summary pack; null when nothing was attempted or writing was declined.</summary>
        public string? SummaryPack { get; }
        public FleetOutcome Outcome => Summary.Outcome;
        /// <summary>0 all audited, 1 some clients failed, 2 nothing ran.</summary>
        public int ExitCode => (int)Outcome;
    }
}
