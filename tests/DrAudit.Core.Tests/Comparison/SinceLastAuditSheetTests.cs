using DrAudit.Core.Comparison;
using DrAudit.Core.Tests.Packs.Excel;

namespace DrAudit.Core.Tests.Comparison
{
    public sealed class SinceLastAuditSheetTests
    {
        [Fact]
        public void A_result_with_a_comparison_gets_a_Since_last_audit_sheet_after_Summary()
        {
            var result = ExcelScenario.Result();
            var older = ExcelScenario.Result();
            older.Findings.RemoveAt(0);
            older.EssentialEight.MaturityLevel = result.EssentialEight.MaturityLevel + 1;
            result.SinceLastAudit = ReadinessComparer.Compare(older, result, "2026-10-01");

            using var book = RenderedWorkbook.Of(result);

            Assert.Equal(new[] { "Summary", "Root causes", "Since last audit" }, book.Workbook.Worksheets.Take(3).Select(w => w.Name));
            var rows = book.Rows("Since last audit");
            Assert.Equal("Maturity level", rows[0]["Area"].GetString());
            Assert.Equal("Down", rows[0]["Change"].GetString());
            Assert.Contains("(pack 2026-10-01)", rows[0]["Statement"].GetString(), StringComparison.Ordinal);
            Assert.Equal("DR readiness", rows[1]["Area"].GetString());
            var findings = rows.Where(r => r["Area"].GetString() == "Finding").ToList();
            Assert.Equal(result.Findings.Count, findings.Count);
            var added = Assert.Single(findings, r => r["Change"].GetString() == "New");
            Assert.Equal(result.Findings[0].Key, added["Item"].GetString());
            Assert.Equal(DrAudit.Core.Packs.Html.OutcomeStyles.For(result.Findings[0].Outcome).Label, added["After"].GetString());
            Assert.DoesNotContain(rows, r => r["Area"].GetString() == "Control");
        }

        [Fact]
        public void A_result_without_a_comparison_has_no_such_sheet()
        {
            using var book = RenderedWorkbook.Of(ExcelScenario.Result());

            Assert.DoesNotContain(book.Workbook.Worksheets, w => w.Name == "Since last audit");
        }
    }
}
