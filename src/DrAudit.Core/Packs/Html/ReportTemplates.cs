using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace DrAudit.Core.Packs.Html
{
    /// <summary>
    /// Finds report templates by file name: in the override folder when it has a file of that name, else among the
    /// built-in templates embedded from the repository's <c>templates/</c> folder. Every template is parsed as Liquid
    /// when loaded, so a syntax error is reported with its file, line and column.
    /// </summary>
    public sealed class ReportTemplates : ITemplateLoader
    {
        public const string MainTemplate = "report.liquid";
        internal const string ResourcePrefix = "DrAudit.Core.templates.";

        private readonly string? _overrideFolder;

        public ReportTemplates(string? overrideFolder)
        {
            if (!string.IsNullOrEmpty(overrideFolder) && !Directory.Exists(overrideFolder))
                throw new HtmlTemplateException("The template folder " + overrideFolder + " does not exist.");
            _overrideFolder = string.IsNullOrEmpty(overrideFolder) ? null : Path.GetFullPath(overrideFolder);
        }

        /// <summary>The names of the built-in templates (e.g. report.liquid, styles.css), to copy and restyle.</summary>
        public static IReadOnlyList<string> BuiltInNames =>
            typeof(ReportTemplates).Assembly.GetManifestResourceNames()
                .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
                .Select(n => n.Substring(ResourcePrefix.Length))
                .OrderBy(n => n, StringComparer.Ordinal)
                .ToList();

        /// <summary>The text of a built-in template.</summary>
        public static string ReadBuiltIn(string name)
        {
            using var stream = typeof(ReportTemplates).Assembly.GetManifestResourceStream(ResourcePrefix + name)
                ?? throw new HtmlTemplateException("There is no report template named '" + name + "'.");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        /// <summary>Where a template comes from: the override file's full path, or "built-in name".</summary>
        public string Describe(string name)
        {
            var file = OverrideFile(name);
            return file ?? "built-in template " + name;
        }

        /// <summary>Reads and parses a template; throws <see cref="HtmlTemplateException"/> naming the file, line and
        /// column of every syntax error.</summary>
        public Template Parse(string name)
        {
            CheckName(name);
            var file = OverrideFile(name);
            string text;
            try
            {
                text = file != null ? File.ReadAllText(file) : ReadBuiltIn(name);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new HtmlTemplateException("Cannot read the report template " + file + ": " + e.Message, e);
            }
            var where = file ?? name;
            var template = Template.ParseLiquid(text, where);
            if (template.HasErrors)
            {
                var problems = template.Messages.Where(m => m.Type == ParserMessageType.Error)
                    .Select(m => where + ":" + (m.Span.Start.Line + 1) + ":" + (m.Span.Start.Column + 1) + ": " + m.Message);
                throw new HtmlTemplateException("The report template " + Describe(name) + " has syntax errors:" + Environment.NewLine +
                    string.Join(Environment.NewLine, problems));
            }
            return template;
        }

        string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

        string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
        {
            // Parsed here first so that a syntax error in an included template names its own file, line and column.
            Parse(templatePath);
            var file = OverrideFile(templatePath);
            return file != null ? File.ReadAllText(file) : ReadBuiltIn(templatePath);
        }

        ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
            new ValueTask<string?>(((ITemplateLoader)this).Load(context, callerSpan, templatePath));

        private string? OverrideFile(string name)
        {
            if (_overrideFolder == null) return null;
            var file = Path.Combine(_overrideFolder, name);
            return File.Exists(file) ? file : null;
        }

        /// <summary>A template name is a plain file name: no folders, so a template cannot read files outside the folder.</summary>
        private static void CheckName(string name)
        {
            if (string.IsNullOrWhiteSpace(name) || name.IndexOfAny(new[] { '/', '\\', ':' }) >= 0 || name.StartsWith(".", StringComparison.Ordinal))
                throw new HtmlTemplateException("'" + name + "' is not a report template name: use a file name such as summary.liquid.");
        }
    }
}
