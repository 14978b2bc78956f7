using System.Collections.Generic;

namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>One day of the audit window in the backup-run chart: its runs stacked by result.</summary>
    public sealed class RunDayView
    {
        public string Date { get; set; } = "";
        /// <summary>"3 Oct".</summary>
        public string Label { get; set; } = "";
        public string X { get; set; } = "";
        public string Width { get; set; } = "";
        public string LabelX { get; set; } = "";
        public bool ShowLabel { get; set; }
        public string Summary { get; set; } = "";
        public int Total { get; set; }
        public List<RunBarView> Bars { get; set; } = new List<RunBarView>();
    }
}
