using System.Collections.Generic;

namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>Backup job runs over the audit window, per day and in total, from every readable source.</summary>
    public sealed class RunHistoryView
    {
        public bool Available { get; set; }
        public string Width { get; set; } = "";
        public string Height { get; set; } = "";
        public string PlotX { get; set; } = "";
        public string PlotEndX { get; set; } = "";
        public string BaseY { get; set; } = "";
        public string TopY { get; set; } = "";
        public string LabelY { get; set; } = "";
        public string TickX { get; set; } = "";
        public string TopTickY { get; set; } = "";
        public int MaxPerDay { get; set; }
        public int Runs { get; set; }
        public int Success { get; set; }
        public int Warning { get; set; }
        public int Failed { get; set; }
        public int Other { get; set; }
        /// <summary>(success + warning) / finished runs, e.g. "96.4 %"; empty without finished runs.</summary>
        public string SuccessRate { get; set; } = "";
        public List<RunDayView> Days { get; set; } = new List<RunDayView>();
    }
}
