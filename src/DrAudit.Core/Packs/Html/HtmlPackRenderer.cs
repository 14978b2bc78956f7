using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs.Html.View;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace DrAudit.Core.Packs.Html
{
    /// <summary>
    /// The client-facing report: one self-contained <c>report.html</c> (inline CSS and SVG, a Content-Security-Policy
    /// that forbids every external load) rendered from Liquid templates, the built-in ones or a folder of overrides.
    /// Every value a template outputs is HTML-encoded.
    /// </summary>
    public sealed class HtmlPackRenderer : IPackRenderer
    {
        public const string ReportFile = "report.html";

        private static readonly Encoding Utf8 = new UTF8Encoding(false);

        private readonly HtmlReportOptions _options;

        public HtmlPackRenderer() : this(new HtmlReportOptions()) { }

        public HtmlPackRenderer(HtmlReportOptions options)
        {
            _options = options ?? throw new ArgumentNullException(nameof(options));
        }

        public PackFormat Format => PackFormat.Html;

        public IReadOnlyList<string> Render(ReadinessResult result, string directory)
        {
            File.WriteAllText(Path.Combine(directory, ReportFile), RenderHtml(result), Utf8);
            return new[] { ReportFile };
        }

        /// <summary>The report's HTML. Throws <see cref="HtmlTemplateException"/> for a template that cannot be read,
        /// has syntax errors (naming the file, line and column) or fails while rendering.</summary>
        public string RenderHtml(ReadinessResult result)
        {
            var view = new ReportViewBuilder(result).Build(_options.Branding, _options.Audience);
            return RenderTemplate(_options.TemplatePath, ReportTemplates.MainTemplate, "report", view, TextFilter(result, _options));
        }

        /// <summary>Renders <paramref name="mainTemplate"/> (built-in or overridden from <paramref name="templatePath"/>)
        /// with <paramref name="view"/> as the global <paramref name="viewName"/>: every printed value passed through
        /// <paramref name="textFilter"/> and HTML-encoded, output and time bounded, and DrAudit's Content-Security-Policy
        /// put first. The one rendering path of every DrAudit report (evidence and renewal).</summary>
        internal static string RenderTemplate(string? templatePath, string mainTemplate, string viewName, object view, Func<string, string>? textFilter)
        {
            var templates = new ReportTemplates(templatePath);
            var template = templates.Parse(mainTemplate);
            var output = new LimitedTemplateOutput(ReportLimits.MaxOutputChars);
            using var deadline = new CancellationTokenSource(ReportLimits.RenderTime);
            var context = new HtmlEncodingTemplateContext(templates) { CancellationToken = deadline.Token, TextFilter = textFilter };
            context.PushOutput(output);
            var globals = new ScriptObject();
            globals.SetValue(viewName, view, true);
            context.PushGlobal(globals);
            try
            {
                template.Render(context);
                return ReportSecurityPolicy.Apply(output.ToString());
            }
            catch (OperationCanceledException e)
            {
                throw new HtmlTemplateException("The report template ran longer than " + ReportLimits.RenderTime.TotalMinutes + " minutes; the report was not written.", e);
            }
            catch (Exception e) when (!(e is HtmlTemplateException))
            {
                var inner = Find<HtmlTemplateException>(e);
                if (inner != null) throw inner;
                var where = e is ScriptRuntimeException runtime
                    ? runtime.Span.FileName + ":" + (runtime.Span.Start.Line + 1) + ":" + (runtime.Span.Start.Column + 1) + ": "
                    : "";
                throw new HtmlTemplateException("The report template failed while rendering: " + where + e.Message, e);
            }
        }

        /// <summary>For the client: paths of the auditing machine made relative or removed, and hosts redacted when asked.
        /// Internal reports keep everything (hosts are still redacted when asked).</summary>
        internal static Func<string, string>? TextFilter(ReadinessResult result, HtmlReportOptions options)
        {
            var paths = options.Audience == ReportAudience.Client ? LocalPaths.For(result) : null;
            var hosts = options.RedactHosts;
            if (paths == null && !hosts) return null;
            return text =>
            {
                var scrubbed = paths == null ? text : paths.Scrub(text);
                return hosts ? HostNames.Redact(scrubbed) : scrubbed;
            };
        }

        private static T? Find<T>(Exception e) where T : Exception
        {
            for (Exception? x = e; x != null; x = x.InnerException)
                if (x is T found) return found;
            return null;
        }
    }
}
