using System.Collections.Generic;

namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>A control that keeps the client from the next maturity level, and why.</summary>
    public sealed class BlockingControlView
    {
        public string Id { get; set; } = "";
        public string Title { get; set; } = "";
        public OutcomeView Outcome { get; set; } = new OutcomeView();
        public List<string> Reasons { get; set; } = new List<string>();
    }
}
