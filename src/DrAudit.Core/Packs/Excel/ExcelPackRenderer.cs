using System;
using System.Collections.Generic;
using System.IO;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs.Excel.Sheets;
using DrAudit.Core.Packs.Excel.Xlsx;
using DrAudit.Core.Packs.Html;

namespace DrAudit.Core.Packs.Excel
{
    /// <summary>
    /// The workbook an engineer works through: <c>evidence.xlsx</c> with a Summary sheet and one Excel table per data
    /// sheet (services, the control matrix, findings, coverage, recovery points, job runs in the audit window, restore
    /// tests, exercises and actions, sources). Every client-supplied string is a text cell, never a formula; times
    /// are date cells in UTC; durations are numbers with their unit in the header. Sheets built from the audit's
    /// inputs are empty when the result carries none. A "Since last audit" sheet follows Summary when the result
    /// carries a comparison with the client's previous pack. Written forward-only, sheet by sheet and row by row
    /// (<see cref="XlsxPackage"/>): memory does not grow with the number of runs or points written.
    /// </summary>
    public sealed class ExcelPackRenderer : IPackRenderer
    {
        public const string FileName = "evidence.xlsx";

        private readonly ReportAudience _audience;

        /// <summary>For <paramref name="audience"/>: the Client audience (the default) keeps engineer instructions out
        /// of the Sources sheet (<see cref="SourceErrorText"/>); Internal keeps each source's error as it was.</summary>
        public ExcelPackRenderer(ReportAudience audience = ReportAudience.Client)
        {
            _audience = audience;
        }

        public PackFormat Format => PackFormat.Excel;

        public IReadOnlyList<string> Render(ReadinessResult result, string directory)
        {
            var previous = CellText.Paths.Value;
            CellText.Paths.Value = LocalPaths.For(result);
            try
            {
                return RenderWorkbook(result, directory, _audience);
            }
            finally
            {
                CellText.Paths.Value = previous;
            }
        }

        private static IReadOnlyList<string> RenderWorkbook(ReadinessResult result, string directory, ReportAudience audience)
        {
            var data = new WorkbookData(result, audience);
            using (var package = new XlsxPackage(Path.Combine(directory, FileName)))
            {
                SummarySheet.Write(package, data);
                TableSheetWriter.Write(package, RootCausesSheet.Build(data));
                if (result.SinceLastAudit != null) TableSheetWriter.Write(package, SinceLastAuditSheet.Build(result.SinceLastAudit));
                foreach (var build in DataSheets)
                    TableSheetWriter.Write(package, build(data));
                package.Finish("Backup and DR readiness evidence: " + result.Client.Name, "DrAudit " + result.ToolVersion, result.GeneratedAt);
            }
            return new[] { FileName };
        }

        /// <summary>The data sheets, in workbook order after Summary.</summary>
        private static readonly Func<WorkbookData, TableSheet>[] DataSheets =
        {
            ServicesSheet.Build,
            ControlsSheet.Build,
            FindingsSheet.Build,
            CoverageSheet.Build,
            DiscoveredSheet.Build,
            RecoveryPointsSheet.Build,
            JobRunsSheet.Build,
            RestoreTestsSheet.Build,
            ExercisesSheet.Build,
            AttestedFactsSheet.Build,
            SourcesSheet.Build,
        };
    }
}
