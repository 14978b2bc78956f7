using System.Collections.Generic;

namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>The "Since the last audit" section: what changed from the older audit the result was compared with.</summary>
    public sealed class SinceLastAuditView
    {
        /// <summary>The older audit's evidence pack folder name ("2026-10-01"); empty when it was not read from a pack.</summary>
        public string ReferencePack { get; set; } = "";
        /// <summary>The older audit's audit point as a date ("2026-10-01").</summary>
        public string ReferenceAsOf { get; set; } = "";
        public int MaturityBefore { get; set; }
        public int MaturityAfter { get; set; }
        /// <summary>"up 1", "down 2" or "no change".</summary>
        public string MaturityChange { get; set; } = "";
        /// <summary>up | down | same, for styling.</summary>
        public string MaturityDirection { get; set; } = "";
        /// <summary>"2 of 6".</summary>
        public string ServicesBefore { get; set; } = "";
        public string ServicesAfter { get; set; } = "";
        /// <summary>"up 1", "down 1" or "no change" in the number of services ready.</summary>
        public string ServicesChange { get; set; } = "";
        public string ServicesDirection { get; set; } = "";
        /// <summary>Findings only the newer audit has, most severe first.</summary>
        public List<FindingChangeView> NewFindings { get; set; } = new List<FindingChangeView>();
        /// <summary>Root causes new, resolved, and how many are still open (empty when the older pack had none).</summary>
        public bool RootCausesCompared { get; set; }
        public List<RootCauseView> NewRootCauses { get; set; } = new List<RootCauseView>();
        public List<RootCauseView> ResolvedRootCauses { get; set; } = new List<RootCauseView>();
        public int StillOpenRootCauses { get; set; }
        /// <summary>Findings only the older audit had, with the older audit's statement, most severe first.</summary>
        public List<FindingChangeView> ResolvedFindings { get; set; } = new List<FindingChangeView>();
        public int StillOpenCount { get; set; }
        /// <summary>Every control outcome that changed, in catalogue order, the client-level change before the services'.</summary>
        public List<ControlChangeView> ControlChanges { get; set; } = new List<ControlChangeView>();
    }
}
