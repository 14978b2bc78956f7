using DrAudit.Core.Packs.Html;
using DrAudit.Core.Tests.Packs;
using DrAudit.Core.Tests.Packs.Html;
using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Tests.Browser
{
    /// <summary>
    /// Opens the sample's report.html in headless Chromium over the DevTools protocol: no console error or exception,
    /// no request but the file itself, a screenshot that is not blank, and an A4 PDF. Skipped only when chromium is
    /// not installed and CI is not "true"; on CI a missing browser is a failure.
    /// </summary>
    public sealed class ReportBrowserTests : IDisposable
    {
        private static readonly TimeSpan Step = TimeSpan.FromSeconds(30);
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
            var fileUrl = new Uri(_folder.Combine(HtmlPackRenderer.ReportFile)).AbsoluteUri;

            using var browser = HeadlessChromium.Start(Step);
            using var devtools = new DevToolsSession();
            await devtools.ConnectAsync(browser.BrowserEndpoint, Step);
            var target = await devtools.SendAsync("Target.createTarget", new { url = "about:blank" }, Step);
            var attached = await devtools.SendAsync("Target.attachToTarget", new { targetId = (string)target["targetId"]!, flatten = true }, Step);
            var session = (string)attached["sessionId"]!;
            foreach (var domain in new[] { "Network", "Runtime", "Log", "Page" })
                await devtools.SendAsync(domain + ".enable", null, Step, session);

            await devtools.SendAsync("Page.navigate", new { url = fileUrl }, Step, session);
            await devtools.WaitForEventAsync("Page.loadEventFired", Step);
            await Task.Delay(500);

            var events = devtools.Events.Where(e => (string?)e["sessionId"] == session).ToList();
            var errors = events.Where(IsError).Select(e => e.ToString(Newtonsoft.Json.Formatting.None)).ToList();
            Assert.True(errors.Count == 0, "console errors or exceptions:\n" + string.Join("\n", errors));
            var requests = events.Where(e => (string?)e["method"] == "Network.requestWillBeSent").Select(e => (string)e["params"]!["request"]!["url"]!).ToList();
            Assert.Contains(fileUrl, requests);
            Assert.All(requests, url => Assert.True(url == fileUrl || url.StartsWith("data:", StringComparison.Ordinal), "unexpected request " + url));

            var shot = await devtools.SendAsync("Page.captureScreenshot", new { format = "png" }, Step, session);
            var image = PngImage.Decode(Convert.FromBase64String((string)shot["data"]!));
            Assert.True(image.Width > 100 && image.Height > 100);
            Assert.True(image.DistinctColours() > 20, "the screenshot has only " + image.DistinctColours() + " colours");
            Assert.True(image.InkShare() > 0.02, "the screenshot is almost blank");

            var pdf = await devtools.SendAsync("Page.printToPDF", new { paperWidth = 8.27, paperHeight = 11.69, printBackground = true, preferCSSPageSize = true }, TimeSpan.FromSeconds(60), session);
            var bytes = Convert.FromBase64String((string)pdf["data"]!);
            var head = System.Text.Encoding.ASCII.GetString(bytes, 0, 5);
            var tail = System.Text.Encoding.ASCII.GetString(bytes, Math.Max(0, bytes.Length - 32), Math.Min(32, bytes.Length));
            Assert.Equal("%PDF-", head);
            Assert.Contains("%%EOF", tail);
            Assert.True(bytes.Length > 20000, "the PDF is only " + bytes.Length + " bytes");
        }

        /// <summary>Opens a report, asserts no error and no request but the file, and returns how long the load took and
        /// where (in CSS pixels from the top) the element with <paramref name="elementId"/> starts.</summary>
        internal static async Task<(TimeSpan Load, double Top)> OpenAsync(string file, string elementId)
        {
            var fileUrl = new Uri(file).AbsoluteUri;
            using var browser = HeadlessChromium.Start(Step);
            using var devtools = new DevToolsSession();
            await devtools.ConnectAsync(browser.BrowserEndpoint, Step);
            var target = await devtools.SendAsync("Target.createTarget", new { url = "about:blank" }, Step);
            var attached = await devtools.SendAsync("Target.attachToTarget", new { targetId = (string)target["targetId"]!, flatten = true }, Step);
            var session = (string)attached["sessionId"]!;
            foreach (var domain in new[] { "Network", "Runtime", "Log", "Page" })
                await devtools.SendAsync(domain + ".enable", null, Step, session);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            await devtools.SendAsync("Page.navigate", new { url = fileUrl }, Step, session);
            await devtools.WaitForEventAsync("Page.loadEventFired", TimeSpan.FromSeconds(60));
            var load = clock.Elapsed;
            var events = devtools.Events.Where(e => (string?)e["sessionId"] == session).ToList();
            var errors = events.Where(IsError).Select(e => e.ToString(Newtonsoft.Json.Formatting.None)).ToList();
            Assert.True(errors.Count == 0, "console errors or exceptions:\n" + string.Join("\n", errors));
            var requests = events.Where(e => (string?)e["method"] == "Network.requestWillBeSent").Select(e => (string)e["params"]!["request"]!["url"]!).ToList();
            Assert.All(requests, url => Assert.True(url == fileUrl || url.StartsWith("data:", StringComparison.Ordinal), "unexpected request " + url));
            var top = await devtools.SendAsync("Runtime.evaluate",
                new { expression = "document.getElementById('" + elementId + "').getBoundingClientRect().top", returnByValue = true }, Step, session);
            return (load, (double)top["result"]!["value"]!);
        }

        [SkippableFact]
        public async Task An_incomplete_audit_says_so_at_the_top_of_the_first_page()
        {
            Skip.IfNot(HeadlessChromium.Required, "Chromium is not installed at " + HeadlessChromium.DefaultPath + " (and CI is not true).");
            var result = HtmlReports.Sample();
            result.Sources[0].Status = DrAudit.Core.Model.Result.SourceState.Failed;
            result.Sources[0].Error = "no credential: set VBR_USER and VBR_PASS or pass -Credential";
            result.Complete = false;
            new HtmlPackRenderer().Render(result, _folder.Path);

            var (_, top) = await OpenAsync(_folder.Combine(HtmlPackRenderer.ReportFile), "incomplete");

            Assert.InRange(top, 0, 600);
            Assert.DoesNotContain("VBR_USER", File.ReadAllText(_folder.Combine(HtmlPackRenderer.ReportFile)));
        }

        [SkippableFact]
        public async Task A_large_clients_report_opens_without_errors()
        {
            Skip.IfNot(HeadlessChromium.Required, "Chromium is not installed at " + HeadlessChromium.DefaultPath + " (and CI is not true).");
            new HtmlPackRenderer().Render(LargeReportResult.Build(), _folder.Path);

            var (_, top) = await OpenAsync(_folder.Combine(HtmlPackRenderer.ReportFile), "what-to-fix");

            Assert.InRange(top, 0, 800);
        }

        private static bool IsError(JObject e)
        {
            var method = (string?)e["method"];
            var p = e["params"];
            return method == "Runtime.exceptionThrown"
                || (method == "Runtime.consoleAPICalled" && ((string?)p?["type"] == "error" || (string?)p?["type"] == "assert"))
                || (method == "Log.entryAdded" && (string?)p?["entry"]?["level"] == "error")
                || method == "Network.loadingFailed";
        }
    }
}
