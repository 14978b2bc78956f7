using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace DrAudit.PowerShell.Completion
{
    /// <summary>Turns candidate values into completion results for what has been typed so far: a prefix or a wildcard,
    /// case-insensitive, quoted when the value needs it.</summary>
    internal static class CompletionValues
    {
        public static IEnumerable<CompletionResult> Matching(string wordToComplete, IEnumerable<(string Value, string Tooltip)> candidates)
        {
            var typed = (wordToComplete ?? "").Trim('\'', '"');
            var pattern = new WildcardPattern(WildcardPattern.ContainsWildcardCharacters(typed) ? typed : typed + "*", WildcardOptions.IgnoreCase | WildcardOptions.CultureInvariant);
            return candidates
                .Where(c => pattern.IsMatch(c.Value))
                .Select(c => new CompletionResult(Quote(c.Value), c.Value, CompletionResultType.ParameterValue, string.IsNullOrEmpty(c.Tooltip) ? c.Value : c.Tooltip))
                .ToList();
        }

        /// <summary>Single-quotes a value holding a character PowerShell would read as syntax.</summary>
        private static string Quote(string value) =>
            value.IndexOfAny(new[] { ' ', '\'', '"', '$', '`', ';', ',', '(', ')', '{', '}', '@', '#', '&', '|', '<', '>' }) < 0
                ? value
                : "'" + value.Replace("'", "''") + "'";
    }
}
