using System.Globalization;
using DrAudit.Core.Text;

namespace DrAudit.Core.Loading
{
    /// <summary>How a problem message quotes a value found in an input file. A value can be as long as the file allows (a
    /// hostile inventory's "time" of 60 million characters): the message quotes its start and says how long it is, so no
    /// console, log, readiness.json or report carries the whole of it.</summary>
    public static class ProblemText
    {
        /// <summary>Values up to this many characters are quoted whole.</summary>
        public const int MaxQuoted = 120;

        /// <summary>'value', or 'its start…' (N characters) for a longer one.</summary>
        public static string Quote(string value) =>
            value.Length <= MaxQuoted
                ? "'" + value + "'"
                : "'" + SafeText.Excerpt(value, MaxQuoted) + "' (" + value.Length.ToString("N0", CultureInfo.InvariantCulture) + " characters)";
    }
}
