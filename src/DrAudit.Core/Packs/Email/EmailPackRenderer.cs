using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs.Html;

namespace DrAudit.Core.Packs.Email
{
    /// <summary>
    /// The monthly email digest: <c>summary.html</c> (one screen, every style inline, tables and no SVG, so Outlook and
    /// Gmail show it as designed) and <c>summary.eml</c>, the same HTML as a ready-to-send message without sender or
    /// recipients. What changed since the previous audit comes first. Rendered from <c>digest.liquid</c> (overridable
    /// like the report's templates) with the report's audience rules and host redaction; it holds no link, no image
    /// and no attachment, so it is safe to forward.
    /// </summary>
    public sealed class EmailPackRenderer : IPackRenderer
    {
        public const string HtmlFile = "summary.html";
        public const string MessageFile = "summary.eml";
        public const string Template = "digest.liquid";

        private static readonly Encoding Utf8 = new UTF8Encoding(false);

        /// <summary>What a digest must never hold, whatever template produced it: links, loads from anywhere, scripts,
        /// frames and forms (a data: image is allowed, though Gmail does not show it).</summary>
        private static readonly Regex Forbidden = new Regex(
            @"\bhref\s*=|\bsrc\s*=\s*(?![""']?\s*data:)|<\s*(?:script|link|iframe|frame|object|embed|form|base)\b|url\s*\(",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(10));

        private readonly HtmlReportOptions _options;

        public EmailPackRenderer() : this(new HtmlReportOptions()) { }

        public EmailPackRenderer(HtmlReportOptions options)
        {
            _options = options ?? throw new ArgumentNullException(nameof(options));
        }

        public PackFormat Format => PackFormat.Email;

        public IReadOnlyList<string> Render(ReadinessResult result, string directory)
        {
            var html = RenderHtml(result);
            File.WriteAllText(Path.Combine(directory, HtmlFile), html, Utf8);
            File.WriteAllBytes(Path.Combine(directory, MessageFile), EmailMessage.Build(Subject(result), html, result.GeneratedAt));
            return new[] { HtmlFile, MessageFile };
        }

        /// <summary>The digest's HTML. Throws <see cref="HtmlTemplateException"/> for a template that cannot be read or
        /// rendered, or whose output holds a link, a remote load or a script.</summary>
        public string RenderHtml(ReadinessResult result)
        {
            if (result == null) throw new ArgumentNullException(nameof(result));
            var view = DigestViewBuilder.Build(result, _options.Branding, _options.Audience);
            var html = HtmlPackRenderer.RenderTemplate(_options.TemplatePath, Template, "digest", view, HtmlPackRenderer.TextFilter(result, _options));
            CheckForwardable(html, _options.TemplatePath, Template);
            return html;
        }

        /// <summary>Throws <see cref="HtmlTemplateException"/> naming the template when a digest holds a link, a remote
        /// load, a script, a frame or a form.</summary>
        internal static void CheckForwardable(string html, string? templatePath, string template)
        {
            var forbidden = Forbidden.Match(html);
            if (forbidden.Success)
                throw new HtmlTemplateException("The email digest template " + new ReportTemplates(templatePath).Describe(template) +
                    " wrote '" + forbidden.Value.Trim() + "': a digest holds no link, remote image, script or form, so it is safe to forward.");
        }

        /// <summary>"Contoso Dental Group: backup and recovery digest, November 2026" (host names redacted when asked).</summary>
        public string Subject(ReadinessResult result)
        {
            var filter = HtmlPackRenderer.TextFilter(result, _options);
            var name = filter == null ? result.Client.Name : filter(result.Client.Name);
            return name + ": backup and recovery digest, " + ReportFormat.Month(result.AsOf);
        }
    }
}
