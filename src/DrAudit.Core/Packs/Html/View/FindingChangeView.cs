namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>A new or resolved finding in the "Since the last audit" section.</summary>
    public sealed class FindingChangeView
    {
        public string Key { get; set; } = "";
        public string Control { get; set; } = "";
        public string ControlTitle { get; set; } = "";
        public string ServiceName { get; set; } = "";
        /// <summary>high | medium | low, as in readiness.json.</summary>
        public string Severity { get; set; } = "";
        public string SeverityLabel { get; set; } = "";
        /// <summary>The newer audit's outcome for a new finding, the older audit's for a resolved one.</summary>
        public OutcomeView Outcome { get; set; } = new OutcomeView();
        public string Statement { get; set; } = "";
    }
}
