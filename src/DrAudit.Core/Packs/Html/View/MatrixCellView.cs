using System.Collections.Generic;

namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>One control judged for one service in the controls matrix; Judged is false when the result has no outcome for it.</summary>
    public sealed class MatrixCellView
    {
        public string ServiceId { get; set; } = "";
        public bool Judged { get; set; }
        public OutcomeView Outcome { get; set; } = new OutcomeView();
    }
}
