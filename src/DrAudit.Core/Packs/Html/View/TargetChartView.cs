using System.Collections.Generic;

namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>A horizontal bar chart of a measured value per service against its own target (RPO or RTO).</summary>
    public sealed class TargetChartView
    {
        public string Title { get; set; } = "";
        public string Description { get; set; } = "";
        public string Width { get; set; } = "";
        public string Height { get; set; } = "";
        public string PlotX { get; set; } = "";
        public string PlotWidth { get; set; } = "";
        public string PlotEndX { get; set; } = "";
        public string TargetX { get; set; } = "";
        /// <summary>Width of the shaded band from 0 to the target.</summary>
        public string WithinWidth { get; set; } = "";
        public string AxisY { get; set; } = "";
        public string AxisTextY { get; set; } = "";
        public string BarHeight { get; set; } = "";
        public int WithinTarget { get; set; }
        public int Total { get; set; }
        /// <summary>The rows drawn: every service's, or for a large client only those not within target (at most
        /// <see cref="ReportViewBuilder.MaxServicesDrawn"/>).</summary>
        public List<TargetBarView> Rows { get; set; } = new List<TargetBarView>();
        /// <summary>"The other 190 services ... are in the services table" when some services are not drawn; empty otherwise.</summary>
        public string NotDrawnText { get; set; } = "";
    }
}
