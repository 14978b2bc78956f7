using System.Collections.Generic;
using System.IO;
using System.Linq;
using DrAudit.Core.Packs.Excel;
using DrAudit.Core.Packs.Excel.Xlsx;

namespace DrAudit.Core.Fleet
{
    /// <summary><c>fleet.xlsx</c>: a Clients table (one row per client: status, maturity, DR readiness, findings by
    /// severity, sources failing, change since the previous pack) and a Maturity table (clients per level), written
    /// with the evidence workbook's table-sheet writer: filtered tables, text cells for client text, UTC date cells.</summary>
    internal sealed class FleetExcelRenderer : IFleetRenderer
    {
        public const string FileName = "fleet.xlsx";
        public const string ClientsSheet = "Clients";
        public const string MaturitySheet = "Maturity";

        public IReadOnlyList<string> Render(FleetSummary summary, string directory)
        {
            using (var package = new XlsxPackage(Path.Combine(directory, FileName)))
            {
                TableSheetWriter.Write(package, Clients(summary));
                TableSheetWriter.Write(package, Maturity(summary));
                package.Finish("Fleet backup and DR readiness", "DrAudit " + summary.ToolVersion, summary.GeneratedAt);
            }
            return new[] { FileName };
        }

        private static TableSheet Clients(FleetSummary summary) =>
            TableSheet.Of(ClientsSheet, "Clients", summary.Clients, new ColumnList<FleetClientSummary>()
                .Text("Client", r => r.ClientId)
                .Text("Name", FleetSummaryText.Client)
                .Text("Status", r => r.Status.ToString())
                .Text("Error", r => r.Error)
                .DateTime(Packs.Excel.Sheets.SummarySheet.AsOf, r => r.AsOf)
                .Integer("Maturity level", r => r.MaturityLevel)
                .Integer("Services ready", r => r.ServicesReady)
                .Integer("Services", r => r.ServicesTotal)
                .Integer("Root causes", r => r.RootCauses)
                .Integer("High findings", r => r.FindingsHigh)
                .Integer("Medium findings", r => r.FindingsMedium)
                .Integer("Low findings", r => r.FindingsLow)
                .Integer("Sources", r => r.SourcesTotal)
                .Text("Sources failing", FleetSummaryText.SourcesFailed)
                .Text("Previous pack", r => r.PreviousPack)
                .Integer("Previous maturity level", r => r.PreviousMaturityLevel)
                .Integer("Maturity change", r => r.MaturityChange)
                .Integer("New root causes", r => r.NewRootCauses)
                .Integer("Still open root causes", r => r.StillOpenRootCauses)
                .Integer("Resolved root causes", r => r.ResolvedRootCauses)
                .Integer("New findings", r => r.NewFindings)
                .Integer("Still open findings", r => r.StillOpenFindings)
                .Integer("Resolved findings", r => r.ResolvedFindings)
                .Integer("Control outcomes changed", r => r.ControlChanges)
                .Text("Pack", r => r.Pack)
                .Text("Definition", r => r.Definition));

        private static TableSheet Maturity(FleetSummary summary) =>
            TableSheet.Of(MaturitySheet, "Maturity", Enumerable.Range(0, 4), new ColumnList<int>()
                .Integer("Maturity level", level => level)
                .Integer("Clients", level => summary.Clients.Count(c => c.MaturityLevel == level))
                .Text("Which", level => FleetSummaryText.ClientsAt(summary, level)));
    }
}
