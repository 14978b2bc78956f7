using System.IO.Compression;
using System.Text;
using DrAudit.Core.Auditing;
using DrAudit.Core.Hosting;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs;
using DrAudit.Core.Packs.Html;
using DrAudit.Core.Tests.Packs.Html;

namespace DrAudit.Core.Tests.Packs
{
    /// <summary>The sample with both sources down (Veeam without a credential, Microsoft 365 from a capture folder that
    /// is not there), audited from a copy in a temporary folder: the pack is honest about what is missing, and no
    /// client-facing file names a path of the auditing machine or tells the client what to set.</summary>
    public sealed class IncompleteAuditPackTests : IDisposable
    {
        private readonly TempFolder _temp = new TempFolder();
        private readonly ReadinessResult _result;

        public IncompleteAuditPackTests()
        {
            _result = IncompleteSample.Audit(_temp);
        }

        public void Dispose() => _temp.Dispose();

        private string Pack(PackWriteOptions options)
        {
            var pack = _temp.Combine("pack-" + Guid.NewGuid().ToString("N"));
            EvidencePackWriter.Write(_result, pack, options, SilentAuditHost.Instance);
            return pack;
        }

        /// <summary>Every text part of the workbook (it is a zip of XML files).</summary>
        private static string WorkbookText(string path)
        {
            using var zip = ZipFile.OpenRead(path);
            var text = new StringBuilder();
            foreach (var entry in zip.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                text.Append(reader.ReadToEnd());
            }
            return System.Net.WebUtility.HtmlDecode(text.ToString());
        }

        [Fact]
        public void The_result_is_incomplete_and_each_dead_source_is_one_root_cause()
        {
            Assert.False(_result.Complete);
            Assert.Contains(_result.RootCauses, c => c.Key == "source/veeam-main/unreadable");
            Assert.True(_result.RootCauses.Count < _result.Findings.Count / 2, $"{_result.RootCauses.Count} root causes for {_result.Findings.Count} findings");
            var noVisibility = _result.Findings.Where(f => f.Outcome == Outcome.NoVisibility).Select(f => f.Key).ToList();
            var bySource = _result.RootCauses.Where(c => c.Key.StartsWith("source/", StringComparison.Ordinal)).SelectMany(c => c.Findings).ToHashSet();
            Assert.All(noVisibility.Where(k => !k.StartsWith("E8-RB-0", StringComparison.Ordinal) || k.Contains('/')), k => Assert.Contains(k, bySource));
        }

        [Fact]
        public void The_first_page_says_the_audit_is_incomplete_and_what_evidence_is_missing()
        {
            var html = HtmlReports.Parse(File.ReadAllText(Path.Combine(Pack(new PackWriteOptions()), HtmlPackRenderer.ReportFile)));

            Assert.Equal("false", html.Body!.GetAttribute("data-complete"));
            var main = html.QuerySelector("main")!;
            var first = main.Children[0];
            Assert.Equal("incomplete", first.Id);
            Assert.Contains("This audit is incomplete", first.TextContent);
            Assert.Contains("The Veeam backup server 'veeam-main' could not be read", first.TextContent);
            Assert.Contains("Microsoft 365 Backup 'm365-backup' could not be read", first.TextContent);
            Assert.Equal("what-to-fix", main.Children[1].Id);
            Assert.Contains(html.QuerySelectorAll("li.cause"), li => li.GetAttribute("data-cause") == "source/veeam-main/unreadable");
            // A source that could not be read reports no system name: the table says so instead of leaving a blank.
            Assert.Contains("not known: the source could not be read", html.QuerySelector("table.sources tr[data-source='veeam-main']")!.TextContent);
        }

