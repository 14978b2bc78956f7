using System;
using System.Collections.Generic;

namespace DrAudit.Core.Fleet
{
    /// <summary>
    /// The small row a fleet run keeps per client once its pack is written (the full result is not kept): maturity,
    /// DR readiness, findings by severity, sources that failed and the change since the client's previous pack.
    /// Counts and levels are null for a client that was not audited.
    /// </summary>
    public sealed class FleetClientSummary
    {
        /// <summary>The client definition file (full path).</summary>
        public string Definition { get; set; } = "";
        /// <summary>Null when the definition could not be read.</summary>
        public string? ClientId { get; set; }
        public string? ClientName { get; set; }
        public FleetClientStatus Status { get; set; }
        /// <summary>Why the client failed, or which sources could not be read.</summary>
        public string? Error { get; set; }
        public DateTimeOffset? AsOf { get; set; }
        /// <summary>The pack folder relative to the output root, '/' separated ("contoso-dental/2026-11-01").</summary>
        public string? Pack { get; set; }
        public int? MaturityLevel { get; set; }
        public int? ServicesReady { get; set; }
        public int? ServicesTotal { get; set; }
        public int? FindingsHigh { get; set; }
        public int? FindingsMedium { get; set; }
        public int? FindingsLow { get; set; }
        public int? SourcesTotal { get; set; }
        /// <summary>Ids of the sources that could not be read.</summary>
        public List<string> SourcesFailed { get; set; } = new List<string>();
        /// <summary>The previous pack's folder name ("2026-10-01"); null when this is the client's first pack.</summary>
        public string? PreviousPack { get; set; }
        public int? PreviousMaturityLevel { get; set; }
        public int? MaturityChange { get; set; }
        public int? NewFindings { get; set; }
        public int? StillOpenFindings { get; set; }
        public int? ResolvedFindings { get; set; }
        public int? NewRootCauses { get; set; }
        public int? StillOpenRootCauses { get; set; }
        public int? ResolvedRootCauses { get; set; }
        /// <summary>How many root causes the client's audit found; null when it was not audited.</summary>
        public int? RootCauses { get; set; }
        /// <summary>Control outcomes (client or service level) that changed since the previous pack.</summary>
        public int? ControlChanges { get; set; }
    }
}
