using DrAudit.Core.Packs.Html;

namespace DrAudit.Core.Tests.Packs.Html
{
    /// <summary>The MSP's name, logo (as a data URI) and accent colour, from options or a branding file.</summary>
    public sealed class HtmlBrandingTests : IDisposable
    {
        private const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\" fill=\"#0a0\"/></svg>";
        private readonly TempFolder _folder = new TempFolder();

        public void Dispose() => _folder.Dispose();

        [Fact]
        public void ABrandingFileSetsNameLogoColourAndTemplates()
        {
            File.WriteAllText(_folder.Combine("logo.svg"), Svg);
            Directory.CreateDirectory(_folder.Combine("tpl"));
            File.WriteAllText(_folder.Combine("branding.yaml"), "mspName: Contoso Managed <IT>\nlogo: logo.svg\naccentColor: \"#AA3300\"\ntemplatePath: tpl\n");
            var options = HtmlReportOptions.FromBrandingFile(_folder.Combine("branding.yaml"));
            Assert.Equal("Contoso Managed <IT>", options.Branding.MspName);
            Assert.Equal("#aa3300", options.Branding.AccentColor);
            Assert.Equal(_folder.Combine("tpl"), options.TemplatePath);

            var doc = HtmlReports.Render(HtmlReports.Sample(), options);
            Assert.Equal("Contoso Managed <IT>", doc.QuerySelector(".brand .msp")!.TextContent);
            var logo = doc.QuerySelector("img.logo")!.GetAttribute("src")!;
            Assert.Equal("data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(Svg)), logo);
            Assert.Contains("--accent: #aa3300;", doc.QuerySelector("style")!.TextContent);
        }

        [Fact]
        public void JsonBrandingFilesAreReadToo()
        {
            File.WriteAllText(_folder.Combine("branding.json"), "{ \"mspName\": \"Northwind\", \"accentColor\": \"#112233\" }");
            var options = HtmlReportOptions.FromBrandingFile(_folder.Combine("branding.json"));
            Assert.Equal("Northwind", options.Branding.MspName);
            Assert.Equal("#112233", options.Branding.AccentColor);
        }

        [Theory]
        [InlineData("accentColor: red\n", "accentColor")]
        [InlineData("accentColor: \"#12345\"\n", "#rrggbb")]
        [InlineData("colour: \"#123456\"\n", "unknown key 'colour'")]
        [InlineData("logo: missing.png\n", "does not exist")]
        [InlineData("mspName: \"Acme\" *x\n", "key without a value")]
        public void ABadBrandingFileNamesTheProblem(string yaml, string expected)
        {
            File.WriteAllText(_folder.Combine("branding.yaml"), yaml);
            var e = Assert.Throws<InvalidDataException>(() => HtmlReportOptions.FromBrandingFile(_folder.Combine("branding.yaml")));
            Assert.Contains(_folder.Combine("branding.yaml") + ":1:", e.Message);
            Assert.Contains(expected, e.Message);
        }

        [Fact]
        public void AnAccentColourMustBeHex()
        {
            Assert.Throws<ArgumentException>(() => new ReportBranding { AccentColor = "red;} body{background:url(https://x)" });
        }

        [Fact]
        public void ALogoMustBeAnImageFile()
        {
            File.WriteAllText(_folder.Combine("logo.html"), "<script></script>");
            Assert.Throws<InvalidDataException>(() => new ReportBranding { LogoPath = _folder.Combine("logo.html") }.LogoDataUri());
            Assert.Throws<FileNotFoundException>(() => new ReportBranding { LogoPath = _folder.Combine("missing.png") }.LogoDataUri());
        }
    }
}
