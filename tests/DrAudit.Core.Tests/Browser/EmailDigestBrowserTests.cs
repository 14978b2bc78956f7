using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using DrAudit.Core.Packs.Email;
using DrAudit.Core.Packs.Html;
using DrAudit.Core.Tests.Packs;
using DrAudit.Core.Tests.Packs.Email;

namespace DrAudit.Core.Tests.Browser
{
    /// <summary>The email digest as a mail client that strips &lt;head&gt; (and with it any style sheet) shows it: opened in
    /// headless Chromium with the head removed, the inline styles still lay it out, the key figures are on the first
    /// screen, and the whole digest fits one screen. Skipped only when Chromium is missing and CI is not "true".</summary>
    public sealed class EmailDigestBrowserTests : IDisposable
    {
        private readonly TempFolder _folder = new TempFolder();

        public void Dispose() => _folder.Dispose();

        [SkippableFact]
        public async Task The_digest_without_its_head_shows_the_key_figures_styled_on_one_screen()
        {
            Skip.IfNot(HeadlessChromium.Required, "Chromium is not installed at " + HeadlessChromium.DefaultPath + " (and CI is not true).");
            var result = EmailDigests.Compared();
            var options = new HtmlReportOptions { Branding = new ReportBranding { MspName = "Northwind IT Services", AccentColor = "#aa3300" } };
            new EmailPackRenderer(options).Render(result, _folder.Path);
            var html = File.ReadAllText(_folder.Combine(EmailPackRenderer.HtmlFile));
            // What Gmail does: <head> and every <style> gone.
            var stripped = Regex.Replace(html, @"<head\b.*?</head>", "", RegexOptions.Singleline | RegexOptions.IgnoreCase);
            stripped = Regex.Replace(stripped, @"<style\b.*?</style>", "", RegexOptions.Singleline | RegexOptions.IgnoreCase);
            Assert.DoesNotContain("<head", stripped, StringComparison.OrdinalIgnoreCase);
            var file = _folder.Combine("stripped.html");
            File.WriteAllText(file, stripped);

            using var page = await OpenedReport.OpenAsync(file);
            await Task.Delay(300);
            Assert.Empty(page.Errors());
            Assert.All(page.Requests(), url => Assert.Equal(page.FileUrl, url));
            var values = new List<JToken>();
            foreach (var expression in new[]
                     {
                         "document.body.innerText",
                         "getComputedStyle(document.getElementById('client-name').parentElement).backgroundColor",
                         "document.getElementById('digest').getBoundingClientRect().width",
                         "document.documentElement.scrollHeight",
                         "document.getElementById('maturity-level').getBoundingClientRect().bottom",
                         "document.getElementById('since-last-month').getBoundingClientRect().top",
                         "getComputedStyle(document.getElementById('maturity-level')).fontWeight",
                     })
                values.Add(await page.EvaluateAsync(expression));

            var text = (string)values[0]!;
            Assert.Contains(result.Client.Name, text);
            Assert.Contains("Since last month", text);
            Assert.Contains("1 \u2192 0", text);
            Assert.Contains(result.DrReadiness.ServicesReady + " of " + result.DrReadiness.ServicesTotal, text);
            Assert.Contains(result.RootCauses[0].Title, text);
            Assert.Equal("rgb(170, 51, 0)", (string)values[1]!);
            Assert.InRange((double)values[2]!, 500, 600);
            // One screen: the whole digest within 1,200 CSS pixels, its headline figures within the first 700.
            Assert.InRange((double)values[3]!, 300, 1200);
            Assert.InRange((double)values[4]!, 100, 700);
            Assert.InRange((double)values[5]!, 50, 250);
            Assert.Equal("700", (string)values[6]!);
        }
    }
}
