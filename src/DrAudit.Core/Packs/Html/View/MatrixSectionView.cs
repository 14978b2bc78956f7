using System.Collections.Generic;

namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>The rows of one control family in the controls matrix.</summary>
    public sealed class MatrixSectionView
    {
        public string Title { get; set; } = "";
        public List<MatrixRowView> Rows { get; set; } = new List<MatrixRowView>();
    }
}
