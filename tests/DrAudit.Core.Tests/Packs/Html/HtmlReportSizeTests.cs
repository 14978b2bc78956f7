using System.Text;
using DrAudit.Core.Packs.Html;

namespace DrAudit.Core.Tests.Packs.Html
{
    /// <summary>The report scales with services and root causes, not with jobs, runs and points: a 2,000-object client's
    /// report stays within the 2 MB budget (load time is measured in bench/, not here).</summary>
    public sealed class HtmlReportSizeTests
    {
        public const int BudgetBytes = 2 * 1024 * 1024;

        [Fact]
        public void A_large_clients_report_is_within_the_size_budget_and_lists_every_service()
        {
            var result = LargeReportResult.Build();
            var html = new HtmlPackRenderer().RenderHtml(result);

            var bytes = Encoding.UTF8.GetByteCount(html);
            Assert.True(bytes <= BudgetBytes, $"report.html is {bytes:N0} bytes for {result.Services.Count} services; the budget is {BudgetBytes:N0}");
            var doc = HtmlReports.Parse(html);
            Assert.Equal(LargeReportResult.Services, doc.QuerySelectorAll("section[data-service]").Length);
            Assert.Equal(result.RootCauses.Count, doc.QuerySelectorAll("#what-to-fix li.cause").Length);
            Assert.NotNull(doc.QuerySelector("table.matrix-counts"));
            Assert.Empty(doc.QuerySelectorAll("table.matrix td[data-service]"));
        }
    }
}
