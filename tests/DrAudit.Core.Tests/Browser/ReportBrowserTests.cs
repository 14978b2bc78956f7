using DrAudit.Core.Packs.Html;
using DrAudit.Core.Tests.Packs;
using DrAudit.Core.Tests.Packs.Html;

namespace DrAudit.Core.Tests.Browser
{
    /// <summary>
    /// Opens the sample's report.html in headless Chromium over the DevTools protocol: no console error or exception,
    /// no request but the file itself, a screenshot that is not blank, and an A4 PDF. Skipped only when chromium is
    /// not installed and CI is not "true"; on CI a missing browser is a failure.
    /// </summary>
    public sealed class ReportBrowserTests : IDisposable
    {
        private readonly TempFolder _folder = new TempFolder();

        public void Dispose() => _folder.Dispose();

        [SkippableFact]
        public async Task TheReportOpensOfflineWithoutErrorsAndPrintsToA4()
        {
            Skip.IfNot(HeadlessChromium.Required, "Chromium is not installed at " + HeadlessChromium.DefaultPath + " (and CI is not true).");
            Assert.True(File.Exists(HeadlessChromium.DefaultPath), "CI=true but Chromium is not installed at " + HeadlessChromium.DefaultPath + ".");

            var logo = _folder.Combine("logo.svg");
            File.WriteAllText(logo, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"40\"><circle cx=\"20\" cy=\"20\" r=\"18\" fill=\"#0a6\"/></svg>");
            var options = new HtmlReportOptions { Branding = new ReportBranding { MspName = "Northwind IT Services", LogoPath = logo } };
            new HtmlPackRenderer(options).Render(HtmlReports.Sample(), _folder.Path);
            using var report = await OpenCleanAsync(_folder.Combine(HtmlPackRenderer.ReportFile));

            var image = PngImage.Decode(await report.ScreenshotAsync());
            Assert.True(image.Width > 100 && image.Height > 100);
            Assert.True(image.DistinctColours() > 20, "the screenshot has only " + image.DistinctColours() + " colours");
            Assert.True(image.InkShare() > 0.02, "the screenshot is almost blank");

            var bytes = await report.PrintA4Async();
            var head = System.Text.Encoding.ASCII.GetString(bytes, 0, 5);
            var tail = System.Text.Encoding.ASCII.GetString(bytes, Math.Max(0, bytes.Length - 32), Math.Min(32, bytes.Length));
            Assert.Equal("%PDF-", head);
            Assert.Contains("%%EOF", tail);
            Assert.True(bytes.Length > 20000, "the PDF is only " + bytes.Length + " bytes");
        }

        /// <summary>Opens a report and asserts it raised no error and requested nothing but the file itself.</summary>
        private static async Task<OpenedReport> OpenCleanAsync(string file)
        {
            var report = await OpenedReport.OpenAsync(file);
            await Task.Delay(300);
            var errors = report.Errors();
            Assert.True(errors.Count == 0, "console errors or exceptions:\n" + string.Join("\n", errors));
            Assert.Contains(report.FileUrl, report.Requests());
            Assert.All(report.Requests(), url => Assert.True(url == report.FileUrl || url.StartsWith("data:", StringComparison.Ordinal), "unexpected request " + url));
            return report;
        }

        /// <summary>Opens a report, asserts no error and no request but the file, and returns how long the load took and
        /// where (in CSS pixels from the top) the element with <paramref name="elementId"/> starts.</summary>
        internal static async Task<(TimeSpan Load, double Top)> OpenAsync(string file, string elementId)
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            using var report = await OpenCleanAsync(file);
            var load = clock.Elapsed;
            var top = await report.EvaluateAsync("document.getElementById('" + elementId + "').getBoundingClientRect().top");
            return (load, (double)top);
        }

        /// <summary>Every link of the contents list leads to an element of the page.</summary>
        private const string BrokenContentsLinks =
            "Array.from(document.querySelectorAll('#contents a')).map(a => a.getAttribute('href').slice(1)).filter(id => !document.getElementById(id))";

        /// <summary>Table rows that printing may split across pages (their computed break-inside is not avoid).</summary>
        private const string SplittableRows =
            "Array.from(document.querySelectorAll('tr')).filter(r => getComputedStyle(r).breakInside !== 'avoid').length";

