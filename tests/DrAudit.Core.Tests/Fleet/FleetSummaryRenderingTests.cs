using AngleSharp.Html.Parser;
using ClosedXML.Excel;
using DrAudit.Core.Fleet;
using DrAudit.Core.Tests.Packs;

namespace DrAudit.Core.Tests.Fleet
{
    public sealed class FleetSummaryRenderingTests
    {
        private const string Hostile = "<script>alert(1)</script> & \"Co\" \u202Egnp.exe";

        private static FleetSummary Summary() => new FleetSummary
        {
            GeneratedAt = FleetFolder.GeneratedAt,
            ToolVersion = "0.1.0",
            Clients =
            {
                new FleetClientSummary
                {
                    Definition = "/c/a/client.yaml", ClientId = "alpha", ClientName = Hostile, Status = FleetClientStatus.Audited,
                    AsOf = FleetFolder.AsOf, Pack = "alpha/2026-11-01", MaturityLevel = 1, ServicesReady = 1, ServicesTotal = 2,
                    FindingsHigh = 3, FindingsMedium = 1, FindingsLow = 0, SourcesTotal = 1,
                    PreviousPack = "2026-10-01", PreviousMaturityLevel = 0, MaturityChange = 1, NewFindings = 2, StillOpenFindings = 2, ResolvedFindings = 1, ControlChanges = 4,
                },
                new FleetClientSummary
                {
                    Definition = "/c/b/client.yaml", ClientId = "bravo", ClientName = "Bravo", Status = FleetClientStatus.SourceFailed,
                    Error = "sources not read: m365 (<b>timeout</b>)", SourcesFailed = { "m365" }, MaturityLevel = 0, SourcesTotal = 2,
                },
                new FleetClientSummary { Definition = "/c/broken.yaml", Status = FleetClientStatus.Failed, Error = "/c/broken.yaml has 1 problem(s): <x>" },
            },
        };

        [Fact]
        public void The_html_page_encodes_every_client_text_and_loads_nothing()
        {
            var html = FleetHtmlRenderer.RenderHtml(Summary());
            var document = new HtmlParser().ParseDocument(html);

            Assert.Empty(document.QuerySelectorAll("script"));
            Assert.Empty(document.QuerySelectorAll("b"));
            Assert.Empty(document.QuerySelectorAll("x"));
            Assert.DoesNotContain("\u202E", html, StringComparison.Ordinal);
            var csp = document.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content")!;
            Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
            Assert.Empty(document.QuerySelectorAll("[src], link"));

            var rows = document.QuerySelectorAll("#clients tbody tr");
            Assert.Equal(3, rows.Length);
            Assert.StartsWith("<script>alert(1)</script> & \"Co\"", rows[0].Children[0].TextContent, StringComparison.Ordinal);
            Assert.Contains("maturity 0 to 1; findings 2 new, 2 still open, 1 resolved; 4 control outcomes changed (since 2026-10-01)", rows[0].TextContent, StringComparison.Ordinal);
            Assert.Equal("sourcefailed", rows[1].ClassName);
            Assert.Contains("m365 (<b>timeout</b>)", rows[1].TextContent, StringComparison.Ordinal);
            Assert.Equal("failed", rows[2].ClassName);
            Assert.Equal("3", document.QuerySelector("[data-metric=clients]")!.TextContent.Split(' ')[0]);
            var levels = document.QuerySelectorAll("#maturity tbody tr").Select(r => r.Children[1].TextContent).ToList();
            Assert.Equal(new[] { "1", "1", "0", "0" }, levels);
        }

        [Fact]
        public void The_html_page_is_branded_like_a_pack_and_dates_read_as_dates()
        {
            var branding = new DrAudit.Core.Packs.Html.ReportBranding { MspName = "Northwind IT Services", AccentColor = "#aa3300" };
            var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(FleetHtmlRenderer.RenderHtml(Summary(), branding));

            Assert.Equal("Northwind IT Services", document.QuerySelector(".brand .msp")!.TextContent);
            Assert.Contains("#aa3300", document.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
            Assert.DoesNotMatch(@"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", document.QuerySelector("p.meta")!.TextContent);
            Assert.Equal("3 clients", document.QuerySelector("[data-metric=clients]")!.TextContent);
        }

        [Fact]
        public void The_workbook_has_a_clients_table_and_a_maturity_table_with_text_cells_for_client_text()
        {
            using var folder = new TempFolder();

            new FleetExcelRenderer().Render(Summary(), folder.Path);

            using var book = new XLWorkbook(folder.Combine("fleet.xlsx"));
            Assert.Equal(new[] { "Clients", "Maturity" }, book.Worksheets.Select(w => w.Name));
            var clients = book.Worksheet("Clients").Tables.Single();
            Assert.Equal(3, clients.DataRange.RowCount());
            var name = clients.DataRange.Row(1).Cell(2);
            Assert.Equal(XLDataType.Text, name.DataType);
            Assert.StartsWith("<script>", name.GetString(), StringComparison.Ordinal);
            Assert.Equal(3, clients.DataRange.Row(1).Cell(10).GetValue<int>());
            Assert.Equal("m365", clients.DataRange.Row(2).Cell(14).GetString());
            // The audit point is named as in the client's own workbook and report, not "As of".
            Assert.Contains(clients.HeadersRow().Cells(), c => c.GetString() == "Audit point (UTC)");
            Assert.DoesNotContain(clients.HeadersRow().Cells(), c => c.GetString().StartsWith("As of", StringComparison.Ordinal));
            var maturity = book.Worksheet("Maturity").Tables.Single();
            Assert.Equal(1, maturity.DataRange.Row(2).Cell(2).GetValue<int>());
        }
    }
}
