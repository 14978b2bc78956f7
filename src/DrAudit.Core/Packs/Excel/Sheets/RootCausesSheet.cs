using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Packs.Excel.Sheets
{
    /// <summary>The first data sheet: one row per root cause, keyed as in readiness.json, with the findings it explains.</summary>
    internal static class RootCausesSheet
    {
        public const string Name = "Root causes";

        public static TableSheet Build(WorkbookData data) =>
            TableSheet.Of(Name, "RootCauses", data.Result.RootCauses, new ColumnList<RootCause>()
                .Text("Key", c => c.Key)
                .Text("Severity", c => c.Severity.ToString())
                .Text("What is wrong", c => c.Title)
                .Text("What to do", c => c.Remediation)
                .Text("Services", c => string.Join(", ", c.Services))
                .Text("Controls", c => string.Join(", ", c.Controls))
                .Text("Findings", c => string.Join("\n", c.Findings)));
    }
}
