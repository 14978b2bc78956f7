using AngleSharp.Html.Parser;
using DrAudit.Core.Packs;
using DrAudit.Core.Packs.Html;

namespace DrAudit.Core.Tests.Packs.Html
{
    /// <summary>A --template-path template cannot run without end, write without end, or weaken the report's
    /// Content-Security-Policy: the renderer bounds loops and output and sets the policy itself.</summary>
    public sealed class HostileTemplateTests : IDisposable
    {
        private readonly TempFolder _folder = new TempFolder();

        public void Dispose() => _folder.Dispose();

        private string Templates(string reportLiquid)
        {
            var folder = _folder.Combine("templates");
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "report.liquid"), reportLiquid);
            return folder;
        }

        [Fact]
        public void AHugeLoopIsAClearErrorAndNoPackIsWritten()
        {
            var options = new PackWriteOptions { Formats = PackFormat.Html | PackFormat.Json };
            options.Html.TemplatePath = Templates("{% for i in (1..1000000000) %}x{% endfor %}");
            var pack = _folder.Combine("pack");

            var e = Assert.Throws<HtmlTemplateException>(() => EvidencePackWriter.Write(PackResults.Scored(), pack, options, Core.Hosting.SilentAuditHost.Instance));

            Assert.Contains("limit", e.Message, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("report.liquid:1:", e.Message);
            Assert.False(Directory.Exists(pack));
            Assert.Equal(new[] { "templates" }, _folder.Entries());
        }

        [Fact]
        public void OutputBeyondTheLimitIsAClearError()
        {
            // Each loop stays under the iteration limit; together they print far more than the report may hold.
            var line = new string('x', 1000);
            var path = Templates("{% for i in (1..50000) %}{% for j in (1..50000) %}" + line + "{% endfor %}{% endfor %}");

            var e = Assert.Throws<HtmlTemplateException>(() => new HtmlPackRenderer(new HtmlReportOptions { TemplatePath = path }).RenderHtml(HtmlReports.Sample()));

            Assert.Contains("wrote more than", e.Message);
        }

        [Fact]
        public void ATemplateCannotWeakenTheContentSecurityPolicy()
        {
            var path = Templates(
                "<script>document.title = 'ran first'</script>\n" +
                "<!DOCTYPE html><html><head>\n" +
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src *; script-src 'unsafe-inline'\">\n" +
                "<META HTTP-EQUIV='content-security-policy' CONTENT=\"script-src *\">\n" +
                "<meta http-equiv=\"refresh\" content=\"0; url=https://evil.example/\">\n" +
                "</head><body><script>alert(1)</script><img src=\"https://tracker.example/x.png\"></body></html>");

            var html = new HtmlPackRenderer(new HtmlReportOptions { TemplatePath = path }).RenderHtml(HtmlReports.Sample());

            Assert.StartsWith("<!DOCTYPE html>\n" + ReportSecurityPolicy.MetaTag, html);
            var document = new HtmlParser().ParseDocument(html);
            var policies = document.QuerySelectorAll("meta")
                .Where(m => string.Equals(m.GetAttribute("http-equiv"), "Content-Security-Policy", StringComparison.OrdinalIgnoreCase))
                .Select(m => m.GetAttribute("content")).ToList();
            Assert.Equal(new[] { ReportSecurityPolicy.Policy }, policies);
            Assert.DoesNotContain("default-src *", html);
            Assert.DoesNotContain("evil.example", html);
            Assert.Contains("default-src 'none'", ReportSecurityPolicy.Policy);
        }

        [Fact]
        public void TheBuiltInReportCarriesTheRenderersPolicyOnce()
        {
            var html = new HtmlPackRenderer(new HtmlReportOptions()).RenderHtml(HtmlReports.Sample());

            Assert.StartsWith("<!DOCTYPE html>\n" + ReportSecurityPolicy.MetaTag, html);
            Assert.Equal(1, CountOf(html, "http-equiv=\"Content-Security-Policy\""));
        }

        private static int CountOf(string text, string part)
        {
            int count = 0, at = 0;
            while ((at = text.IndexOf(part, at, StringComparison.OrdinalIgnoreCase)) >= 0) { count++; at += part.Length; }
            return count;
        }
    }
}
