using System.IO.Compression;
using System.Text.RegularExpressions;
using DrAudit.Core.Comparison;
using DrAudit.Core.Tests.Auditing;
using DrAudit.Core.Hosting;
using DrAudit.Core.Loading;
using DrAudit.Core.Loading.Definition;
using DrAudit.Core.Model.Renewal;
using DrAudit.Core.Packs;
using DrAudit.Core.Packs.Html;
using DrAudit.Core.Renewal;
using DrAudit.Core.Tests.Packs;

namespace DrAudit.Core.Tests.Renewal
{
    /// <summary>A used pack whose saved client definition no longer loads (the pack itself verifies: its manifest was
    /// written again over the broken file): the client's renewal.html and renewal.xlsx say in plain words that the
    /// month's definition could not be read, with no file, line, column or loader message; the internal audience's
    /// renewal.html and renewal.xlsx and the verbose stream keep the loader's located problem.</summary>
    public sealed class UnreadableSavedDefinitionTests : IDisposable
    {
        private const string BrokenLine = "    tier: critical";
        private readonly TempFolder _temp = new TempFolder();
        private readonly string _root;
        private readonly string _definitionName;
        private readonly DefinitionProblem _loaderProblem;

        public UnreadableSavedDefinitionTests()
        {
            _root = _temp.Combine("packs");
            var october = RenewalYear.WritePack(_root, _temp.Combine("work"), RenewalYear.ClientId, RenewalYear.NewName, new DateTime(2026, 10, 1));
            RenewalYear.WritePack(_root, _temp.Combine("work"), RenewalYear.ClientId, RenewalYear.NewName, new DateTime(2026, 11, 1));

            var definition = Directory.GetFiles(Path.Combine(october, JsonPackRenderer.ClientFolder)).Single();
            _definitionName = Path.GetFileName(definition);
            var lines = File.ReadAllLines(definition).ToList();
            var broken = lines.IndexOf(BrokenLine);
            Assert.True(broken >= 0, "the sample definition has a critical service");
            lines[broken] = "    tier: [critical";
            File.WriteAllLines(definition, lines);
            _loaderProblem = ClientDefinitionLoader.Read(definition).Problems.First(p => p.Severity == ProblemSeverity.Error);
            Assert.True(_loaderProblem.Line > 0, "the loader locates the broken line");
            Rehash(october);
            Assert.True(EvidencePackVerifier.Verify(october).Intact);
        }

        public void Dispose() => _temp.Dispose();

        /// <summary>Writes the pack's manifest again over its files as they are now, with the pack writer's own manifest
        /// code, so only the definition is broken and the pack still verifies.</summary>
        private static void Rehash(string pack)
        {
            var files = EvidencePackVerifier.Verify(pack).Files.Select(f => f.Path).ToList();
            PackManifest.Write(EvidencePackReader.Read(pack), pack, files);
        }

        private RenewalReport Build(IAuditHost host) =>
            RenewalReportBuilder.Build(new RenewalOptions
            {
                Client = RenewalYear.ClientId,
                PackRoot = _root,
                From = new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero),
                To = RenewalYear.To,
                Clock = () => RenewalYear.To,
            }, host);

        private string Located => JsonPackRenderer.ClientFolder + "/" + _definitionName + ":" + _loaderProblem.Line + ":" + _loaderProblem.Column + ": ";

        [Fact]
        public void The_client_reads_a_plain_note_the_internal_audience_reads_where_the_loader_failed()
        {
            var report = Build(new SilentAuditHost());
            var october = report.Packs.Single(p => p.Folder == "2026-10-01");
            Assert.Equal(RenewalPackState.Used, october.State);
            Assert.Contains(october.FileProblems, d => d.StartsWith(Located, StringComparison.Ordinal) && d.EndsWith(_loaderProblem.Message, StringComparison.Ordinal));
            var note = "The Oct 2026 pack (2026-10-01) holds a saved client definition that could not be read: its restore tests, exercises and approvals are not counted.";
            Assert.Contains(note, report.Notes);

            var written = RenewalPackWriter.Write(report, _temp.Combine("renewal"), new PackWriteOptions(), _root, new SilentAuditHost());
            var html = File.ReadAllText(Path.Combine(written.Path, RenewalHtmlRenderer.FileName));
            foreach (var (name, text) in new[] { ("renewal.html", html), ("renewal.xlsx", WorkbookText(written.Path)) })
            {
                Assert.Contains(note, text);
                Assert.DoesNotContain(_definitionName, text);
                Assert.False(Regex.IsMatch(text, @":\d+:\d+:"), name + " quotes a line:column location");
                Assert.DoesNotContain(Encoded(_loaderProblem.Message), text);
            }

            var internalPack = RenewalPackWriter.Write(report, _temp.Combine("internal"),
                new PackWriteOptions { Html = new HtmlReportOptions { Audience = ReportAudience.Internal } }, _root, new SilentAuditHost());
            Assert.Contains(Encoded(Located + _loaderProblem.Message), File.ReadAllText(Path.Combine(internalPack.Path, RenewalHtmlRenderer.FileName)));
            Assert.Contains(Encoded(Located + _loaderProblem.Message), WorkbookText(internalPack.Path));
        }

        /// <summary>The text of every part of the pack's renewal.xlsx (sheets, shared strings).</summary>
        private static string WorkbookText(string pack)
        {
            using var zip = ZipFile.OpenRead(Path.Combine(pack, "renewal.xlsx"));
            return string.Concat(zip.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
                .Select(e => new StreamReader(e.Open()).ReadToEnd()));
        }

        [Fact]
        public void The_verbose_stream_keeps_the_loaders_located_problem()
        {
            var host = new RecordingAuditHost();
            Build(host);
            Assert.Contains(host.Verbose, v => v.StartsWith("Pack 2026-10-01: " + Located, StringComparison.Ordinal));
        }

        /// <summary>The text as the report's HTML encoder writes it (the quotes a loader message may hold).</summary>
        private static string Encoded(string text) => HtmlText.Encode(text);
    }
}
