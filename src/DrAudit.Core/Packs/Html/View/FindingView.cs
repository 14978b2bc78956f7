using System.Collections.Generic;

namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>A finding as shown in the findings table and among the top risks.</summary>
    public sealed class FindingView
    {
        public string Key { get; set; } = "";
        public string Control { get; set; } = "";
        public string ControlTitle { get; set; } = "";
        public string ServiceId { get; set; } = "";
        public string ServiceName { get; set; } = "";
        /// <summary>high | medium | low, as in readiness.json.</summary>
        public string Severity { get; set; } = "";
        public string SeverityLabel { get; set; } = "";
        public OutcomeView Outcome { get; set; } = new OutcomeView();
        public string Statement { get; set; } = "";
        /// <summary>What it means for the business (the control's rationale from the catalogue).</summary>
        public string Impact { get; set; } = "";
        public string Remediation { get; set; } = "";
        public List<string> Evidence { get; set; } = new List<string>();
    }
}
