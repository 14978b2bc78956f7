using System.Text;
using AngleSharp.Dom;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs;
using DrAudit.Core.Packs.Email;
using DrAudit.Core.Packs.Html;
using DrAudit.Core.Tests.Packs.Html;
using MimeKit;

namespace DrAudit.Core.Tests.Packs.Email
{
    /// <summary>The monthly email digest: summary.eml is a message an independent MIME parser (MimeKit) reads back to
    /// the same HTML; the HTML is link-, image-, script- and SVG-free with every style inline, bounded to one screen,
    /// what changed first, and client text stays text.</summary>
    public sealed class EmailPackRendererTests : IDisposable
    {
        private readonly TempFolder _folder = new TempFolder();

        public void Dispose() => _folder.Dispose();

        private (string Html, byte[] Eml) Render(ReadinessResult result, HtmlReportOptions? options = null)
        {
            var files = new EmailPackRenderer(options ?? new HtmlReportOptions()).Render(result, _folder.Path);
            Assert.Equal(new[] { EmailPackRenderer.HtmlFile, EmailPackRenderer.MessageFile }, files);
            return (File.ReadAllText(_folder.Combine(EmailPackRenderer.HtmlFile)), File.ReadAllBytes(_folder.Combine(EmailPackRenderer.MessageFile)));
        }

        private static MimeMessage Parse(byte[] eml) => MimeMessage.Load(new MemoryStream(eml));

        [Fact]
        public void The_eml_parses_back_to_the_html_with_date_subject_charset_and_no_attachment_or_addresses()
        {
            var result = HtmlReports.Sample();
            var (html, eml) = Render(result);

            var message = Parse(eml);
            Assert.Equal("Contoso Dental Group: backup and recovery digest, November 2026", message.Subject);
            Assert.Equal(result.GeneratedAt, message.Date);
            Assert.Equal(new Version(1, 0), message.MimeVersion);
            Assert.Equal("auto-generated", message.Headers["Auto-Submitted"]);
            var body = Assert.IsType<TextPart>(message.Body);
            Assert.True(body.IsHtml);
            Assert.Equal("utf-8", body.ContentType.Charset, ignoreCase: true);
            Assert.Equal(ContentEncoding.Base64, body.ContentTransferEncoding);
            Assert.Equal(html, body.Text);
            Assert.Equal(html, message.HtmlBody);
            Assert.Empty(message.Attachments);
            Assert.Empty(message.From);
            Assert.Empty(message.To);
        }

        [Fact]
        public void The_eml_is_ascii_with_crlf_lines_of_at_most_78_characters()
        {
            var (_, eml) = Render(HtmlReports.Hostile());

            Assert.All(eml, b => Assert.InRange(b, (byte)1, (byte)127));
            var text = Encoding.ASCII.GetString(eml);
            Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
            Assert.DoesNotContain("\r", text.Replace("\r\n", ""));
            Assert.All(text.Split("\r\n"), line => Assert.True(line.Length <= 78, "line of " + line.Length + ": " + line));
        }

        [Theory]
        [InlineData("Zahnarztpraxis Müller & Söhne")]
        [InlineData("歯科医院 東京 🦷")]
        [InlineData("Clinique dentaire de l'Étoile, Saint-Jean-de-Luz — cabinet principal et annexes")]
        public void A_name_that_is_not_ascii_is_an_encoded_word_subject_that_decodes_back(string name)
        {
            var result = HtmlReports.Sample();
            result.Client.Name = name;
            var (_, eml) = Render(result);

            var raw = Encoding.ASCII.GetString(eml);
            Assert.Contains("Subject: =?utf-8?B?", raw);
            Assert.All(raw.Split("\r\n"), line => Assert.True(line.Length <= 78, line));
            Assert.Equal(name + ": backup and recovery digest, November 2026", Parse(eml).Subject);
        }

