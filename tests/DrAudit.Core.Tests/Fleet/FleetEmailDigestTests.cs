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

        private FleetRunResult Run() =>
            FleetAuditor.Run(new[] { _fleet.Clients },
                new FleetAuditOptions { OutputRoot = _fleet.Out, Clock = () => FleetFolder.GeneratedAt, Formats = PackWriteOptions.DefaultFormats | PackFormat.Email },
                new RecordingAuditHost(), null, CancellationToken.None);

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
            var digest = HtmlReports.Parse(message.HtmlBody);
            Assert.Null(digest.GetElementById("no-comparison"));
            var since = digest.GetElementById("since-last-month")!.TextContent;
            Assert.Contains("Compared with the audit of", since);
            Assert.Equal(File.ReadAllText(Path.Combine(alpha, EmailPackRenderer.HtmlFile)), message.HtmlBody);
        }
    }
}
