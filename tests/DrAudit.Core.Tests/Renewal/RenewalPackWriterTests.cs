using System.IO.Compression;
using DrAudit.Core.Hosting;
using DrAudit.Core.Model.Renewal;
using DrAudit.Core.Packs;
using DrAudit.Core.Packs.Html;
using DrAudit.Core.Renewal;
using DrAudit.Core.Storage;
using DrAudit.Core.Tests.Packs;
using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Tests.Renewal
{
    /// <summary>The renewal pack on disk: its files and manifest, HTML escaping of client text, what the client audience
    /// leaves out, the gap, tamper and rename shown in the report, and the Force rules.</summary>
    public sealed class RenewalPackWriterTests : IClassFixture<RenewalYear>, IDisposable
    {
        private readonly RenewalYear _year;
        private readonly RenewalReport _report;
        private readonly TempFolder _out = new TempFolder();

        public RenewalPackWriterTests(RenewalYear year)
        {
            _year = year;
            _report = RenewalReportBuilder.Build(new RenewalOptions { Client = RenewalYear.ClientId, PackRoot = year.Root, To = RenewalYear.To, Clock = () => RenewalYear.To },
                new SilentAuditHost());
        }

        public void Dispose() => _out.Dispose();

        private PackWriteResult Write(string name, PackWriteOptions? options = null) =>
            RenewalPackWriter.Write(_report, _out.Combine(name), options ?? new PackWriteOptions(), _year.Root, new SilentAuditHost());

        [Fact]
        public void The_pack_holds_json_html_and_workbook_listed_in_a_renewal_manifest_that_verifies()
        {
            var written = Write("renewal");
            Assert.True(written.Written);
            Assert.Equal(new[] { "renewal.html", "renewal.json", "renewal.xlsx" }, written.Files.Select(f => f.Path));
            var manifest = JObject.Parse(File.ReadAllText(Path.Combine(written.Path, PackManifest.FileName)));
            Assert.Equal(PackManifest.RenewalKind, (string?)manifest["kind"]);
            Assert.Equal(RenewalYear.ClientId, (string?)manifest["client"]);
            Assert.True(EvidencePackVerifier.Verify(written.Path).Intact);
            Assert.True(PackManifest.IsRenewalPack(written.Path));
            Assert.False(PackManifest.IsEvidencePack(written.Path));

            var json = RenewalJson.Deserialize(File.ReadAllText(Path.Combine(written.Path, RenewalJson.FileName)));
            Assert.Equal(_report.Months.Select(m => m.ManifestSha256), json.Months.Select(m => m.ManifestSha256));
            Assert.Equal(_report.RootCauses.Select(c => c.DaysOpen), json.RootCauses.Select(c => c.DaysOpen));
        }

        [Fact]
        public void Client_text_is_html_encoded_in_the_report()
        {
            var html = new RenewalHtmlRenderer(new HtmlReportOptions()).RenderHtml(_report);
            Assert.Contains("Acme Dental &amp; &lt;Group&gt;", html);
            Assert.DoesNotContain("<Group>", html);
            Assert.Contains("Old NAS &lt;cannot&gt; lock backups", html);
            Assert.DoesNotContain("<cannot>", html);
            Assert.StartsWith("<!DOCTYPE html>\n" + ReportSecurityPolicy.MetaTag, html);
        }

        [Fact]
        public void The_problems_tile_adds_up()
        {
            // "18 resolved / 5 problems found during the year, 14 still open" left the reader to guess where the other
            // 27 came from: the tile names the problems already open when the period began too.
            var html = DrAudit.Core.Tests.Packs.Html.HtmlReports.Parse(new RenewalHtmlRenderer(new HtmlReportOptions()).RenderHtml(_report));
            var tile = html.QuerySelector("[data-metric='causes-resolved']")!.ParentElement!.TextContent;
            var atStart = _report.RootCauses.Count(c => c.OpenAtStart);
            var found = _report.RootCauses.Count - atStart;
            var open = _report.RootCauses.Count(c => c.StillOpen);
            Assert.Contains((_report.RootCauses.Count - open) + " resolved", tile);
            Assert.Contains("of " + _report.RootCauses.Count + " problems: " + atStart + " already open when the period began and " + found + " found during it; " + open + " still open", tile);
        }

        [Fact]
        public void Times_are_written_to_the_minute_never_in_decimal_hours()
        {
            // "0.33 h" and "48 h" make the reader do arithmetic; "20 min" and "2 days" do not.
            var html = new RenewalHtmlRenderer(new HtmlReportOptions()).RenderHtml(_report);
            var text = DrAudit.Core.Tests.Packs.Html.HtmlReports.Parse(html).Body!.TextContent;
            var decimalHours = System.Text.RegularExpressions.Regex.Matches(text, @"\b\d+\.\d+ h\b").Select(m => m.Value).Distinct().ToList();
            Assert.True(decimalHours.Count == 0, "decimal hours in the renewal report: " + string.Join(", ", decimalHours));
            Assert.Matches(@"\b\d+ (h|min|days?)\b", text);
        }

        [Fact]
        public void The_report_shows_the_gap_the_tampered_pack_the_other_client_and_the_rename()
        {
            var html = new RenewalHtmlRenderer(new HtmlReportOptions()).RenderHtml(_report);
            Assert.Contains("data-month=\"2026-04\" data-state=\"No pack\"", html);
            Assert.Contains("data-month=\"2026-05\" data-state=\"Incomplete audit\"", html);
            Assert.Contains("data-month=\"2026-07\" data-state=\"Pack not usable\"", html);
            Assert.Contains("data-gap=\"2026-04\"", html);
            Assert.Contains("data-pack=\"2026-07-01\" data-state=\"Not used: changed after it was written\"", html);
            Assert.Contains("data-pack=\"2026-09-01.2\" data-state=\"Not used: another client\"", html);
            Assert.Contains("id=\"renamed\"", html);
            Assert.Contains("Formerly Acme Dental.", html);
            foreach (var pack in _report.Packs) Assert.Contains(pack.ManifestSha256, html);
        }

        [Fact]
        public void The_client_audience_sees_no_local_path_no_stable_key_and_no_file_level_detail_the_internal_one_does()
        {
            var client = new RenewalHtmlRenderer(new HtmlReportOptions(), new[] { _year.Root }).RenderHtml(_report);
            Assert.DoesNotContain(_year.Root, client);
            Assert.DoesNotContain(Path.GetTempPath().TrimEnd('/'), client);
            Assert.DoesNotContain("component/mail-01/no-backup", client);
            Assert.DoesNotContain("readiness.json: changed", client);
            var internalHtml = new RenewalHtmlRenderer(new HtmlReportOptions { Audience = ReportAudience.Internal }, new[] { _year.Root }).RenderHtml(_report);
            Assert.Contains("component/mail-01/no-backup", internalHtml);
            Assert.Contains("readiness.json: changed", internalHtml);
        }

        [Fact]
        public void The_workbook_traces_every_row_to_a_pack_hash_and_names_no_local_path()
        {
            var written = Write("workbook", new PackWriteOptions { Formats = PackFormat.Excel });
            Assert.Equal(new[] { "renewal.xlsx" }, written.Files.Select(f => f.Path));
            using var zip = ZipFile.OpenRead(Path.Combine(written.Path, "renewal.xlsx"));
            var strings = new StreamReader(zip.GetEntry("xl/sharedStrings.xml")!.Open()).ReadToEnd();
            Assert.Contains(_year.ManifestSha("2026-03-01"), strings);
            Assert.Contains("component/pm-db/out-of-date", strings);
            Assert.Contains("Acme Dental &amp; &lt;Group&gt;", strings);
            Assert.DoesNotContain(_year.Root, strings);
            var workbook = new StreamReader(zip.GetEntry("xl/workbook.xml")!.Open()).ReadToEnd();
            foreach (var sheet in new[] { "Months", "Root causes", "Testing", "Restore tests", "Exercises", "Approvals", "Budget", "Packs", "Notes" })
                Assert.Contains("name=\"" + sheet + "\"", workbook);
        }

        [Fact]
        public void The_workbook_says_kinds_states_and_intervals_in_the_words_of_the_report()
        {
            // The sheets showed the code's names ("FullService", "OpenRootCause", "TargetsApproval", "Incomplete") and
            // the definition's "180d" where the report says "Full service", "Fix", "Approval", "Incomplete audit", "180 days".
            var written = Write("workbook-words", new PackWriteOptions { Formats = PackFormat.Excel });
            using var zip = ZipFile.OpenRead(Path.Combine(written.Path, "renewal.xlsx"));
            var strings = System.Net.WebUtility.HtmlDecode(new StreamReader(zip.GetEntry("xl/sharedStrings.xml")!.Open()).ReadToEnd());
            foreach (var code in new[] { ">FullService<", ">OpenRootCause<", ">ExpiringCommitment<", ">TargetsApproval<", ">AccessAttestation<", ">DueInComingYear<", ">Incomplete<", ">NotUsable<", ">Tampered<" })
                Assert.DoesNotContain(code, strings);
            Assert.DoesNotMatch(@">\d+[dhm]<", strings);
            foreach (var words in new[] { ">Full service<", ">Fix<", ">Approval<", ">Incomplete audit<", ">Not used: changed after it was written<" })
                Assert.Contains(words, strings);
        }

        [Fact]
        public void An_overriding_template_folder_replaces_the_renewal_template()
        {
            var templates = _out.Combine("templates");
            Directory.CreateDirectory(templates);
            File.WriteAllText(Path.Combine(templates, RenewalHtmlRenderer.MainTemplate), "<!DOCTYPE html><html><body><h1>Custom {{ renewal.client_name }}</h1></body></html>");
            var html = new RenewalHtmlRenderer(new HtmlReportOptions { TemplatePath = templates }).RenderHtml(_report);
            Assert.Contains("<h1>Custom Acme Dental &amp; &lt;Group&gt;</h1>", html);
        }

        [Fact]
        public void An_existing_pack_is_replaced_only_with_force_and_never_an_evidence_pack_or_the_pack_root()
        {
            var first = Write("again");
            Assert.Throws<PackExistsException>(() => Write("again"));
            var replaced = Write("again", new PackWriteOptions { Force = true });
            Assert.True(replaced.Written);

            var evidencePack = Path.Combine(_year.ClientFolder, "2026-11-01");
            var before = File.ReadAllBytes(Path.Combine(evidencePack, PackManifest.FileName));
            Assert.Throws<FolderNotReplaceableException>(() =>
                RenewalPackWriter.Write(_report, evidencePack, new PackWriteOptions { Force = true }, _year.Root, new SilentAuditHost()));
            Assert.Equal(before, File.ReadAllBytes(Path.Combine(evidencePack, PackManifest.FileName)));
            Assert.Throws<FolderNotReplaceableException>(() =>
                RenewalPackWriter.Write(_report, _year.Root, new PackWriteOptions { Force = true }, _year.Root, new SilentAuditHost()));
            Assert.True(Directory.Exists(_year.ClientFolder));
        }

        [Fact]
        public void The_email_digest_format_is_refused_before_anything_is_written()
        {
            var error = Assert.Throws<PackFormatNotAvailableException>(() => Write("email", new PackWriteOptions { Formats = PackFormat.Html | PackFormat.Email }));
            Assert.Equal(PackFormat.Email, error.Format);
            Assert.False(Directory.Exists(_out.Combine("email")));
        }

        [Fact]
        public void WhatIf_writes_nothing()
        {
            var result = RenewalPackWriter.Write(_report, _out.Combine("whatif"), new PackWriteOptions(), _year.Root, new DecliningHost());
            Assert.False(result.Written);
            Assert.False(Directory.Exists(_out.Combine("whatif")));
        }

        private sealed class DecliningHost : IAuditHost
        {
            public void WriteVerbose(string message) { }
            public void WriteWarning(string message) { }
            public void WriteProgress(ProgressReport progress) { }
            public bool ShouldProcess(string target, string action) => false;
        }
    }
}
