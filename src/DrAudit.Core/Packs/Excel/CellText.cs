using System.Text;

namespace DrAudit.Core.Packs.Excel
{
    /// <summary>Makes any string safe to store in a cell without changing what a reader sees: characters XML 1.0
    /// cannot carry (control characters, lone surrogates) become U+FFFD, and text beyond Excel's 32,767-character
    /// cell limit is cut with a marker. Everything else (quotes, markup, '=' and other formula prefixes,
    /// right-to-left marks) is kept exactly.</summary>
    internal static class CellText
    {
        public const int MaxCellLength = 32767;
        private const string CutMarker = " [cut]";

        public static string Safe(string text)
        {
            var sb = (StringBuilder?)null;
            for (int i = 0; i < text.Length; i++)
            {
                var c = text[i];
                bool pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
                bool ok = pair || IsXmlChar(c);
                if (!ok && sb == null) sb = new StringBuilder(text, 0, i, text.Length);
                if (sb != null)
                {
                    if (pair) sb.Append(c).Append(text[i + 1]);
                    else sb.Append(ok ? c : '\uFFFD');
                }
                if (pair) i++;
            }
            var safe = sb?.ToString() ?? text;
            if (safe.Length <= MaxCellLength) return safe;
            var keep = MaxCellLength - CutMarker.Length;
            if (char.IsHighSurrogate(safe[keep - 1])) keep--;
            return safe.Substring(0, keep) + CutMarker;
        }

        private static bool IsXmlChar(char c) =>
            c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
