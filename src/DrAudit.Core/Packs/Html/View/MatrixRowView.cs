using System.Collections.Generic;

namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>One control's row of the controls matrix. A control judged once for the client has no cells.</summary>
    public sealed class MatrixRowView
    {
        public string ControlId { get; set; } = "";
        public string Title { get; set; } = "";
        public string Level { get; set; } = "";
        public OutcomeView ClientOutcome { get; set; } = new OutcomeView();
        public bool ClientLevel { get; set; }
        public List<MatrixCellView> Cells { get; set; } = new List<MatrixCellView>();
    }
}
