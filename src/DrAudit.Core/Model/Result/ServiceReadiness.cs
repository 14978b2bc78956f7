using System;
using System.Collections.Generic;

namespace DrAudit.Core.Model.Result
{
    /// <summary>A service's targets, restore order, component protection and DR readiness count.</summary>
    public sealed class ServiceReadiness
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string Tier { get; set; } = "";
        public string Rpo { get; set; } = "";
        public string Rto { get; set; } = "";
        public string Retention { get; set; } = "";
        public string RestoreTestEvery { get; set; } = "";
        public string SyncTolerance { get; set; } = "";
        public bool TargetsApproved { get; set; }
        public string? ApprovedBy { get; set; }
        public DateTimeOffset? ApprovedOn { get; set; }
        public string? BusinessOwner { get; set; }
        public string? TechnicalOwner { get; set; }
        public string? Workaround { get; set; }
        /// <summary>The documented order, or the derived one when undocumented.</summary>
        public List<string> RestoreOrder { get; set; } = new List<string>();
        public bool RestoreOrderDocumented { get; set; }
        public int DrControlsEffective { get; set; }
        public int DrControlsApplicable { get; set; }
        /// <summary>No DR control Ineffective or NoVisibility.</summary>
        public bool Ready { get; set; }
        public List<ComponentStatus> Components { get; set; } = new List<ComponentStatus>();
    }
}
