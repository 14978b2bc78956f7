using System.Collections.Generic;

namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>A control judged for one service, or once for the client: outcome, statement, evidence and its quality.</summary>
    public sealed class ControlOutcomeView
    {
        public string ControlId { get; set; } = "";
        public string Title { get; set; } = "";
        public string Family { get; set; } = "";
        public OutcomeView Outcome { get; set; } = new OutcomeView();
        public string Statement { get; set; } = "";
        public string Quality { get; set; } = "";
        public string Exception { get; set; } = "";
        public List<string> Evidence { get; set; } = new List<string>();
    }
}
