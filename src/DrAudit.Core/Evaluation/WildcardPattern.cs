using System;
using System.Text.RegularExpressions;

namespace DrAudit.Core.Evaluation
{
    /// <summary>A protected-object pattern from <c>backup.match</c>: exact, or with <c>*</c> wildcards;
    /// case-insensitive, as server and mailbox names are.</summary>
    public sealed class WildcardPattern
    {
        private readonly Regex? _regex;

        public WildcardPattern(string pattern)
        {
            Text = pattern;
            if (pattern.IndexOf('*') >= 0)
            {
                var body = string.Join(".*", Array.ConvertAll(pattern.Split('*'), Regex.Escape));
                _regex = new Regex("^" + body + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline);
            }
        }

        public string Text { get; }
        public bool HasWildcard => _regex != null;

        public bool IsMatch(string name) =>
            _regex != null ? _regex.IsMatch(name) : string.Equals(Text, name, StringComparison.OrdinalIgnoreCase);
    }
}
