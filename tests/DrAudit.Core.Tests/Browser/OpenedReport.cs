using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Tests.Browser
{
    /// <summary>A report.html loaded in its own headless Chromium over the DevTools protocol, with the page's events kept
    /// so a test can check for errors and requests, evaluate expressions in the page, and switch it to print media.</summary>
    public sealed class OpenedReport : IDisposable
    {
        public static readonly TimeSpan Step = TimeSpan.FromSeconds(60);
        private readonly HeadlessChromium _browser;
        private readonly DevToolsSession _devtools;
        private readonly string _session;

        private OpenedReport(HeadlessChromium browser, DevToolsSession devtools, string session, string fileUrl)
        {
            _browser = browser;
            _devtools = devtools;
            _session = session;
            FileUrl = fileUrl;
        }

        public string FileUrl { get; }

        public static async Task<OpenedReport> OpenAsync(string file)
        {
            var fileUrl = new Uri(file).AbsoluteUri;
            var browser = HeadlessChromium.Start(Step);
            var devtools = new DevToolsSession();
            try
            {
                await devtools.ConnectAsync(browser.BrowserEndpoint, Step);
                var target = await devtools.SendAsync("Target.createTarget", new { url = "about:blank" }, Step);
                var attached = await devtools.SendAsync("Target.attachToTarget", new { targetId = (string)target["targetId"]!, flatten = true }, Step);
                var session = (string)attached["sessionId"]!;
                foreach (var domain in new[] { "Network", "Runtime", "Log", "Page" })
                    await devtools.SendAsync(domain + ".enable", null, Step, session);
                await devtools.SendAsync("Page.navigate", new { url = fileUrl }, Step, session);
                await devtools.WaitForEventAsync("Page.loadEventFired", Step);
                return new OpenedReport(browser, devtools, session, fileUrl);
            }
            catch
            {
                devtools.Dispose();
                browser.Dispose();
                throw;
            }
        }

        private List<JObject> PageEvents() => _devtools.Events.Where(e => (string?)e["sessionId"] == _session).ToList();

        /// <summary>Console errors, exceptions and failed loads the page produced.</summary>
        public List<string> Errors() => PageEvents().Where(IsError).Select(e => e.ToString(Newtonsoft.Json.Formatting.None)).ToList();

        /// <summary>Every URL the page requested (the file itself included).</summary>
        public List<string> Requests() => PageEvents().Where(e => (string?)e["method"] == "Network.requestWillBeSent").Select(e => (string)e["params"]!["request"]!["url"]!).ToList();

        /// <summary>The value of a JavaScript expression evaluated in the page.</summary>
        public async Task<JToken> EvaluateAsync(string expression)
        {
            var reply = await _devtools.SendAsync("Runtime.evaluate", new { expression, returnByValue = true }, Step, _session);
            Assert.True(reply["exceptionDetails"] == null, "the expression threw: " + reply["exceptionDetails"]);
            return reply["result"]!["value"]!;
        }

        /// <summary>Lays the page out as it prints (CSS print media).</summary>
        public Task PrintMediaAsync() => _devtools.SendAsync("Emulation.setEmulatedMedia", new { media = "print" }, Step, _session);

        /// <summary>A PNG screenshot of the page as laid out now, as bytes.</summary>
        public async Task<byte[]> ScreenshotAsync()
        {
            var shot = await _devtools.SendAsync("Page.captureScreenshot", new { format = "png" }, Step, _session);
            return Convert.FromBase64String((string)shot["data"]!);
        }

        /// <summary>The page printed to an A4 PDF, as bytes.</summary>
        public async Task<byte[]> PrintA4Async()
        {
            var pdf = await _devtools.SendAsync("Page.printToPDF", new { paperWidth = 8.27, paperHeight = 11.69, printBackground = true, preferCSSPageSize = true }, TimeSpan.FromSeconds(120), _session);
            return Convert.FromBase64String((string)pdf["data"]!);
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

        public void Dispose()
        {
            _devtools.Dispose();
            _browser.Dispose();
        }
    }
}
