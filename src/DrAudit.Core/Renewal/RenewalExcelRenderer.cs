using System.Collections.Generic;
using System.IO;
using System.Linq;
using DrAudit.Core.Model.Renewal;
using DrAudit.Core.Packs;
using DrAudit.Core.Packs.Excel;
using DrAudit.Core.Packs.Excel.Xlsx;
using DrAudit.Core.Packs.Html;

namespace DrAudit.Core.Renewal
{
    /// <summary><c>renewal.xlsx</c>: one filtered table per section of the renewal (months, root causes, testing per
    /// service, restore tests, exercises, approvals and exceptions, what to budget for, packs, notes), written with
    /// the evidence workbook's table-sheet writer: client text as text cells, dates as UTC date cells, every row
    /// naming its pack and the pack's manifest SHA-256, and no path of the auditing machine.</summary>
    internal sealed class RenewalExcelRenderer : IRenewalRenderer
    {
        public const string FileName = "renewal.xlsx";

        private readonly IReadOnlyList<string?> _localRoots;
        private readonly ReportAudience _audience;

        /// <param name="audience">Internal adds a Details column to the Packs sheet: which files of a changed pack
        /// differ, and where a saved definition failed to load (file, line, column).</param>
        public RenewalExcelRenderer(IReadOnlyList<string?> localRoots, ReportAudience audience = ReportAudience.Client)
        {
            _localRoots = localRoots;
            _audience = audience;
        }

        public PackFormat Format => PackFormat.Excel;

