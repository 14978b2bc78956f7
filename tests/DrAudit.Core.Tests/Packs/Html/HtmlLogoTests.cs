using DrAudit.Core.Packs.Html;
using DrAudit.Core.Tests.Auditing;
using DrAudit.Core.Tests.Cli;

namespace DrAudit.Core.Tests.Packs.Html
{
    /// <summary>
    /// A logo is judged by its content, not its name: PNG, JPEG, GIF or drawing-only SVG from a regular file of at
    /// most 2 MB. Anything else (a text file named .png, a link to a secret, a device, an SVG with script) is refused
    /// as bad input before any source is collected, and its content is never echoed.
    /// </summary>
    public sealed class HtmlLogoTests : IDisposable
    {
        private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
        private static readonly byte[] Jpeg = { 0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00 };
        private static readonly byte[] Gif = System.Text.Encoding.ASCII.GetBytes("GIF89a\x01\x00\x01\x00");
        private const string Svg = "<?xml version=\"1.0\"?>\n<!-- logo -->\n<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" height=\"10\"><defs><linearGradient id=\"g\"/></defs><rect width=\"10\" height=\"10\" fill=\"url(#g)\"/><use xlink:href=\"#g\"/></svg>";
        private readonly TempFolder _folder = new TempFolder();

        public void Dispose() => _folder.Dispose();

        private string Write(string name, byte[] content)
        {
            var path = _folder.Combine(name);
            File.WriteAllBytes(path, content);
            return path;
        }

        private string Write(string name, string content) => Write(name, System.Text.Encoding.UTF8.GetBytes(content));

        [Theory]
        [InlineData("png", "logo.svg", "image/png")]
        [InlineData("jpeg", "logo.png", "image/jpeg")]
        [InlineData("gif", "logo", "image/gif")]
        [InlineData("svg", "logo.jpg", "image/svg+xml")]
        public void The_content_decides_the_image_type_not_the_name(string kind, string name, string mime)
        {
            var bytes = kind switch { "png" => Png, "jpeg" => Jpeg, "gif" => Gif, _ => System.Text.Encoding.UTF8.GetBytes(Svg) };
            var path = Write(name, bytes);

            var uri = new ReportBranding { LogoPath = path }.LogoDataUri();

            Assert.Equal("data:" + mime + ";base64," + Convert.ToBase64String(bytes), uri);
        }

        [Theory]
        [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "<script")]
        [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"></svg>", "onload=")]
        [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><p>x</p></foreignObject></svg>", "<foreignObject")]
        [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"https://tracker.example/p.png\"/></svg>", "href=\"")]
        [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect style=\"fill:url(https://x.example/a)\"/></svg>", "url(")]
        [InlineData("<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg>&x;</svg>", "")]
        public void An_svg_with_active_or_external_content_is_refused(string svg, string named)
        {
            var path = Write("logo.svg", svg);

            var e = Assert.Throws<InvalidDataException>(() => new ReportBranding { LogoPath = path }.LogoDataUri());

            Assert.Contains(named, e.Message);
        }

        [Fact]
        public void A_text_file_named_png_is_refused_without_echoing_it()
        {
            var path = Write("logo.png", "db_password=hunter2\n");

            var e = Assert.Throws<InvalidDataException>(() => new ReportBranding { LogoPath = path }.LogoDataUri());

            Assert.Contains("is not a PNG, JPEG, GIF or SVG image", e.Message);
            Assert.DoesNotContain("hunter2", e.Message);
        }

        [SkippableFact]
        public void A_logo_linked_to_a_secret_file_is_refused()
        {
            Skip.If(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
            var secret = Write("id_rsa", "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n");
            var link = _folder.Combine("logo.png");
            File.CreateSymbolicLink(link, secret);

            var e = Assert.Throws<InvalidDataException>(() => HtmlReportOptions.From(null, null, link, null, null));

            Assert.DoesNotContain("PRIVATE KEY", e.Message);
        }

        [SkippableFact]
        public void A_logo_linked_to_a_device_is_refused_without_reading_it()
        {
            Skip.If(OperatingSystem.IsWindows(), "/dev/zero is a Unix thing");
            var link = _folder.Combine("logo.png");
            File.CreateSymbolicLink(link, "/dev/zero");

            var e = Assert.Throws<InvalidDataException>(() => new ReportBranding { LogoPath = link }.LogoDataUri());

            Assert.Contains("not a regular file", e.Message);
        }

        [Fact]
        public void A_logo_over_2_mb_is_refused()
        {
            var big = new byte[2 * 1024 * 1024 + 1];
            Png.CopyTo(big, 0);
            var path = Write("logo.png", big);

            var e = Assert.Throws<InvalidDataException>(() => new ReportBranding { LogoPath = path }.LogoDataUri());

            Assert.Contains("at most 2 MB", e.Message);
        }

        [Fact]
        public void A_bad_logo_on_the_command_line_is_bad_input_found_before_any_source_is_collected()
        {
            var logo = Write("logo.png", "not an image");

            var run = CliRun.Of("audit", EngineFixtures.GoodClient, "--out", _folder.Combine("pack"), "--logo", logo);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("is not a PNG, JPEG, GIF or SVG image", run.Stderr);
            Assert.DoesNotContain("Collecting backup evidence", run.Stderr);
            Assert.False(Directory.Exists(_folder.Combine("pack")));
        }
    }
}
