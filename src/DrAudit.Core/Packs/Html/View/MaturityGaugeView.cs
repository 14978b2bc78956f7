using System.Collections.Generic;

namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>The Essential Eight maturity staircase: four steps, those reached filled.</summary>
    public sealed class MaturityGaugeView
    {
        public string Width { get; set; } = "";
        public string Height { get; set; } = "";
        public string BaseY { get; set; } = "";
        public List<MaturityStepView> Steps { get; set; } = new List<MaturityStepView>();
    }
}
