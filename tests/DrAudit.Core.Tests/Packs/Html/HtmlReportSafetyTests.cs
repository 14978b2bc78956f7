using System.Text.RegularExpressions;
using AngleSharp.Dom;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs.Html;

namespace DrAudit.Core.Tests.Packs.Html
{
    /// <summary>The report is self-contained and safe to open: a strict CSP, nothing external, no script, and
    /// client-supplied text (markup, quotes, formula prefixes, U+202E, very long names) rendered only as text.</summary>
    public sealed class HtmlReportSafetyTests
    {
        private static readonly Lazy<(ReadinessResult Result, string Text, IDocument Html)> HostileReport = new Lazy<(ReadinessResult, string, IDocument)>(() =>
        {
            var result = HtmlReports.Hostile();
            var text = new DrAudit.Core.Packs.Html.HtmlPackRenderer().RenderHtml(result);
            return (result, text, HtmlReports.Parse(text));
        });

        private static readonly Lazy<IDocument> SampleReport = new Lazy<IDocument>(() => HtmlReports.Render(HtmlReports.Sample()));

        public static IEnumerable<object[]> Reports() => new[] { new object[] { "sample" }, new object[] { "hostile" } };

        private static IDocument Report(string name) => name == "sample" ? SampleReport.Value : HostileReport.Value.Html;

        [Theory]
        [MemberData(nameof(Reports))]
        public void ContentSecurityPolicyForbidsEverythingExternal(string name)
        {
            var meta = Report(name).QuerySelectorAll("meta").SingleOrDefault(m => string.Equals(m.GetAttribute("http-equiv"), "Content-Security-Policy", StringComparison.OrdinalIgnoreCase));
            Assert.NotNull(meta);
            var policy = meta!.GetAttribute("content")!;
            Assert.Contains("default-src 'none'", policy);
            Assert.Contains("img-src data:", policy);
            Assert.DoesNotContain("script-src", policy);
            // The policy must come before anything it governs.
            Assert.Same(meta, Report(name).Head!.QuerySelectorAll("meta, style, link, img").First(e => e.LocalName != "meta" || e == meta));
        }

