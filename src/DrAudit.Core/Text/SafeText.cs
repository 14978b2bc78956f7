using System.Globalization;
using System.Text;

namespace DrAudit.Core.Text
{
    /// <summary>
    /// The one place that neutralises characters from data (job names and run messages from a backup server, client
    /// and service names) before they reach an output: a terminal, a PowerShell host stream, report.html, the
    /// workbook. Control characters would let a hostile name clear the screen, move the cursor or fake text (ESC and
    /// CSI sequences), ring the bell, or break XML; they become U+FFFD, a visible replacement character. Bidirectional
    /// controls (U+202E and friends) could reorder what a reader sees; where a reader must not be misled they are
    /// shown as a visible code such as [U+202E]. Everything else (quotes, markup, non-Latin text) is kept exactly:
    /// encoding for HTML is <see cref="Packs.Html.HtmlText"/>'s job.
    /// </summary>
    public static class SafeText
    {
        public const char Replacement = '\uFFFD';

        /// <summary>For a terminal or a PowerShell stream: every control character (C0 but tab, line feed and carriage
        /// return; DEL; C1, which includes the one-byte CSI), lone surrogate and non-character becomes U+FFFD, and
        /// bidirectional controls are shown as [U+XXXX].</summary>
        public static string ForConsole(string? text) => Clean(text, showBidi: true);

        /// <summary>For XML and HTML (report.html, the workbook): what <see cref="ForConsole"/> replaces becomes U+FFFD;
        /// bidirectional controls are kept (the workbook keeps text exactly; HTML shows them through
        /// <see cref="ShowBidiControls"/>).</summary>
        public static string ForMarkup(string? text) => Clean(text, showBidi: false);

        /// <summary>At most <paramref name="max"/> characters of <paramref name="text"/>: a longer text is cut (never inside a
        /// surrogate pair) and ends with an ellipsis.</summary>
        public static string Excerpt(string text, int max)
        {
            if (text.Length <= max) return text;
            var cut = max - 1;
            if (cut > 0 && char.IsHighSurrogate(text[cut - 1])) cut--;
            return text.Substring(0, cut) + "\u2026";
        }

        /// <summary>True for a character no output should carry raw.</summary>
        public static bool IsUnsafe(char c) =>
            (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F) || c == '\uFFFE' || c == '\uFFFF';

        /// <summary>LRM, RLM, ALM, the embeddings and overrides (U+202A..202E) and the isolates (U+2066..2069).</summary>
        public static bool IsBidiControl(char c) =>
            c == '\u200E' || c == '\u200F' || c == '\u061C' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

        /// <summary>Shows each bidirectional control as a visible [U+XXXX].</summary>
        public static string ShowBidiControls(string text)
        {
            StringBuilder? sb = null;
            for (int i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (IsBidiControl(c))
                {
                    sb ??= new StringBuilder(text, 0, i, text.Length + 16);
                    sb.Append("[U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(']');
                }
                else sb?.Append(c);
            }
            return sb?.ToString() ?? text;
        }

        private static string Clean(string? text, bool showBidi)
        {
            if (string.IsNullOrEmpty(text)) return text ?? "";
            StringBuilder? sb = null;
            for (int i = 0; i < text!.Length; i++)
            {
                var c = text[i];
                var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                string? replacement = null;
                if (pair) { }
                else if (IsUnsafe(c) || char.IsSurrogate(c)) replacement = Replacement.ToString();
                else if (showBidi && IsBidiControl(c)) replacement = "[U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + "]";
                if (replacement != null && sb == null) sb = new StringBuilder(text, 0, i, text.Length + 16);
                if (sb != null)
                {
                    if (replacement != null) sb.Append(replacement);
                    else
                    {
                        sb.Append(c);
                        if (pair) sb.Append(text[i + 1]);
                    }
                }
                if (pair) i++;
            }
            return sb?.ToString() ?? text;
        }
    }
}
