using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Loading.Yaml;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Packs.Excel.Sheets
{
    /// <summary>Every restore test the audit judged: those written in the definition or its restore-test files and
    /// those readable sources ran themselves, dated at or before asOf, oldest first.</summary>
    internal static class RestoreTestsSheet
    {
        public const string Name = "Restore tests";

        public static TableSheet Build(WorkbookData data)
        {
            var tests = data.Definition == null
                ? new List<RestoreTest>()
                : AuditInputs.RestoreTestsAt(data.Definition, data.Sources, data.AsOf);
            return TableSheet.Of(Name, "RestoreTests", tests, new ColumnList<RestoreTest>()
                .Date("Date (UTC)", t => t.Date)
                .Text("Service", t => t.Service)
                .Text("Components", t => t.Components.Count == 0 ? "all" : string.Join(", ", t.Components))
                .Text("Scope", t => KebabCase.Of(t.Scope))
                .Text("Result", t => KebabCase.Of(t.Result))
                .Number("Duration (hours)", t => WorkbookData.Hours(t.Duration))
                .DateTime("Point in time (UTC)", t => t.PointInTime)
                .Boolean("Exercise", t => t.Exercise)
                .Text("Validated by", t => t.ValidatedBy)
                .Text("Validation", t => t.Validation)
                .Text("Evidence", t => t.Evidence)
                .Text("Evidence quality", t => t.Quality.ToString())
                .Text("Origin", t => t.Origin));
        }
    }
}
