namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>A control outcome that changed since the last audit, for one service or for the client.</summary>
    public sealed class ControlChangeView
    {
        public string ControlId { get; set; } = "";
        public string Title { get; set; } = "";
        /// <summary>The service's id; empty for a control judged once for the client.</summary>
        public string ServiceId { get; set; } = "";
        /// <summary>The service's name, or "client".</summary>
        public string Service { get; set; } = "";
        /// <summary>The older outcome; "Not judged" when the control or service was not in that audit.</summary>
        public OutcomeView Before { get; set; } = new OutcomeView();
        public OutcomeView After { get; set; } = new OutcomeView();
    }
}
