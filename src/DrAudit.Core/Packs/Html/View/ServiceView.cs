using System.Collections.Generic;

namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>Everything the report shows about one service.</summary>
    public sealed class ServiceView
    {
        public string Anchor { get; set; } = "";
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string Tier { get; set; } = "";
        public bool Ready { get; set; }
        public int DrControlsEffective { get; set; }
        public int DrControlsApplicable { get; set; }
        public string BusinessOwner { get; set; } = "";
        public string TechnicalOwner { get; set; } = "";
        public string Rpo { get; set; } = "";
        public string Rto { get; set; } = "";
        public string Retention { get; set; } = "";
        public string RestoreTestEvery { get; set; } = "";
        public string SyncTolerance { get; set; } = "";
        /// <summary>The targets in words ("4 hours", "90 days"), as the report shows them; the fields above keep the definition's form.</summary>
        public string RpoText { get; set; } = "";
        public string RtoText { get; set; } = "";
        public string RetentionText { get; set; } = "";
        public string RestoreTestEveryText { get; set; } = "";
        public string SyncToleranceText { get; set; } = "";
        public bool TargetsApproved { get; set; }
        public string ApprovedBy { get; set; } = "";
        public string ApprovedOn { get; set; } = "";
        public string Workaround { get; set; } = "";
        public bool RestoreOrderDocumented { get; set; }
        public List<RestoreStepView> RestoreOrder { get; set; } = new List<RestoreStepView>();
        /// <summary>The components the service page lists: all of them up to <see cref="ReportViewBuilder.MaxComponentRows"/>,
        /// else that many, those with a gap first (kept in the service's order).</summary>
        public List<ComponentView> Components { get; set; } = new List<ComponentView>();
        /// <summary>How many components the service has (listed or not).</summary>
        public int ComponentsTotal { get; set; }
        /// <summary>"and 88 more components: ..." when <see cref="Components"/> leaves some out; empty otherwise.</summary>
        public string ComponentsMoreText { get; set; } = "";
        /// <summary>"and 88 more steps: ..." when <see cref="RestoreOrder"/> is cut short; empty otherwise.</summary>
        public string RestoreOrderMoreText { get; set; } = "";
        /// <summary>The ids of the controls not met for this service ("DR-01, DR-03"), for the services table.</summary>
        public List<string> NotMet { get; set; } = new List<string>();
        /// <summary>The services table's recovery point cell: "14 h against RPO 1d2h", or why there is none.</summary>
        public string PointAgeText { get; set; } = "";
        /// <summary>ok | over | missing, as the RPO chart judges it.</summary>
        public string PointAgeState { get; set; } = "";
        /// <summary>The services table's restore-time cell: "6h against RTO 8h", or why there is none.</summary>
        public string RestoreTimeText { get; set; } = "";
        /// <summary>ok | over | missing, as the RTO chart judges it.</summary>
        public string RestoreTimeState { get; set; } = "";
        public bool RestoreTestsKnown { get; set; }
        public List<RestoreTestView> RestoreTests { get; set; } = new List<RestoreTestView>();
        public List<ControlOutcomeView> Controls { get; set; } = new List<ControlOutcomeView>();
        /// <summary>For the client audience, which lists only the controls not met: "14 other controls are met or do not apply."</summary>
        public string ControlsSatisfiedText { get; set; } = "";
        /// <summary>Each repository holding the service's copies, once: "Cloud: cloud, immutable 30 days, encrypted".</summary>
        public List<string> Storage { get; set; } = new List<string>();
    }
}
