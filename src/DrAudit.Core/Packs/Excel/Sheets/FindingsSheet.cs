using DrAudit.Core.Loading.Yaml;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Packs.Excel.Sheets
{
    /// <summary>One row per finding, keyed as in readiness.json; evidence lines one per line in the cell.</summary>
    internal static class FindingsSheet
    {
        public const string Name = "Findings";

        public static TableSheet Build(WorkbookData data) =>
            TableSheet.Of(Name, "Findings", data.Result.Findings, new ColumnList<Finding>()
                .Text("Key", f => f.Key)
                .Text("Control", f => f.Control)
                .Text("Service", f => f.Service)
                .Text("Severity", f => f.Severity.ToString())
                .Outcome("Outcome", f => WorkbookData.OutcomeText(f.Outcome))
                .Text("Statement", f => f.Statement)
                .Text("Remediation", f => f.Remediation)
                .Text("Evidence", f => string.Join("\n", f.Evidence)));
    }
}
