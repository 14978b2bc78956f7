using DrAudit.Core.Text;

namespace DrAudit.Core.Packs.Excel
{
    /// <summary>Makes any string safe to store in a cell without changing what a reader sees: control characters and
    /// lone surrogates (<see cref="SafeText.ForMarkup"/>) become U+FFFD, and text beyond Excel's 32,767-character
    /// cell limit is cut with a marker. Everything else (quotes, markup, '=' and other formula prefixes,
    /// right-to-left marks) is kept exactly.</summary>
    internal static class CellText
    {
        public const int MaxCellLength = 32767;
        private const string CutMarker = " [cut]";

        public static string Safe(string text)
        {
            var safe = SafeText.ForMarkup(text);
            if (safe.Length <= MaxCellLength) return safe;
            var keep = MaxCellLength - CutMarker.Length;
            if (char.IsHighSurrogate(safe[keep - 1])) keep--;
            return safe.Substring(0, keep) + CutMarker;
        }
    }
}
