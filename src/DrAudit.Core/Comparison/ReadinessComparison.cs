using System;
using System.Collections.Generic;
using System.Linq;

namespace DrAudit.Core.Comparison
{
    /// <summary>
    /// How a client's readiness changed from an older audit (the reference) to a newer one (the difference): maturity
    /// level, DR readiness, findings new, still open and resolved (by their stable key), and every control outcome that
    /// changed, for the client and per service. Written into <c>readiness.json</c> as <c>sinceLastAudit</c>.
    /// </summary>
    public sealed class ReadinessComparison
    {
        public string ClientId { get; set; } = "";
        public string ClientName { get; set; } = "";
        public DateTimeOffset ReferenceAsOf { get; set; }
        public DateTimeOffset DifferenceAsOf { get; set; }
        /// <summary>The folder name of the older audit's evidence pack ("2026-10-01"), when it was read from one.</summary>
        public string? ReferencePack { get; set; }
        /// <summary>The folder name of the newer audit's evidence pack, when it was read from one.</summary>
        public string? DifferencePack { get; set; }
        public int ReferenceMaturityLevel { get; set; }
        public int DifferenceMaturityLevel { get; set; }
        /// <summary>Newer level minus older level: positive is better.</summary>
        public int MaturityChange => DifferenceMaturityLevel - ReferenceMaturityLevel;
        public int ReferenceServicesReady { get; set; }
        public int ReferenceServicesTotal { get; set; }
        public int DifferenceServicesReady { get; set; }
        public int DifferenceServicesTotal { get; set; }
        public int NewCount => Count(FindingChangeKind.New);
        public int StillOpenCount => Count(FindingChangeKind.StillOpen);
        public int ResolvedCount => Count(FindingChangeKind.Resolved);
        /// <summary>Every finding key of either audit, ordered by key.</summary>
        public List<FindingChange> Findings { get; set; } = new List<FindingChange>();
        /// <summary>Every root cause key of either audit, ordered by key. An older result without root causes (written
        /// before v1.1) compares as having none, so its causes are not reported as resolved: see <see cref="RootCausesCompared"/>.</summary>
        public List<RootCauseChange> RootCauses { get; set; } = new List<RootCauseChange>();
        /// <summary>False when either audit carries no root causes while it has findings (a pack written before v1.1).</summary>
        public bool RootCausesCompared { get; set; } = true;
        public int NewRootCauses => RootCauses.Count(c => c.Change == FindingChangeKind.New);
        public int StillOpenRootCauses => RootCauses.Count(c => c.Change == FindingChangeKind.StillOpen);
        public int ResolvedRootCauses => RootCauses.Count(c => c.Change == FindingChangeKind.Resolved);
        /// <summary>Control outcomes that changed, in catalogue order; the client-level change before the services'.</summary>
        public List<ControlOutcomeChange> Controls { get; set; } = new List<ControlOutcomeChange>();

        private int Count(FindingChangeKind kind) => Findings.Count(f => f.Change == kind);
    }
}
