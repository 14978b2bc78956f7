namespace DrAudit.Core.Packs.Html
{
    /// <summary>Markup that DrAudit's own code built (never client-supplied text), written into a report unencoded.
    /// Everything else a template outputs is HTML-encoded by <see cref="HtmlEncodingTemplateContext"/>.</summary>
    public sealed class TrustedHtml
    {
        internal TrustedHtml(string markup) { Markup = markup; }

        public string Markup { get; }

        public override string ToString() => Markup;
    }
}
