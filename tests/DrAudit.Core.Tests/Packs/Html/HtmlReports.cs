using System.Runtime.CompilerServices;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DrAudit.Core.Auditing;
using DrAudit.Core.Hosting;
using DrAudit.Core.Loading.Definition;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs.Html;

namespace DrAudit.Core.Tests.Packs.Html
{
    /// <summary>Results to render (the bundled sample, and the hostile-names fixture) and HTML parsing for the report tests.</summary>
    public static class HtmlReports
    {
        public static readonly DateTimeOffset GeneratedAt = new DateTimeOffset(2026, 11, 1, 3, 12, 44, TimeSpan.Zero);
        public const int LongNameLength = 5000;

        /// <summary>The checkout this test was compiled from (found from this source file's path, so it works whatever
        /// the build output folder), else a folder above the test binaries.</summary>
        public static string RepositoryRoot([CallerFilePath] string sourceFile = "")
        {
            foreach (var start in new[] { Path.GetDirectoryName(sourceFile), AppContext.BaseDirectory })
                for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir != null; dir = dir.Parent)
                    if (File.Exists(Path.Combine(dir.FullName, "samples", "contoso-dental", "client.yaml"))) return dir.FullName;
            throw new InvalidOperationException("Cannot find the repository root (samples/contoso-dental) above " + sourceFile + " or " + AppContext.BaseDirectory);
        }

        public static string SamplePath => Path.Combine(RepositoryRoot(), "samples", "contoso-dental", "client.yaml");

        /// <summary>The bundled sample client audited as the CLI would.</summary>
        public static ReadinessResult Sample() =>
            ReadinessAuditor.Audit(SamplePath, Options(), SilentAuditHost.Instance, CancellationToken.None);

        /// <summary>The hostile-names fixture, with the service "long" renamed to 5,000 characters.</summary>
        public static ReadinessResult Hostile()
        {
            var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "html", "hostile", "client.yaml");
            var read = ClientDefinitionLoader.Read(path);
            Assert.False(read.HasErrors, string.Join("\n", read.Problems));
            read.Definition!.Services.Single(s => s.Id == "long").Name = LongName;
            return ReadinessAuditor.Audit(read.Definition, Options(), SilentAuditHost.Instance, CancellationToken.None);
        }

        public static string LongName => "L" + new string('\u00e9', LongNameLength - 2) + "Z";

        public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

        public static IDocument Render(ReadinessResult result, HtmlReportOptions? options = null) =>
            Parse(new HtmlPackRenderer(options ?? new HtmlReportOptions()).RenderHtml(result));

        private static AuditOptions Options() => new AuditOptions { Clock = () => GeneratedAt };
    }
}
