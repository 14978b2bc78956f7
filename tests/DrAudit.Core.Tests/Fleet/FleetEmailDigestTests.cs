using DrAudit.Core.Fleet;
using DrAudit.Core.Packs;
using DrAudit.Core.Packs.Email;
using DrAudit.Core.Tests.Auditing;
using DrAudit.Core.Tests.Packs.Html;
using MimeKit;

namespace DrAudit.Core.Tests.Fleet
{
    /// <summary>A fleet run asked for the email format writes a digest in every client's pack, and the next month's
    /// digest leads with the comparison the fleet run made with the previous pack.</summary>
    public sealed class FleetEmailDigestTests : IDisposable
    {
        private readonly FleetFolder _fleet = new FleetFolder();

        public void Dispose() => _fleet.Dispose();

        private FleetRunResult Run(PackFormat formats = PackWriteOptions.DefaultFormats | PackFormat.Email) =>
            FleetAuditor.Run(new[] { _fleet.Clients },
                new FleetAuditOptions { OutputRoot = _fleet.Out, Clock = () => FleetFolder.GeneratedAt, Formats = formats,
                    Html = new DrAudit.Core.Packs.Html.HtmlReportOptions { Branding = new DrAudit.Core.Packs.Html.ReportBranding { MspName = "Northwind IT" } } },
                new RecordingAuditHost(), null, CancellationToken.None);

        [Fact]
        public void The_fleet_summary_holds_a_fleet_digest_that_leads_with_the_clients_that_changed()
        {
            _fleet.Healthy("alpha", name: "<b>Alpha & Co</b>");
            _fleet.Healthy("bravo");
            _fleet.SourceFailing("charlie");
            var first = Run();
            var firstDigest = HtmlReports.Parse(File.ReadAllText(Path.Combine(first.SummaryPack!, EmailPackRenderer.HtmlFile)));
            Assert.NotNull(firstDigest.GetElementById("no-comparison"));
            Assert.Contains("charlie", firstDigest.GetElementById("attention")!.TextContent);
            Assert.Contains("could not be read", firstDigest.GetElementById("attention")!.TextContent);

            _fleet.Healthy("alpha", name: "<b>Alpha & Co</b>", othersAttested: true, canModify: true);
            var second = Run();

            var message = MimeMessage.Load(Path.Combine(second.SummaryPack!, EmailPackRenderer.MessageFile));
            Assert.Equal("Northwind IT: fleet backup and recovery digest, November 2026", message.Subject);
            Assert.Empty(message.Attachments);
            Assert.NotNull(message.HtmlBody);
            var digest = HtmlReports.Parse(message.HtmlBody);
            Assert.Null(digest.GetElementById("no-comparison"));
            var changed = digest.GetElementById("changed")!;
            Assert.Contains("<b>Alpha & Co</b>", changed.TextContent);
            var alpha = second.Clients.Single(c => c.ClientId == "alpha");
            Assert.True(alpha.NewRootCauses > 0);
            Assert.Contains(alpha.NewRootCauses + " new", changed.TextContent);
            Assert.Contains(alpha.NewRootCauses + "</b> new problems", message.HtmlBody);
            Assert.DoesNotContain("bravo", changed.TextContent, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(4, digest.GetElementById("levels")!.QuerySelectorAll("td").Length);
            Assert.Empty(digest.QuerySelectorAll("a, img, svg, script, style, b > b, [class]"));
            Assert.Contains("&lt;b&gt;Alpha &amp; Co&lt;/b&gt;", message.HtmlBody);
            var manifest = File.ReadAllText(Path.Combine(second.SummaryPack!, PackManifest.FileName));
            Assert.Contains(EmailPackRenderer.MessageFile, manifest);
        }

        [Fact]
        public void Without_the_email_format_there_is_no_digest_anywhere()
        {
            _fleet.Healthy("alpha");
            var run = Run(PackWriteOptions.DefaultFormats);

            Assert.False(File.Exists(Path.Combine(run.SummaryPack!, EmailPackRenderer.MessageFile)));
            Assert.False(File.Exists(Path.Combine(_fleet.Out, run.Clients.Single().Pack!, EmailPackRenderer.MessageFile)));
        }

        [Fact]
        public void Every_client_pack_has_a_digest_and_the_second_month_says_what_changed()
        {
            _fleet.Healthy("alpha");
            _fleet.Healthy("bravo");
            var first = Run();
            foreach (var row in first.Clients)
            {
                var pack = Path.Combine(_fleet.Out, row.Pack!);
                Assert.True(File.Exists(Path.Combine(pack, EmailPackRenderer.MessageFile)), row.ClientId);
                Assert.NotNull(HtmlReports.Parse(File.ReadAllText(Path.Combine(pack, EmailPackRenderer.HtmlFile))).GetElementById("no-comparison"));
                Assert.True(EvidencePackVerifier.Verify(pack).Intact);
            }

            // alpha: E8-RB-05 now attested (its finding resolves), E8-RB-06 now attested false (a new finding).
            _fleet.Healthy("alpha", othersAttested: true, canModify: true);
            var second = Run();

            var alpha = Path.Combine(_fleet.Out, second.Clients.Single(c => c.ClientId == "alpha").Pack!);
            var message = MimeMessage.Load(Path.Combine(alpha, EmailPackRenderer.MessageFile));
            Assert.NotNull(message.HtmlBody);
            var digest = HtmlReports.Parse(message.HtmlBody);
            Assert.Null(digest.GetElementById("no-comparison"));
            var since = digest.GetElementById("since-last-month")!.TextContent;
            Assert.Contains("Compared with the audit of", since);
            Assert.Equal(File.ReadAllText(Path.Combine(alpha, EmailPackRenderer.HtmlFile)), message.HtmlBody);
        }
    }
}
