using System.Text;
using DrAudit.Core.Packs.Html;

namespace DrAudit.Core.Tests.Packs.Html
{
    /// <summary>The report scales with services and root causes, not with components, jobs, runs and points (those are the
    /// workbook's): a 2,000-object client's report stays within the 2 MB budget and a bounded number of elements, with a
    /// row per service instead of a page, and root causes of one kind drawn together. Load time is measured in bench/,
    /// not here.</summary>
    public sealed class HtmlReportSizeTests
    {
        public const int BudgetBytes = 2 * 1024 * 1024;

        /// <summary>Elements a compact report may spend per service, all sections together (a service page costs ~170).</summary>
        public const int ElementsPerService = 30;

        private static readonly Lazy<(Model.Result.ReadinessResult Result, string Html)> Large = new Lazy<(Model.Result.ReadinessResult, string)>(() =>
        {
            var result = LargeReportResult.Build();
            return (result, new HtmlPackRenderer().RenderHtml(result));
        });

        [Fact]
        public void A_large_clients_report_is_within_the_size_budget_and_lists_every_service_once()
        {
            var (result, html) = Large.Value;

            var bytes = Encoding.UTF8.GetByteCount(html);
            Assert.True(bytes <= BudgetBytes, $"report.html is {bytes:N0} bytes for {result.Services.Count} services; the budget is {BudgetBytes:N0}");
            var doc = HtmlReports.Parse(html);
            var rows = doc.QuerySelectorAll("table.services-table tr[data-service]");
            Assert.Equal(result.Services.Select(s => s.Id), rows.Select(r => r.GetAttribute("data-service")));
            Assert.Empty(doc.QuerySelectorAll("section[data-service]"));
            Assert.Empty(doc.QuerySelectorAll("[data-component]"));
            var elements = doc.All.Length;
            Assert.True(elements <= ElementsPerService * result.Services.Count, $"{elements:N0} elements for {result.Services.Count} services");
            Assert.NotNull(doc.QuerySelector("table.matrix-counts"));
            Assert.Empty(doc.QuerySelectorAll("table.matrix td[data-service]"));
            Assert.Contains("evidence.xlsx", doc.QuerySelector("#services")!.TextContent);
        }

        [Fact]
        public void A_service_row_says_whether_it_is_ready_and_which_controls_it_does_not_meet()
        {
            var (result, html) = Large.Value;
            var doc = HtmlReports.Parse(html);

            foreach (var service in result.Services.Take(12))
            {
                var row = doc.QuerySelector($"table.services-table tr[data-service='{service.Id}']")!;
                Assert.Equal(service.Ready ? "true" : "false", row.GetAttribute("data-ready"));
                Assert.Contains(service.Name, row.TextContent);
                var notMet = result.EssentialEight.Controls.Concat(result.DrReadiness.Controls)
                    .Where(c => c.Services.Any(o => o.Service == service.Id && o.Outcome != Model.Result.Outcome.Effective && o.Outcome != Model.Result.Outcome.NotApplicable))
                    .Select(c => c.Id).ToList();
                Assert.Equal(notMet.Count == 0 ? "none" : string.Join(", ", notMet), row.Children.Last().TextContent);
                var point = row.Children[2];
                if (point.ClassName != "state-missing") Assert.Contains("(RPO " + DrAudit.Core.Packs.Html.ReportFormat.Words(service.Rpo) + ")", point.TextContent);
            }
        }

        [Fact]
        public void What_to_fix_draws_every_root_cause_once_and_repeated_kinds_as_one_item()
        {
            var (result, html) = Large.Value;
            var items = HtmlReports.Parse(html).QuerySelectorAll("#what-to-fix li.cause");

            var drawn = items.SelectMany(li => li.HasAttribute("data-causes") ? li.GetAttribute("data-causes")!.Split(' ') : new[] { li.GetAttribute("data-cause")! }).ToList();
            Assert.Equal(result.RootCauses.Select(c => c.Key).OrderBy(k => k, StringComparer.Ordinal), drawn.OrderBy(k => k, StringComparer.Ordinal));
            Assert.True(items.Length < result.RootCauses.Count / 4, $"{items.Length} items for {result.RootCauses.Count} root causes");
            var groups = items.Where(li => li.ClassList.Contains("cause-group")).ToList();
            Assert.NotEmpty(groups);
            Assert.All(groups, g => Assert.True(g.GetAttribute("data-causes")!.Split(' ').Length >= RootCauseGroups.MinGroupSize));
            Assert.Contains(groups, g => g.GetAttribute("data-causes")!.Split(' ').Length > ReportViewBuilder.MaxServicesNamed);
            Assert.All(groups.Where(g => g.GetAttribute("data-causes")!.Split(' ').Length > ReportViewBuilder.MaxServicesNamed),
                g => Assert.Contains("evidence.xlsx), Root causes sheet", g.TextContent));
            // Most severe first: no item is less severe than the one after it.
            var order = new[] { "high", "medium", "low" };
            var severities = items.Select(li => Array.IndexOf(order, li.GetAttribute("data-severity"))).ToList();
            Assert.Equal(severities.OrderBy(s => s), severities);
        }