        [Theory]
        [MemberData(nameof(Reports))]
        public void NoElementReferencesAnythingOutsideTheFile(string name)
        {
            var doc = Report(name);
            Assert.Empty(doc.QuerySelectorAll("script, iframe, object, embed, link, base, form, frame, audio, video, source"));
            foreach (var element in doc.All)
                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), element.LocalName + " has an event handler attribute " + attribute.Name);
                    if (attribute.Name is "src" or "href" or "xlink:href" or "action" or "formaction" or "poster" or "srcset" or "background" or "data")
                        Assert.True(attribute.Value.StartsWith("#", StringComparison.Ordinal) || attribute.Value.StartsWith("data:", StringComparison.Ordinal),
                            element.LocalName + " " + attribute.Name + "=" + attribute.Value);
                    if (attribute.Name == "style" || attribute.Name == "fill") AssertNoExternalUrl(attribute.Value);
                }
            foreach (var style in doc.QuerySelectorAll("style")) AssertNoExternalUrl(style.TextContent);
        }

        private static void AssertNoExternalUrl(string css)
        {
            Assert.DoesNotContain("@import", css);
            foreach (Match m in Regex.Matches(css, @"url\(\s*['""]?([^'"")]*)"))
                Assert.True(m.Groups[1].Value.StartsWith("#", StringComparison.Ordinal) || m.Groups[1].Value.StartsWith("data:", StringComparison.Ordinal), "external url in CSS: " + m.Value);
        }

        [Fact]
        public void MarkupInNamesIsText()
        {
            var doc = HostileReport.Value.Html;
            Assert.Equal("<script>alert(1)</script>", doc.QuerySelector("h1")!.TextContent);
            Assert.Contains("<script>alert(1)</script>", doc.Title);
            Assert.Contains("Evil & Sons <b>MSP</b>", doc.QuerySelector(".brand")!.TextContent);
            Assert.DoesNotContain(doc.QuerySelectorAll("b"), b => b.TextContent == "MSP");
            Assert.Empty(doc.QuerySelectorAll("img:not(.logo)"));
            Assert.DoesNotContain("<script>alert", HostileReport.Value.Text);
            Assert.DoesNotContain("<img src=x", HostileReport.Value.Text);
            Assert.Contains("<img src=x onerror=alert(2)>", doc.QuerySelector("section[data-service='quotes']")!.TextContent);
            Assert.Contains("</td></tr></table><a href=\"https://evil.example/\">click</a>", doc.QuerySelector("section[data-service='quotes'] .facts")!.TextContent);
            Assert.Contains("<svg onload=alert(4)>", doc.QuerySelector("tr[data-source='onsite']")!.TextContent);
        }

        [Fact]
        public void QuotesCannotBreakOutOfAttributes()
        {
            var doc = HostileReport.Value.Html;
            var section = doc.QuerySelector("section[data-service='quotes']")!;
            Assert.Equal("\" onmouseover=\"x", section.QuerySelector("h2")!.TextContent);
            Assert.DoesNotContain(doc.All, e => e.HasAttribute("onmouseover"));
            // In the matrix header and the chart titles the name stays one attribute-safe text node.
            Assert.Contains(doc.QuerySelectorAll("th.m-service a"), a => a.TextContent == "\" onmouseover=\"x");
            Assert.Contains(doc.QuerySelectorAll("[data-chart='rpo'] title"), t => t.TextContent.StartsWith("\" onmouseover=\"x", StringComparison.Ordinal));
        }

        [Fact]
        public void FormulaPrefixesAreShownAsWritten()
        {
            var section = HostileReport.Value.Html.QuerySelector("section[data-service='quotes']")!;
            Assert.Contains("=cmd|' /C calc'!A0", section.QuerySelector("tr[data-component='db']")!.TextContent);
            Assert.Contains("@SUM(1+1)*cmd|' /C calc'!A0", section.QuerySelector(".facts")!.TextContent);
        }

        [Fact]
        public void RightToLeftOverrideIsShownAsACode()
        {
            Assert.DoesNotContain("\u202E", HostileReport.Value.Text, StringComparison.Ordinal);
            Assert.Contains("invoice[U+202E]fdp.exe", HostileReport.Value.Html.QuerySelector("tr[data-component='rtl']")!.TextContent);
        }

        [Fact]
        public void AVeryLongNameIsRenderedWhole()
        {
            var doc = HostileReport.Value.Html;
            Assert.Equal(HtmlReports.LongName, doc.QuerySelector("section[data-service='long'] h2")!.TextContent);
            // Chart labels are shortened to fit, with the whole name in the element's title.
            var label = doc.QuerySelector("[data-chart='rpo'] g.row[data-service='long'] .row-label")!.TextContent;
            Assert.True(label.Length <= DrAudit.Core.Packs.Html.ChartGeometry.ChartLabelLength);
            Assert.StartsWith(HtmlReports.LongName, doc.QuerySelector("[data-chart='rpo'] g.row[data-service='long'] title")!.TextContent);
        }

        [Fact]
        public void AFailedSourceIsReportedWithItsErrorOnlyToTheMspsEngineers()
        {
            var doc = HostileReport.Value.Html;
            var failed = HostileReport.Value.Result.Sources.Single(s => s.Status == SourceState.Failed);
            var row = doc.QuerySelector("tr[data-source='" + failed.Id + "']")!;
            Assert.Equal("failed", row.GetAttribute("data-status"));
            Assert.DoesNotContain(failed.Error!, doc.DocumentElement.OuterHtml);
            Assert.Contains("Could not be read", row.TextContent);
            Assert.Contains("1 failed", doc.QuerySelector("#summary")!.TextContent);

            var internalDoc = HtmlReports.Render(HostileReport.Value.Result, new HtmlReportOptions { Audience = ReportAudience.Internal });
            Assert.Contains(failed.Error!, internalDoc.QuerySelector("tr[data-source='" + failed.Id + "']")!.TextContent);
        }
    }
}
