using DrAudit.Core.Packs;
using DrAudit.Core.Packs.Html;
using Scriban;

namespace DrAudit.Core.Tests.Packs.Html
{
    /// <summary>Built-in templates come from embedded resources; a template folder overrides them file by file;
    /// template errors name the file, line and column; only TrustedHtml is written unencoded.</summary>
    public sealed class HtmlTemplateTests : IDisposable
    {
        private readonly TempFolder _folder = new TempFolder();

        public void Dispose() => _folder.Dispose();

        [Fact]
        public void BuiltInTemplatesAreEmbeddedFromTheTemplatesFolder()
        {
            var templates = Directory.GetFiles(Path.Combine(HtmlReports.RepositoryRoot(), "templates")).Select(f => Path.GetFileName(f)!).OrderBy(n => n, StringComparer.Ordinal).ToList();
            Assert.Contains(ReportTemplates.MainTemplate, templates);
            Assert.Equal(templates, ReportTemplates.BuiltInNames);
            Assert.Equal(File.ReadAllText(Path.Combine(HtmlReports.RepositoryRoot(), "templates", "styles.css")), ReportTemplates.ReadBuiltIn("styles.css"));
        }

        [Fact]
        public void AnOverrideFolderReplacesOnlyTheFilesItHas()
        {
            File.WriteAllText(_folder.Combine("styles.css"), "body { color: rebeccapurple; } /* restyled */");
            var html = new HtmlPackRenderer(new HtmlReportOptions { TemplatePath = _folder.Path }).RenderHtml(HtmlReports.Sample());
            Assert.Contains("/* restyled */", html);
            Assert.DoesNotContain("DrAudit report styles", html);
            Assert.Contains("Executive summary", html);
        }

        [Fact]
        public void ASyntaxErrorNamesTheFileLineAndColumn()
        {
            File.WriteAllText(_folder.Combine("report.liquid"), "<p>ok</p>\n<p>{% if report.maturity_level %}</p>\n");
            var e = Assert.Throws<HtmlTemplateException>(() => new HtmlPackRenderer(new HtmlReportOptions { TemplatePath = _folder.Path }).RenderHtml(HtmlReports.Sample()));
            Assert.Contains(_folder.Combine("report.liquid") + ":2:", e.Message);
        }

        [Fact]
        public void ASyntaxErrorInAnIncludedTemplateNamesThatFile()
        {
            File.WriteAllText(_folder.Combine("findings.liquid"), "<section>\n\n  {{ report.findings | \n</section>\n");
            var e = Assert.Throws<HtmlTemplateException>(() => new HtmlPackRenderer(new HtmlReportOptions { TemplatePath = _folder.Path }).RenderHtml(HtmlReports.Sample()));
            Assert.Contains(_folder.Combine("findings.liquid") + ":", e.Message);
            Assert.Matches(@"findings\.liquid:\d+:\d+: ", e.Message);
        }

        [Fact]
        public void AMissingTemplateFolderIsAClearError()
        {
            var missing = _folder.Combine("nope");
            var e = Assert.Throws<HtmlTemplateException>(() => new HtmlPackRenderer(new HtmlReportOptions { TemplatePath = missing }).RenderHtml(HtmlReports.Sample()));
            Assert.Contains(missing, e.Message);
        }

        [Fact]
        public void EveryOutputIsEncodedExceptTrustedHtml()
        {
            var template = Template.ParseLiquid("<a title=\"{{ text }}\">{{ text }}</a>{{ trusted }}");
            var context = new HtmlEncodingTemplateContext(new ReportTemplates(null));
            var globals = new Scriban.Runtime.ScriptObject();
            globals.SetValue("text", "\"><script>'&", true);
            globals.SetValue("trusted", new TrustedHtml("<b>built by DrAudit</b>"), true);
            context.PushGlobal(globals);
            Assert.Equal("<a title=\"&quot;&gt;&lt;script&gt;&#39;&amp;\">&quot;&gt;&lt;script&gt;&#39;&amp;</a><b>built by DrAudit</b>", template.Render(context));
        }

        [Fact]
        public void AValueWithoutTextPrintsNothingAndTheFilterNeverSeesNull()
        {
            var template = Template.ParseLiquid("[{{ nothing }}][{{ text }}]");
            var seen = new List<string>();
            var context = new HtmlEncodingTemplateContext(new ReportTemplates(null)) { TextFilter = t => { seen.Add(t); return t; } };
            var globals = new Scriban.Runtime.ScriptObject();
            globals.SetValue("nothing", new NoText(), true);
            globals.SetValue("text", "<b>", true);
            context.PushGlobal(globals);
            Assert.Equal("[][&lt;b&gt;]", template.Render(context));
            Assert.Equal(new[] { "<b>" }, seen);
        }

        /// <summary>An object whose ToString() returns null, as a data type from a plugin or a library might.</summary>
        private sealed class NoText
        {
            public override string ToString() => null!;
        }

        [Fact]
        public void TheRendererWritesReportHtmlIntoThePackFolder()
        {
            var renderer = new HtmlPackRenderer();
            Assert.Equal(PackFormat.Html, renderer.Format);
            var written = renderer.Render(HtmlReports.Sample(), _folder.Path);
            Assert.Equal(new[] { HtmlPackRenderer.ReportFile }, written);
            Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(_folder.Combine(HtmlPackRenderer.ReportFile)).TrimStart());
        }
    }
}
