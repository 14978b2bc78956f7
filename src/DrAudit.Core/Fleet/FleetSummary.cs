using System;
using System.Collections.Generic;
using System.Linq;

namespace DrAudit.Core.Fleet
{
    /// <summary>The fleet summary pack's content (<c>fleet.json</c>, kind <c>FleetSummary</c>): one row per client,
    /// ordered by client id and then definition path, so parallel and sequential runs write the same summary.</summary>
    public sealed class FleetSummary
    {
        public const string SummaryKind = "FleetSummary";

        public string ApiVersion { get; set; } = "draudit/v1";
        public string Kind { get; set; } = SummaryKind;
        public DateTimeOffset GeneratedAt { get; set; }
        /// <summary>The asOf every client was audited at, when the run set one; null when each definition chose its own.</summary>
        public DateTimeOffset? AsOf { get; set; }
        public string ToolVersion { get; set; } = "";
        public int ClientsTotal => Clients.Count;
        public int ClientsAudited => Clients.Count(c => c.Status != FleetClientStatus.Failed);
        public int ClientsFailed => Clients.Count(c => c.Status == FleetClientStatus.Failed);
        public int ClientsWithFailedSources => Clients.Count(c => c.Status == FleetClientStatus.SourceFailed);
        public FleetOutcome Outcome => OutcomeOf(Clients);
        public List<FleetClientSummary> Clients { get; set; } = new List<FleetClientSummary>();

        /// <summary>All audited with every source read: AllAudited; none audited (or no clients): NothingRan; else SomeFailed.</summary>
        public static FleetOutcome OutcomeOf(IReadOnlyCollection<FleetClientSummary> clients)
        {
            if (clients.All(c => c.Status == FleetClientStatus.Failed)) return FleetOutcome.NothingRan;
            return clients.All(c => c.Status == FleetClientStatus.Audited) ? FleetOutcome.AllAudited : FleetOutcome.SomeFailed;
        }
    }
}
