using System.Collections.Generic;

namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>One segment of a day's column in the backup-run chart.</summary>
    public sealed class RunBarView
    {
        public string Result { get; set; } = "";
        public int Count { get; set; }
        public string Y { get; set; } = "";
        public string Height { get; set; } = "";
    }
}
