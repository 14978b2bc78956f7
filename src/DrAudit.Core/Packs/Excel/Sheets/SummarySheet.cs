using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs.Excel.Xlsx;

namespace DrAudit.Core.Packs.Excel.Sheets
{
    /// <summary>The first sheet: who and when, the Essential Eight maturity level and what blocks the next one, DR
    /// readiness, finding counts by severity and failed sources. Labels in column A, values in column B.</summary>
    internal static class SummarySheet
    {
        public const string Name = "Summary";
        public const string Client = "Client";
        public const string ClientId = "Client id";
        public const string Msp = "MSP";
        public const string AsOf = "Audit point (UTC)";
        public const string Generated = "Generated (UTC)";
        public const string ToolVersion = "Tool version";
        public const string AuditWindow = "Audit window";
        public const string WindowStart = "Job runs from (UTC)";
        public const string MaturityLevel = "Essential Eight maturity level";
        public const string Blocking = "Controls blocking the next level";
        public const string ServicesReady = "Services ready";
        public const string ServicesTotal = "Services total";
        public const string FindingsTotal = "Findings";
        public const string SourcesFailed = "Sources failed";
        public const string FailedSourceIds = "Failed sources";
        public const string ExceptionsActive = "Exceptions in force";

        /// <summary>The label of the count of findings of a severity, e.g. "Findings (high)".</summary>
        public static string FindingsOf(Severity severity) => "Findings (" + severity + ")";

        public static void Write(XlsxPackage package, WorkbookData data)
        {
            var rows = Rows(data);
            var labels = new ColumnMeasure("Item");
            var values = new ColumnMeasure("Value");
            foreach (var row in rows)
            {
                labels.Add(row.Label, CellKind.Text);
                values.Add(row.Value, row.Kind);
            }
            using (var writer = package.BeginSheet(Name))
            {
                // Labels bold (the whole of column A), values left-aligned so numbers and dates sit under their label.
                writer.Begin(CellReference.Range(1, 1, rows.Count + 1, 2), false, new[] { labels.Width, values.Width }, new[] { CellStyle.Bold, CellStyle.Default });
                writer.BeginRow(1);
                writer.Text(1, "Item", CellStyle.Bold);
                writer.Text(2, "Value", CellStyle.Bold);
                writer.EndRow();
                for (int i = 0; i < rows.Count; i++)
                {
                    writer.BeginRow(i + 2);
                    writer.Text(1, rows[i].Label, CellStyle.Bold);
                    writer.Value(2, rows[i].Value, rows[i].Kind, LeftAligned(rows[i].Kind));
                    writer.EndRow();
                }
                writer.EndData();
            }
            package.EndSheet(null);
        }

        private static CellStyle LeftAligned(CellKind kind) =>
            kind == CellKind.DateTime ? CellStyle.DateTimeLeft
            : kind == CellKind.Date ? CellStyle.DateLeft
            : kind == CellKind.Number ? CellStyle.NumberLeft
            : CellStyle.Left;

        private static List<(string Label, object? Value, CellKind Kind)> Rows(WorkbookData data)
        {
            var result = data.Result;
            var failed = result.Sources.Where(s => s.Status == SourceState.Failed).Select(s => s.Id).ToList();
            var rows = new List<(string Label, object? Value, CellKind Kind)>
            {
                (Client, result.Client.Name, CellKind.Text),
                (ClientId, result.Client.Id, CellKind.Text),
                (Msp, result.Client.Msp, CellKind.Text),
                (AsOf, result.AsOf, CellKind.DateTime),
                (Generated, result.GeneratedAt, CellKind.DateTime),
                (ToolVersion, result.ToolVersion, CellKind.Text),
                (AuditWindow, DrAudit.Core.Packs.Html.ReportFormat.Words(result.AuditWindow), CellKind.Text),
                (WindowStart, data.WindowStart, CellKind.DateTime),
                (MaturityLevel, result.EssentialEight.MaturityLevel, CellKind.Integer),
                (Blocking, string.Join(", ", result.EssentialEight.BlockingNextLevel), CellKind.Text),
                (ServicesReady, result.DrReadiness.ServicesReady, CellKind.Integer),
                (ServicesTotal, result.DrReadiness.ServicesTotal, CellKind.Integer),
                (FindingsTotal, result.Findings.Count, CellKind.Integer),
            };
            foreach (var severity in new[] { Severity.High, Severity.Medium, Severity.Low })
                rows.Add((FindingsOf(severity), result.Findings.Count(f => f.Severity == severity), CellKind.Integer));
            rows.Add((SourcesFailed, failed.Count, CellKind.Integer));
            rows.Add((FailedSourceIds, string.Join(", ", failed), CellKind.Text));
            rows.Add((ExceptionsActive, result.Exceptions.Count(e => e.Status == "active"), CellKind.Integer));
            return rows;
        }
    }
}