        /// <summary>The CSS height of the first A4 page's printable area: 297 mm less the report's 14 mm and 16 mm margins.</summary>
        private const double FirstPageHeight = (297 - 14 - 16) / 25.4 * 96;

        [SkippableFact]
        public async Task An_incomplete_audit_says_so_at_the_top_of_the_first_printed_page_with_a_handful_of_root_causes()
        {
            Skip.IfNot(HeadlessChromium.Required, "Chromium is not installed at " + HeadlessChromium.DefaultPath + " (and CI is not true).");
            var result = IncompleteSample.Audit(_folder);
            Assert.False(result.Complete);
            var pack = _folder.Combine("pack");
            Directory.CreateDirectory(pack);
            new HtmlPackRenderer().Render(result, pack);

            using var report = await OpenCleanAsync(System.IO.Path.Combine(pack, HtmlPackRenderer.ReportFile));

            Assert.Equal("This audit is incomplete", (string)(await report.EvaluateAsync("document.querySelector('h2').textContent"))!);
            var text = (string)(await report.EvaluateAsync("document.body.innerText"))!;
            Assert.Contains("The Veeam backup server 'veeam-main' could not be read", text);
            foreach (var instruction in new[] { "VBR_USER", "VBR_PASS", "passwordEnv", "-Credential", "client.yaml", _folder.Path })
                Assert.DoesNotContain(instruction, text);
            var causes = (await report.EvaluateAsync("Array.from(document.querySelectorAll('#what-to-fix li.cause')).map(li => li.dataset.cause)")).ToObject<List<string>>()!;
            Assert.InRange(causes.Count, 1, 15);
            Assert.Contains("source/veeam-main/unreadable", causes.Take(3));
            Assert.Empty((await report.EvaluateAsync(BrokenContentsLinks)).ToObject<List<string>>()!);

            await report.PrintMediaAsync();
            var box = await report.EvaluateAsync("(() => { const r = document.getElementById('incomplete').getBoundingClientRect(); return [r.top, r.height]; })()");
            Assert.InRange((double)box[0]!, 0, FirstPageHeight / 2);
            Assert.InRange((double)box[1]!, 20, FirstPageHeight);
            Assert.Equal(0, (int)(await report.EvaluateAsync(SplittableRows)));
            Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(await report.PrintA4Async(), 0, 5));
        }

        [SkippableFact]
        public async Task A_large_clients_report_opens_without_errors_with_a_row_per_service_and_prints_to_A4()
        {
            Skip.IfNot(HeadlessChromium.Required, "Chromium is not installed at " + HeadlessChromium.DefaultPath + " (and CI is not true).");
            var result = LargeReportResult.Build();
            new HtmlPackRenderer().Render(result, _folder.Path);

            using var report = await OpenCleanAsync(_folder.Combine(HtmlPackRenderer.ReportFile));

            Assert.InRange((double)(await report.EvaluateAsync("document.getElementById('what-to-fix').getBoundingClientRect().top"))!, 0, 800);
            Assert.Equal(result.Services.Count, (int)(await report.EvaluateAsync("document.querySelectorAll('table.services-table tr[data-service]').length")));
            Assert.Equal(0, (int)(await report.EvaluateAsync("document.querySelectorAll('section[data-service], [data-component]').length")));
            var elements = (int)(await report.EvaluateAsync("document.getElementsByTagName('*').length"));
            Assert.True(elements <= HtmlReportSizeTests.ElementsPerService * result.Services.Count, elements + " elements");
            var causes = (int)(await report.EvaluateAsync("document.querySelectorAll('#what-to-fix li.cause').length"));
            Assert.True(causes < result.RootCauses.Count / 4, causes + " items for " + result.RootCauses.Count + " root causes");
            Assert.Empty((await report.EvaluateAsync(BrokenContentsLinks)).ToObject<List<string>>()!);
            // Every service row is drawn (not collapsed or hidden) and wide enough to read.
            Assert.Equal(0, (int)(await report.EvaluateAsync("Array.from(document.querySelectorAll('table.services-table tr[data-service]')).filter(r => r.getBoundingClientRect().height < 10).length")));

            await report.PrintMediaAsync();
            Assert.Equal(0, (int)(await report.EvaluateAsync(SplittableRows)));
            var pdf = await report.PrintA4Async();
            Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));
            Assert.True(pdf.Length > 50000, "the PDF is only " + pdf.Length + " bytes");
        }
    }
}
