using System.Collections.Generic;

namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>A question for the renewal meeting, raised by the findings of one control.</summary>
    public sealed class QuestionView
    {
        public string Control { get; set; } = "";
        public string Text { get; set; } = "";
        public List<string> Services { get; set; } = new List<string>();
    }
}
