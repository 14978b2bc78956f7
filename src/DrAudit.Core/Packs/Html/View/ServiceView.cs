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
        public bool TargetsApproved { get; set; }
        public string ApprovedBy { get; set; } = "";
        public string ApprovedOn { get; set; } = "";
        public string Workaround { get; set; } = "";
        public bool RestoreOrderDocumented { get; set; }
        public List<RestoreStepView> RestoreOrder { get; set; } = new List<RestoreStepView>();
        public List<ComponentView> Components { get; set; } = new List<ComponentView>();
        public bool RestoreTestsKnown { get; set; }
        public List<RestoreTestView> RestoreTests { get; set; } = new List<RestoreTestView>();
        public List<ControlOutcomeView> Controls { get; set; } = new List<ControlOutcomeView>();
        /// <summary>For the client audience, which lists only the controls not met: "14 other controls are met or do not apply."</summary>
        public string ControlsSatisfiedText { get; set; } = "";
        /// <summary>Each repository holding the service's copies, once: "Cloud: cloud, immutable 30 days, encrypted".</summary>
        public List<string> Storage { get; set; } = new List<string>();
    }
}