        public IReadOnlyList<string> Render(RenewalReport report, string directory)
        {
            var previous = CellText.Paths.Value;
            CellText.Paths.Value = RenewalText.Paths(_localRoots);
            try
            {
                var hashes = report.Packs.GroupBy(p => p.Folder).ToDictionary(g => g.Key, g => g.First().ManifestSha256);
                string Hash(string? folder) => folder != null && hashes.TryGetValue(folder, out var h) ? h : "";
                using (var package = new XlsxPackage(Path.Combine(directory, FileName)))
                {
                    TableSheetWriter.Write(package, TableSheet.Of("Months", "Months", report.Months, new ColumnList<RenewalMonth>()
                        .Text("Month", m => m.Month)
                        .Text("State", m => RenewalViewBuilder.MonthState(m.State))
                        .Integer("Maturity level", m => m.MaturityLevel)
                        .Integer("Services ready", m => m.ServicesReady)
                        .Integer("Services", m => m.ServicesTotal)
                        .Text("Note", m => m.Note)
                        .Text("Pack", m => m.Pack)
                        .Text("Manifest SHA-256", m => m.ManifestSha256)));
                    TableSheetWriter.Write(package, TableSheet.Of("Root causes", "RootCauses", report.RootCauses, new ColumnList<RenewalRootCause>()
                        .Text("Key", c => c.Key)
                        .Text("Title", c => c.Title)
                        .Text("Severity", c => c.Severity.ToString())
                        .Text("Services", c => string.Join(", ", c.Services))
                        .Date("Opened (audit point)", c => c.OpenedAsOf)
                        .Boolean("Open at start", c => c.OpenAtStart)
                        .Text("Opened in pack", c => c.OpenedPack)
                        .Text("Opened pack SHA-256", c => Hash(c.OpenedPack))
                        .Date("Resolved (audit point)", c => c.ResolvedAsOf)
                        .Text("Resolved in pack", c => c.ResolvedPack)
                        .Text("Resolved pack SHA-256", c => Hash(c.ResolvedPack))
                        .Boolean("Still open", c => c.StillOpen)
                        .Integer("Days open", c => c.DaysOpen)
                        .Text("Remediation", c => c.Remediation)));
                    TableSheetWriter.Write(package, TableSheet.Of("Testing", "Testing", report.Testing, new ColumnList<RenewalServiceTesting>()
                        .Text("Service", t => t.Service)
                        .Text("Name", t => t.Name)
                        .Text("Tier", t => t.Tier)
                        .Number("RTO (hours)", t => t.RtoHours)
                        .Text("Restore test every", t => ReportFormat.Words(t.RestoreTestEvery))
                        .Integer("Tests required", t => t.RestoreTestsRequired)
                        .Integer("Tests done", t => t.RestoreTestsDone)
                        .Integer("Tests succeeded", t => t.RestoreTestsSucceeded)
                        .Integer("RTO proven", t => t.RtoProvenTimes)
                        .Number("Fastest restore (hours)", t => t.BestRestoreHours)
                        .Integer("Exercises required", t => t.ExercisesRequired)
                        .Integer("Exercises held", t => t.ExercisesDone)
                        .Boolean("Met", t => t.MetRequirement)
                        .Text("Targets from pack", t => t.Pack)
                        .Text("Pack SHA-256", t => Hash(t.Pack))));
                    TableSheetWriter.Write(package, TableSheet.Of("Restore tests", "RestoreTests", report.RestoreTests, new ColumnList<RenewalRestoreTest>()
                        .Date("Date", t => t.Date)
                        .Text("Service", t => t.Service)
                        .Text("Components", t => string.Join(", ", t.Components))
                        .Text("Scope", t => ReportFormat.Label(t.Scope))
                        .Text("Result", t => t.Result)
                        .Boolean("Exercise", t => t.Exercise)
                        .Number("Took (hours)", t => t.DurationHours)
                        .Number("RTO (hours)", t => t.RtoHours)
                        .Boolean("RTO proven", t => t.RtoProven)
                        .Text("Pack", t => t.Pack)
                        .Text("Pack SHA-256", t => t.ManifestSha256)));
                    TableSheetWriter.Write(package, TableSheet.Of("Exercises", "Exercises", report.Exercises, new ColumnList<RenewalExercise>()
                        .Date("Date", e => e.Date)
                        .Text("Kind", e => ReportFormat.Label(e.Kind))
                        .Text("Services", e => string.Join(", ", e.Services))
                        .Integer("Actions", e => e.Actions)
                        .Integer("Actions open", e => e.ActionsOpen)
                        .Text("Pack", e => e.Pack)
                        .Text("Pack SHA-256", e => e.ManifestSha256)));
                    TableSheetWriter.Write(package, TableSheet.Of("Approvals", "Commitments", report.Commitments, new ColumnList<RenewalCommitment>()
                        .Text("Kind", c => RenewalViewBuilder.CommitmentKind(c.Kind))
                        .Text("What", c => c.Subject)
                        .Text("Services", c => string.Join(", ", c.Services))
                        .Text("By", c => c.By)
                        .Date("Given", c => c.On)
                        .Date("Due", c => c.Due)
                        .Text("Status", c => RenewalViewBuilder.CommitmentStatus(c.Status))
                        .Text("Pack", c => c.Pack)
                        .Text("Pack SHA-256", c => c.ManifestSha256)));
                    TableSheetWriter.Write(package, TableSheet.Of("Budget", "Budget", report.Budget, new ColumnList<RenewalBudgetItem>()
                        .Integer("Rank", b => b.Rank)
                        .Text("Kind", b => RenewalViewBuilder.BudgetKind(b.Kind))
                        .Text("What", b => b.Title)
                        .Text("Key", b => b.Key)
                        .Text("Services", b => string.Join(", ", b.Services))
                        .Text("Tier", b => b.Tier)
                        .Number("RTO (hours)", b => b.RtoHours)
                        .Text("Severity", b => b.Severity.ToString())
                        .Text("Why", b => b.Reason)
                        .Text("Pack", b => b.Pack)
                        .Text("Pack SHA-256", b => b.ManifestSha256)));
                    var packColumns = new ColumnList<RenewalPack>()
                        .Text("Pack", p => p.Folder)
                        .DateTime("Audit point (UTC)", p => p.AsOf)
                        .Text("Month", p => p.Month)
                        .Text("State", p => RenewalViewBuilder.PackState(p.State))
                        .Text("Client", p => p.ClientId)
                        .Text("Name", p => p.ClientName)
                        .Boolean("Complete", p => p.Complete)
                        .Integer("Maturity level", p => p.MaturityLevel)
                        .Integer("Services ready", p => p.ServicesReady)
                        .Integer("Services", p => p.ServicesTotal)
                        .Boolean("Signed", p => p.Signed)
                        .Text("Signer", p => p.Signer)
                        .Boolean("Signer trusted", p => p.SignerTrusted)
                        .Text("Problem", p => p.Problem)
                        .Text("Manifest SHA-256", p => p.ManifestSha256);
                    if (_audience == ReportAudience.Internal) packColumns.Text("Details", p => string.Join("; ", p.FileProblems));
                    TableSheetWriter.Write(package, TableSheet.Of("Packs", "Packs", report.Packs, packColumns));
                    TableSheetWriter.Write(package, TableSheet.Of("Notes", "Notes", report.Notes, new ColumnList<string>()
                        .Text("Note", n => n)));
                    package.Finish("Contract year review: " + report.ClientName, "DrAudit " + report.ToolVersion, report.GeneratedAt);
                }
                return new[] { FileName };
            }
            finally
            {
                CellText.Paths.Value = previous;
            }
        }
    }
}
