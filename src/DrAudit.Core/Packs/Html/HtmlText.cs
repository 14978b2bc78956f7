using System.Net;
using System.Text;

namespace DrAudit.Core.Packs.Html
{
    /// <summary>Encodes text for HTML content and attribute values (quotes included). Bidirectional control characters
    /// (e.g. U+202E) are shown as a visible code so a hostile name cannot reorder what the reader sees.</summary>
    public static class HtmlText
    {
        public static string Encode(string? text)
        {
            if (string.IsNullOrEmpty(text)) return "";
            var encoded = WebUtility.HtmlEncode(text);
            if (!HasBidiControl(encoded)) return encoded;
            var sb = new StringBuilder(encoded.Length + 16);
            foreach (var c in encoded)
            {
                if (IsBidiControl(c)) sb.Append("[U+").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append(']');
                else sb.Append(c);
            }
            return sb.ToString();
        }

        private static bool HasBidiControl(string text)
        {
            foreach (var c in text)
                if (IsBidiControl(c)) return true;
            return false;
        }

        /// <summary>LRM, RLM, ALM, the embeddings and overrides (U+202A..202E) and the isolates (U+2066..2069).</summary>
        private static bool IsBidiControl(char c) =>
            c == '\u200E' || c == '\u200F' || c == '\u061C' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }
}
