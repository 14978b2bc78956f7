using System.Text.RegularExpressions;

namespace DrAudit.Core.Packs.Html
{
    /// <summary>
    /// The report's Content-Security-Policy, set by the renderer and not by the template: every
    /// <c>&lt;meta http-equiv="Content-Security-Policy"&gt;</c> (and <c>refresh</c>, which could send the reader
    /// elsewhere) the template wrote is removed, and this one is placed first in the document (right after the
    /// doctype), before anything a template could put ahead of it. The report loads nothing from anywhere and runs
    /// no script whatever template produced it.
    /// </summary>
    public static class ReportSecurityPolicy
    {
        public const string Policy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

        public const string MetaTag = "<meta http-equiv=\"Content-Security-Policy\" content=\"" + Policy + "\">";

        private static readonly Regex TemplateMeta = new Regex(
            @"<meta\b[^>]*\bhttp-equiv\s*=\s*(?:""\s*(?:content-security-policy|refresh)\s*""|'\s*(?:content-security-policy|refresh)\s*'|(?:content-security-policy|refresh)\b)[^>]*>",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, System.TimeSpan.FromSeconds(10));

        private static readonly Regex Doctype = new Regex(@"^\s*<!doctype[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        /// <summary>The HTML with the template's policies removed and <see cref="MetaTag"/> first.</summary>
        public static string Apply(string html)
        {
            var cleaned = TemplateMeta.Replace(html, "");
            var doctype = Doctype.Match(cleaned);
            return doctype.Success
                ? doctype.Value.TrimStart() + "\n" + MetaTag + cleaned.Substring(doctype.Length)
                : "<!DOCTYPE html>\n" + MetaTag + cleaned;
        }
    }
}