        [Fact]
        public void A_client_name_with_line_breaks_cannot_add_a_header_and_a_long_one_is_cut()
        {
            var result = HtmlReports.Sample();
            result.Client.Name = "Evil Corp\r\nBcc: everyone@example.com\r\n\r\n<b>body</b>";
            var message = Parse(Render(result).Eml);
            Assert.Empty(message.Bcc);
            Assert.Null(message.Headers["Bcc"]);
            Assert.StartsWith("Evil Corp Bcc: everyone@example.com <b>body</b>:", message.Subject);

            result.Client.Name = HtmlReports.LongName;
            var subject = Parse(Render(result).Eml).Subject;
            Assert.NotNull(subject);
            Assert.Equal(EmailMessage.MaxSubjectChars, subject.Length);
            Assert.EndsWith("\u2026", subject);
        }

        [Fact]
        public void The_html_has_no_link_image_script_svg_or_style_sheet_and_every_style_is_inline()
        {
            var (html, _) = Render(EmailDigests.Compared());
            var document = HtmlReports.Parse(html);

            foreach (var tag in new[] { "a", "img", "svg", "script", "style", "link", "iframe", "form", "object" })
                Assert.Empty(document.QuerySelectorAll(tag));
            Assert.DoesNotContain("href", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
            // Nothing is styled from <head> or by class: what a mail client keeps is what the reader sees.
            Assert.Empty(document.QuerySelectorAll("[class]"));
            Assert.Empty(document.Head!.QuerySelectorAll("style, link"));
            foreach (var id in new[] { "digest", "since-last-month", "where-things-stand", "what-to-fix", "maturity-level", "services-ready" })
                Assert.False(string.IsNullOrEmpty(document.GetElementById(id)?.GetAttribute("style")), id + " has no inline style");
        }

        [Fact]
        public void What_changed_comes_first_with_new_and_resolved_causes_listed_up_to_the_limit_and_the_rest_counted()
        {
            var result = EmailDigests.Compared();
            var document = HtmlReports.Parse(Render(result).Html);

            var order = document.QuerySelectorAll("#since-last-month, #where-things-stand, #what-to-fix").Select(e => e.Id).ToList();
            Assert.Equal(new[] { "since-last-month", "where-things-stand", "what-to-fix" }, order);
            var since = document.GetElementById("since-last-month")!;
            Assert.Null(document.GetElementById("no-comparison"));
            Assert.Contains("1 \u2192 0", Text(document.GetElementById("maturity-change")!));
            Assert.Contains("down 1", since.TextContent);
            var causes = Text(document.GetElementById("cause-changes")!);
            Assert.Contains(EmailDigests.NewCauses + " new problems, " + EmailDigests.ResolvedCauses + " resolved, " +
                result.SinceLastAudit!.StillOpenRootCauses + " still open", causes);
            Assert.Equal(EmailDigests.NewCauses, since.QuerySelectorAll("tr").Count(r => r.TextContent.Contains("NEW")));
            Assert.Equal(DigestViewBuilder.MaxChanges, since.QuerySelectorAll("tr").Count(r => r.TextContent.Contains("RESOLVED")));
            Assert.Contains("and " + (EmailDigests.ResolvedCauses - DigestViewBuilder.MaxChanges) + " more resolved", since.TextContent);
            foreach (var cause in result.SinceLastAudit.RootCauses.Where(c => c.Change == DrAudit.Core.Comparison.FindingChangeKind.New))
                Assert.Contains(cause.Title, since.TextContent);
        }

        [Fact]
        public void Without_an_earlier_audit_the_digest_says_there_is_nothing_to_compare_yet()
        {
            var document = HtmlReports.Parse(Render(HtmlReports.Sample()).Html);

            Assert.Contains("no earlier audit to compare with", document.GetElementById("no-comparison")!.TextContent);
            Assert.Null(document.GetElementById("cause-changes"));
        }

        [Fact]
        public void The_digest_names_its_headline_figures_as_the_report_does()
        {
            // The digest said "Services ready for a disaster" for the figure the report calls "Services recoverable within targets".
            var result = HtmlReports.Sample();
            var digest = HtmlReports.Parse(Render(result).Html).Body!.TextContent;
            var report = HtmlReports.Render(result).Body!.TextContent;
            foreach (var term in new[] { "Services recoverable within targets", "Essential Eight" })
            {
                Assert.Contains(term, digest);
                Assert.Contains(term, report);
            }
            Assert.DoesNotContain("ready for a disaster", digest);
            // "Maturity level 0 of 3" alone does not say of what: the digest names the framework as the report does.
            Assert.Contains("Essential Eight maturity level (backups)", digest);
        }

        [Fact]
        public void The_digest_is_one_screen_whatever_the_size_of_the_client()
        {
            var large = LargeReportResult.Build();
            Assert.True(large.RootCauses.Count > DigestViewBuilder.MaxRootCauses);
            var (html, _) = Render(large);
            var document = HtmlReports.Parse(html);

            var fix = document.GetElementById("what-to-fix")!;
            Assert.Equal(DigestViewBuilder.MaxRootCauses, fix.QuerySelectorAll("tr").Count(r => r.Id != "more-causes" && r.QuerySelector("#more-causes") == null));
            // Counted as the report's "What to fix" lists them (repeated causes drawn as one item).
            var items = new ReportViewBuilder(large).Build(new ReportBranding()).RootCauses.Count;
            Assert.True(items > DigestViewBuilder.MaxRootCauses);
            Assert.Equal("and " + (items - DigestViewBuilder.MaxRootCauses) + " more in the full report", Text(document.GetElementById("more-causes")!));
            Assert.True(html.Length < 24_000, "the digest is " + html.Length + " characters");
        }

        [Fact]
        public void The_headline_figures_are_the_results()
        {
            var result = HtmlReports.Sample();
            var document = HtmlReports.Parse(Render(result).Html);

            Assert.Equal(result.Client.Name, Text(document.GetElementById("client-name")!));
            Assert.Equal(result.EssentialEight.MaturityLevel + " of 3", Text(document.GetElementById("maturity-level")!));
            Assert.Equal(result.DrReadiness.ServicesReady + " of " + result.DrReadiness.ServicesTotal, Text(document.GetElementById("services-ready")!));
            var fix = document.GetElementById("what-to-fix")!.TextContent;
            foreach (var cause in result.RootCauses.Take(DigestViewBuilder.MaxRootCauses)) Assert.Contains(cause.Title, fix);
            Assert.DoesNotContain(result.RootCauses[DigestViewBuilder.MaxRootCauses].Title, fix);
        }

        [Fact]
        public void An_incomplete_audit_says_so_first_without_the_engineers_reason()
        {
            var result = HtmlReports.Sample();
            result.Sources[0].Status = SourceState.Failed;
            result.Sources[0].Error = "no credential: set VBR_USER and VBR_PASS or pass -Credential";
            result.Complete = false;
            var (html, _) = Render(result);
            var document = HtmlReports.Parse(html);

            var incomplete = document.GetElementById("incomplete")!;
            Assert.Contains("The Veeam backup server could not be read", incomplete.TextContent);
            Assert.True(incomplete.CompareDocumentPosition(document.GetElementById("since-last-month")!).HasFlag(DocumentPositions.Following));
            Assert.DoesNotContain("VBR_USER", html);
            Assert.DoesNotContain(result.Sources[0].Id, html);
        }

        [Fact]
        public void Hostile_client_text_is_text()
        {
            var result = HtmlReports.Hostile();
            var (html, eml) = Render(result);
            var document = HtmlReports.Parse(html);

            Assert.Equal("<script>alert(1)</script>", Text(document.GetElementById("client-name")!));
            Assert.Empty(document.QuerySelectorAll("script"));
            Assert.DoesNotContain("<script>alert", html);
            var body = Assert.IsType<TextPart>(Parse(eml).Body);
            Assert.Equal(html, body.Text);
        }

        [Fact]
        public void For_the_client_no_local_path_and_hosts_are_redacted_when_asked()
        {
            var result = HtmlReports.Sample();
            var root = Path.GetDirectoryName(HtmlReports.SamplePath)!;
            result.Client.Name = "Contoso (vbr01.contoso.local)";
            result.RootCauses[0].Title = "The backup server vbr01.contoso.local at 10.0.4.21 keeps its catalogue in " + Path.Combine(root, "catalogue.db");
            var plain = Render(result).Html;
            Assert.DoesNotContain(root, plain);
            Assert.Contains("./catalogue.db", plain);
            Assert.Contains("vbr01.contoso.local", plain);

            var redacted = Render(result, new HtmlReportOptions { RedactHosts = true });
            Assert.DoesNotContain("vbr01", redacted.Html);
            Assert.DoesNotContain("10.0.4.21", redacted.Html);
            Assert.Contains(HostNames.HostMark, redacted.Html);
            Assert.Equal("Contoso ([host]): backup and recovery digest, November 2026", Parse(redacted.Eml).Subject);
        }

        [Fact]
        public void The_branding_colour_and_msp_name_are_used_and_a_template_override_replaces_the_digest()
        {
            var result = HtmlReports.Sample();
            var options = new HtmlReportOptions { Branding = new ReportBranding { MspName = "Tailspin <IT>", AccentColor = "#aa3300" } };
            var html = Render(result, options).Html;
            Assert.Contains("background-color:#aa3300", html);
            Assert.Contains("Tailspin &lt;IT&gt;", html);

            var templates = _folder.Combine("templates");
            Directory.CreateDirectory(templates);
            File.WriteAllText(Path.Combine(templates, EmailPackRenderer.Template), "<!DOCTYPE html><html><body><p id=\"mine\">{{ digest.client_name }} at level {{ digest.maturity_level }}</p></body></html>");
            var overridden = HtmlReports.Parse(Render(result, new HtmlReportOptions { TemplatePath = templates }).Html);
            Assert.Equal("Contoso Dental Group at level 0", overridden.GetElementById("mine")!.TextContent);
        }

        [Theory]
        [InlineData("<a href=\"https://example.com/\">more</a>")]
        [InlineData("<img src=\"https://tracker.example.com/p.gif\">")]
        [InlineData("<script>alert(1)</script>")]
        [InlineData("<div style=\"background:url(https://x.example/a.png)\"></div>")]
        public void A_template_that_adds_a_link_or_remote_load_is_refused_and_nothing_is_written(string markup)
        {
            var templates = _folder.Combine("templates");
            Directory.CreateDirectory(templates);
            File.WriteAllText(Path.Combine(templates, EmailPackRenderer.Template), "<html><body>" + markup + "</body></html>");
            var output = _folder.Combine("out");
            Directory.CreateDirectory(output);

            var e = Assert.Throws<HtmlTemplateException>(() => new EmailPackRenderer(new HtmlReportOptions { TemplatePath = templates }).Render(HtmlReports.Sample(), output));

            Assert.Contains("safe to forward", e.Message);
            Assert.Empty(Directory.GetFiles(output));
        }

        [Fact]
        public void A_pack_holds_the_digest_only_when_asked_and_lists_it_in_the_manifest()
        {
            var result = HtmlReports.Sample();
            var asked = EvidencePackWriter.Write(result, _folder.Combine("with"), new PackWriteOptions { Formats = PackFormat.Json | PackFormat.Email }, new Hosting.SilentAuditHost());
            var manifest = File.ReadAllText(Path.Combine(asked.Path, "manifest.json"));
            Assert.Contains("\"" + EmailPackRenderer.MessageFile + "\"", manifest);
            Assert.Contains("\"" + EmailPackRenderer.HtmlFile + "\"", manifest);
            Assert.True(EvidencePackVerifier.Verify(asked.Path).Intact);

            var byDefault = EvidencePackWriter.Write(result, _folder.Combine("default"), new PackWriteOptions(), new Hosting.SilentAuditHost());
            Assert.False(File.Exists(Path.Combine(byDefault.Path, EmailPackRenderer.MessageFile)));
            Assert.False(File.Exists(Path.Combine(byDefault.Path, EmailPackRenderer.HtmlFile)));
        }

        private static string Text(IElement element) => string.Join(" ", element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
