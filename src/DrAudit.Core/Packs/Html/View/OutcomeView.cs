using System.Collections.Generic;

namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>How an outcome is shown: its name, a symbol and a short label (so it reads in greyscale), and a CSS class.</summary>
    public sealed class OutcomeView
    {
        public string Name { get; set; } = "";
        public string Symbol { get; set; } = "";
        public string Label { get; set; } = "";
        public string CssClass { get; set; } = "";
        public string Meaning { get; set; } = "";
    }
}
