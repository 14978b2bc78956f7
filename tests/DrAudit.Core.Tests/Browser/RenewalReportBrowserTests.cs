using DrAudit.Core.Hosting;
using DrAudit.Core.Packs;
using DrAudit.Core.Renewal;
using DrAudit.Core.Tests.Packs;
using DrAudit.Core.Tests.Renewal;

namespace DrAudit.Core.Tests.Browser
{
    /// <summary>Opens the renewal report of the synthetic year in headless Chromium: no console error or exception, no
    /// request but the file itself, and the month table in place. Skipped only when Chromium is missing and CI is not "true".</summary>
    public sealed class RenewalReportBrowserTests : IClassFixture<RenewalYear>, IDisposable
    {
        private readonly RenewalYear _year;
        private readonly TempFolder _folder = new TempFolder();

        public RenewalReportBrowserTests(RenewalYear year) { _year = year; }

        public void Dispose() => _folder.Dispose();

        [SkippableFact]
        public async Task The_renewal_report_opens_offline_without_errors()
        {
            Skip.IfNot(HeadlessChromium.Required, "Chromium is not installed at " + HeadlessChromium.DefaultPath + " (and CI is not true).");
            var report = RenewalReportBuilder.Build(new RenewalOptions { Client = RenewalYear.ClientId, PackRoot = _year.Root, To = RenewalYear.To, Clock = () => RenewalYear.To },
                new SilentAuditHost());
            var written = RenewalPackWriter.Write(report, _folder.Combine("renewal"), new PackWriteOptions { Formats = PackFormat.Html }, _year.Root, new SilentAuditHost());

            var (_, top) = await ReportBrowserTests.OpenAsync(Path.Combine(written.Path, RenewalHtmlRenderer.FileName), "month-table");

            Assert.True(top > 0, "the month table is not laid out");
        }
    }
}
