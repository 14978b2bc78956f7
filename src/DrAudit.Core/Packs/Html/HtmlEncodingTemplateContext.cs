using System;
using System.Globalization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace DrAudit.Core.Packs.Html
{
    /// <summary>
    /// A Liquid template context in which every <c>{{ value }}</c> output is HTML-encoded (quotes too, so attribute
    /// values are safe). Only a <see cref="TrustedHtml"/> value, which DrAudit's own code builds, is written as is;
    /// the output of <c>{% include %}</c> is trusted because the included template is rendered through this context.
    /// Numbers and dates are formatted with the invariant culture.
    /// </summary>
    public sealed class HtmlEncodingTemplateContext : LiquidTemplateContext
    {
        public HtmlEncodingTemplateContext(ITemplateLoader loader)
        {
            TemplateLoader = loader;
            LoopLimit = ReportLimits.LoopIterations;
            LimitToString = 0;
            RecursiveLimit = 20;
            PushCulture(CultureInfo.InvariantCulture);
            if (BuiltinObject.TryGetValue("include", out var include) && include is IScriptCustomFunction inner)
                BuiltinObject.SetValue("include", new TrustedIncludeFunction(inner), true);
        }

        /// <summary>Applied to every printed value before encoding (the audience's path scrubbing and host redaction).</summary>
        public Func<string, string>? TextFilter { get; set; }

        public override TemplateContext Write(SourceSpan span, object? value)
        {
            if (value is TrustedHtml trusted) return base.Write(span, trusted.Markup);
            if (value == null) return this;
            // ObjectToString may give null (an object whose ToString() returns null): nothing to print, as for null.
            var text = value as string ?? ObjectToString(value);
            if (text == null) return this;
            return base.Write(span, HtmlText.Encode(TextFilter == null ? text : TextFilter(text)));
        }
    }
}
