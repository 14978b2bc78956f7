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
        /// <summary>For a report with too many services for one row per service: "190 effective, 10 ineffective".</summary>
        public string CountsText { get; set; } = "";
        /// <summary>For the compact matrix: the services where the control is not met (names, at most a few).</summary>
        public string NotMetText { get; set; } = "";
    }
}
