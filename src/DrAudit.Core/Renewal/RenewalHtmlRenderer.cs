using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using DrAudit.Core.Model.Renewal;
using DrAudit.Core.Packs;
using DrAudit.Core.Packs.Html;

namespace DrAudit.Core.Renewal
{
    /// <summary><c>renewal.html</c>: one self-contained page from the overridable template
    /// <c>renewal-report.liquid</c> (with styles.css and renewal-styles.css), rendered as the evidence report is:
    /// every value HTML-encoded, DrAudit's Content-Security-Policy first, the client audience without paths of the
    /// auditing machine, and host names redacted when asked.</summary>
    public sealed class RenewalHtmlRenderer : IRenewalRenderer
    {
        public const string FileName = "renewal.html";
        public const string MainTemplate = "renewal-report.liquid";

        private readonly HtmlReportOptions _options;
        private readonly IReadOnlyList<string?> _localRoots;

        /// <param name="localRoots">Folders of the auditing machine a client must not see (the pack root), besides
        /// the temporary folder, the user's profile and the working folder.</param>
        public RenewalHtmlRenderer(HtmlReportOptions options, IReadOnlyList<string?>? localRoots = null)
        {
            _options = options ?? throw new ArgumentNullException(nameof(options));
            _localRoots = localRoots ?? Array.Empty<string?>();
        }

        public PackFormat Format => PackFormat.Html;

        public IReadOnlyList<string> Render(RenewalReport report, string directory)
        {
            File.WriteAllText(Path.Combine(directory, FileName), RenderHtml(report), new UTF8Encoding(false));
            return new[] { FileName };
        }

        public string RenderHtml(RenewalReport report) =>
            HtmlPackRenderer.RenderTemplate(_options.TemplatePath, MainTemplate, "renewal",
                RenewalViewBuilder.Build(report, _options.Branding, _options.Audience), RenewalText.Filter(_options, _localRoots));
    }
}
