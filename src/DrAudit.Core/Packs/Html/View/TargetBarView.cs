using System.Collections.Generic;

namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>One row of a target chart: a service's measured value against its target, in SVG coordinates.
    /// The bar's length is the value as a share of the target; the axis runs to twice the target.</summary>
    public sealed class TargetBarView
    {
        public string ServiceId { get; set; } = "";
        /// <summary>The service name, shortened to fit the chart.</summary>
        public string Label { get; set; } = "";
        /// <summary>The whole service name (the row's tooltip).</summary>
        public string FullLabel { get; set; } = "";
        public string Detail { get; set; } = "";
        public string ValueText { get; set; } = "";
        public string TargetText { get; set; } = "";
        /// <summary>"within target", "over target", or why there is no value.</summary>
        public string Status { get; set; } = "";
        /// <summary>ok | over | missing.</summary>
        public string State { get; set; } = "";
        public bool HasValue { get; set; }
        public bool Clipped { get; set; }
        public string Y { get; set; } = "";
        public string BarY { get; set; } = "";
        public string TextY { get; set; } = "";
        public string DetailY { get; set; } = "";
        public string ClipTextY { get; set; } = "";
        public string BarWidth { get; set; } = "";
        public string BarEndX { get; set; } = "";
    }
}
