using System.Collections.Generic;

namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>A source of evidence and how fresh it is.</summary>
    public sealed class SourceView
    {
        public string Id { get; set; } = "";
        public string Type { get; set; } = "";
        /// <summary>The type in words ("The Veeam backup server"), as the report shows it.</summary>
        public string TypeText { get; set; } = "";
        public string System { get; set; } = "";
        public bool Ok { get; set; }
        public string Status { get; set; } = "";
        public string CollectedAt { get; set; } = "";
        public string Age { get; set; } = "";
        public string Error { get; set; } = "";
        public string Quality { get; set; } = "";
    }
}
