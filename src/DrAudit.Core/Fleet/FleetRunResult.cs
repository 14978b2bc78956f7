using System.Collections.Generic;

namespace DrAudit.Core.Fleet
{
    /// <summary>What a fleet run did: each client's row, where the summary pack went, and the run's outcome.</summary>
    public sealed class FleetRunResult
    {
        public FleetRunResult(FleetSummary summary, string? summaryPack, System.IO.IOException? summaryError = null)
        {
            Summary = summary;
            SummaryPack = summaryPack;
            SummaryError = summaryError;
        }

        public FleetSummary Summary { get; }
        public IReadOnlyList<FleetClientSummary> Clients => Summary.Clients;
        /// <summary>Full path of the fleet summary pack; null when nothing was attempted or writing was declined.</summary>
        public string? SummaryPack { get; }
        /// <summary>Why the fleet summary pack was not written after the clients were audited (a full disk, a folder that
        /// cannot be written); null when it was written or not attempted. The clients' packs are written all the same.</summary>
        public System.IO.IOException? SummaryError { get; }
        /// <summary>The clients' outcome; a run whose summary could not be written is at best SomeFailed, never AllAudited
        /// (the month's summary is missing, and a scheduler must notice).</summary>
        public FleetOutcome Outcome => SummaryError != null && Summary.Outcome == FleetOutcome.AllAudited ? FleetOutcome.SomeFailed : Summary.Outcome;
        /// <summary>0 all audited, 1 some clients failed (or the summary could not be written), 2 nothing ran.</summary>
        public int ExitCode => (int)Outcome;
    }
}