        [Fact]
        public void No_client_facing_file_names_a_local_path_or_tells_the_client_what_to_set()
        {
            var pack = Pack(new PackWriteOptions());
            var report = File.ReadAllText(Path.Combine(pack, HtmlPackRenderer.ReportFile));
            var workbook = WorkbookText(Path.Combine(pack, "evidence.xlsx"));
            var temp = _temp.Path.TrimEnd('/', '\\');

            foreach (var (name, text) in new[] { ("report.html", report), ("evidence.xlsx", workbook) })
            {
                Assert.False(text.Contains(temp, StringComparison.OrdinalIgnoreCase), name + " names the audit's temporary folder");
                Assert.False(text.Contains(temp.Replace('\\', '/'), StringComparison.OrdinalIgnoreCase), name + " names the audit's temporary folder");
                Assert.False(text.Contains(Path.GetTempPath().TrimEnd('/', '\\'), StringComparison.OrdinalIgnoreCase), name + " names the machine's temporary folder");
            }
            foreach (var instruction in new[] { "passwordEnv", "-Credential", "credential:", "access.attested", "client.yaml:", "asOf" })
                Assert.DoesNotContain(instruction, HtmlReports.Parse(report).Body!.TextContent);
            // The client's workbook says the evidence is missing, not why or what to set.
            foreach (var instruction in new[] { "passwordEnv", "-Credential", "VBR_PASS", "m365-capture-missing" })
                Assert.DoesNotContain(instruction, workbook);
            Assert.Contains(SourceErrorText.EvidenceMissing, workbook);
            Assert.Contains("Root causes", workbook);
        }

        [Fact]
        public void The_internal_workbook_tells_the_engineer_why_each_source_failed()
        {
            var options = new PackWriteOptions { Formats = PackFormat.Excel };
            options.Html.Audience = ReportAudience.Internal;
            var workbook = WorkbookText(Path.Combine(Pack(options), "evidence.xlsx"));
            // The Sources sheet keeps each source's error (paths relative to the client folder).
            Assert.Contains("m365-capture-missing", workbook);
            Assert.DoesNotContain(SourceErrorText.EvidenceMissing, workbook);
        }

        [Fact]
        public void The_internal_report_keeps_the_reasons_and_hosts_can_be_redacted()
        {
            var options = new PackWriteOptions { Formats = PackFormat.Html };
            options.Html.Audience = ReportAudience.Internal;
            var internalReport = File.ReadAllText(Path.Combine(Pack(options), HtmlPackRenderer.ReportFile));
            Assert.Contains("passwordEnv", internalReport);
            Assert.Contains("vbr01.contoso.local", internalReport);

            options.Html.RedactHosts = true;
            var redacted = File.ReadAllText(Path.Combine(Pack(options), HtmlPackRenderer.ReportFile));
            Assert.DoesNotContain("vbr01.contoso.local", redacted);
            Assert.Contains(HostNames.HostMark, redacted);
        }

        [Theory]
        [InlineData("https://vbr01.contoso.local:9419/api", "https://[host]:9419/api")]
        [InlineData("server 10.0.4.21 refused", "server [address] refused")]
        [InlineData("vbr01.contoso.local timed out", "[host] timed out")]
        [InlineData("fe80::1ff:fe23:4567:890a is down", "[address] is down")]
        [InlineData("LIC01 imaging software licence server", "LIC01 imaging software licence server")]
        [InlineData("version 12.3.1 of VBR", "version 12.3.1 of VBR")]
        public void Host_names_and_addresses_are_redacted_and_business_names_kept(string text, string expected)
        {
            Assert.Equal(expected, HostNames.Redact(text));
        }

        [Theory]
        [InlineData(@"C:\Users\jsmith\clients\contoso\restore-tests.yaml", "~\\clients\\contoso\\restore-tests.yaml")]
        [InlineData("/home/jsmith/clients/restore-tests.yaml", "~/clients/restore-tests.yaml")]
        public void User_profile_paths_lose_the_user(string text, string expected)
        {
            Assert.Equal(expected, new LocalPaths(Array.Empty<(string?, string)>()).Scrub(text));
        }
    }
}
