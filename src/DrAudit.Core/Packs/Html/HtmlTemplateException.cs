using System;

namespace DrAudit.Core.Packs.Html
{
    /// <summary>A report template could not be read, parsed or rendered. The message names the template file and,
    /// for syntax errors, the line and column ("report.liquid:12:5: ...").</summary>
    public sealed class HtmlTemplateException : Exception
    {
        public HtmlTemplateException(string message) : base(message) { }

        public HtmlTemplateException(string message, Exception inner) : base(message, inner) { }
    }
}
