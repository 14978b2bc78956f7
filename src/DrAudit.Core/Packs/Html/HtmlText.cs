using System.Net;
using DrAudit.Core.Text;

namespace DrAudit.Core.Packs.Html
{
    /// <summary>Encodes text for HTML content and attribute values (quotes included). Control characters (NUL, BEL, ESC...)
    /// become U+FFFD and bidirectional control characters (e.g. U+202E) are shown as a visible code, so a hostile name
    /// can neither break the document nor reorder what the reader sees (<see cref="SafeText"/>).</summary>
    public static class HtmlText
    {
        public static string Encode(string? text)
        {
            if (string.IsNullOrEmpty(text)) return "";
            return SafeText.ShowBidiControls(WebUtility.HtmlEncode(SafeText.ForMarkup(text)));
        }
    }
}
