using System.Linq;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Packs.Excel.Sheets
{
    /// <summary>The matrix: one row per control (Essential Eight, then DR readiness), its client-level outcome, and
    /// one column per service with that service's outcome (blank for a control judged once for the client).</summary>
    internal static class ControlsSheet
    {
        public const string Name = "Controls";
        public const string EssentialEight = "Essential Eight";
        public const string DrReadiness = "DR readiness";

        public static TableSheet Build(WorkbookData data)
        {
            var result = data.Result;
            var rows = result.EssentialEight.Controls.Select(c => (Family: EssentialEight, Control: c))
                .Concat(result.DrReadiness.Controls.Select(c => (Family: DrReadiness, Control: c)))
                .ToList();
            var columns = new ColumnList<(string Family, ControlResult Control)>()
                .Text("Control", r => r.Control.Id)
                .Text("Family", r => r.Family)
                .Integer("Level", r => r.Control.Level)
                .Text("Title", r => r.Control.Title)
                .Outcome("Outcome", r => WorkbookData.OutcomeText(r.Control.Outcome))
                .Text("Evidence quality", r => r.Control.EvidenceQuality?.ToString())
                .Text("Statement", r => r.Control.Statement);
            foreach (var service in result.Services.Select(s => s.Id))
                columns.Outcome(service, r => WorkbookData.OutcomeText(r.Control.Services.FirstOrDefault(s => s.Service == service)?.Outcome));
            return TableSheet.Of(Name, "Controls", rows, columns);
        }
    }
}
