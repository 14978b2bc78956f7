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

        /// <summary>The auditing machine's paths for the workbook being written (set by <see cref="ExcelPackRenderer"/>
        /// for the duration of one render): the workbook goes to the client, so no cell names a local path.</summary>
        public static readonly System.Threading.AsyncLocal<LocalPaths?> Paths = new System.Threading.AsyncLocal<LocalPaths?>();

        public static string ScrubPaths(string text) => Paths.Value == null ? text : Paths.Value.Scrub(text);
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
