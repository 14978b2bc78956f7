using System.Globalization;
using System.Text.RegularExpressions;
using DrAudit.Core.Model;

namespace DrAudit.Cli
{
    /// <summary>Reads --as-of: an ISO 8601 date (00:00 UTC of that day) or date and time (UTC unless an offset is given).</summary>
    public static class AsOfArgument
    {
        private static readonly Regex IsoStart = new Regex(@"^\d{4}-\d{2}-\d{2}(?:$|T)", RegexOptions.CultureInvariant);

        public static DateTimeOffset Parse(string text) => Parse(text, "--as-of");

        /// <summary>The same for another option that takes a point in time (renewal's --from and --to).</summary>
        public static DateTimeOffset Parse(string text, string option)
        {
            if (IsoStart.IsMatch(text) &&
                DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value))
            {
                if (TimeBounds.Contains(value)) return value;
                throw new CliUsageException($"{option} '{text}' must be {TimeBounds.DateRange}.");
            }
            throw new CliUsageException($"{option} '{text}' is not an ISO 8601 date or time such as 2026-11-01 or 2026-11-01T06:00:00Z.");
        }
    }
}
