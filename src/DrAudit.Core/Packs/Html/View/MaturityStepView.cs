using System.Collections.Generic;

namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>One step of the maturity staircase (level 0 to 3), positioned in the gauge's SVG coordinates.</summary>
    public sealed class MaturityStepView
    {
        public int Level { get; set; }
        public string Label { get; set; } = "";
        public string X { get; set; } = "";
        public string Y { get; set; } = "";
        public string Width { get; set; } = "";
        public string Height { get; set; } = "";
        public string TextX { get; set; } = "";
        public string TextY { get; set; } = "";
        public bool Achieved { get; set; }
        public bool Current { get; set; }
    }
}