        [Fact]
        public void What_blocks_the_next_level_names_at_most_eight_services_per_control()
        {
            var result = LargeReportResult.Build();
            var control = result.EssentialEight.Controls.Single(c => c.Id == "E8-RB-01");
            foreach (var o in control.Services) { o.Outcome = Model.Result.Outcome.Ineffective; o.Statement = "Not backed up in " + o.Service; }
            if (!result.EssentialEight.BlockingNextLevel.Contains("E8-RB-01")) result.EssentialEight.BlockingNextLevel.Add("E8-RB-01");

            var reasons = HtmlReports.Render(result).QuerySelectorAll("li[data-blocking='E8-RB-01'] .reasons li").Select(li => li.TextContent).ToList();

            Assert.Equal(ReportViewBuilder.MaxServicesNamed + 1, reasons.Count);
            Assert.Equal(control.Services.Take(ReportViewBuilder.MaxServicesNamed).Select(o => o.Statement), reasons.Take(ReportViewBuilder.MaxServicesNamed));
            Assert.StartsWith("and " + (control.Services.Count - ReportViewBuilder.MaxServicesNamed) + " more services", reasons.Last());
        }

        [Fact]
        public void The_charts_of_a_large_client_draw_only_services_outside_their_targets()
        {
            var (result, html) = Large.Value;
            var doc = HtmlReports.Parse(html);

            foreach (var chart in new[] { "rpo", "rto" })
            {
                var figure = doc.QuerySelector($"figure[data-chart='{chart}']")!;
                var rows = figure.QuerySelectorAll("g.row");
                Assert.InRange(rows.Length, 0, ReportViewBuilder.MaxServicesDrawn);
                Assert.All(rows, r => Assert.NotEqual("ok", r.GetAttribute("data-state")));
                Assert.Contains("The services table lists every service.", figure.QuerySelector("figcaption")!.TextContent);
                Assert.Contains("of " + result.Services.Count + " services within target", figure.QuerySelector("figcaption")!.TextContent);
            }
        }

        [Fact]
        public void A_service_page_lists_at_most_twelve_components_and_says_where_the_rest_are()
        {
            const int components = 40;
            var result = LargeReportResult.Build(6, components);
            var doc = HtmlReports.Render(result);

            var pages = doc.QuerySelectorAll("section[data-service]");
            Assert.Equal(6, pages.Length);
            Assert.Empty(doc.QuerySelectorAll("table.services-table"));
            foreach (var page in pages)
            {
                var service = result.Services.Single(s => s.Id == page.GetAttribute("data-service"));
                var listed = page.QuerySelectorAll("table.components tr[data-component]").Select(r => r.GetAttribute("data-component")!).ToList();
                Assert.Equal(ReportViewBuilder.MaxComponentRows, listed.Count);
                // Components with something missing come first, in the service's order.
                var gaps = service.Components.Where(c => !c.Visible || (c.NeedsBackup && (c.Jobs.Count == 0 || c.NewestGoodPointAgeHours == null))).Select(c => c.Id).ToList();
                Assert.All(gaps.Take(ReportViewBuilder.MaxComponentRows), id => Assert.Contains(id, listed));
                Assert.Equal(service.Components.Select(c => c.Id).Where(listed.Contains), listed);
                var more = page.QuerySelector("[data-more='components']")!.TextContent;
                Assert.Contains((components - ReportViewBuilder.MaxComponentRows) + " more components", more);
                Assert.Contains("evidence.xlsx", more);
                Assert.Equal(ReportViewBuilder.MaxComponentRows, page.QuerySelectorAll(".restore-order li").Length);
                Assert.Contains((components - ReportViewBuilder.MaxComponentRows) + " more steps", page.QuerySelector("[data-more='restore-order']")!.TextContent);
            }
        }
    }
}
