using System;
using System.Text.RegularExpressions;

namespace DrAudit.Core.Evaluation
{
    /// <summary>A protected-object pattern from <c>backup.match</c>: exact, or with <c>*</c> wildcards;
    /// case-insensitive, as server and mailbox names are.</summary>
    public sealed class WildcardPattern
    {
        private readonly bool _asciiPattern;
        /// <summary>The expression, made the first time a name needs it (most patterns and names are plain ASCII and never do).</summary>
        private Regex? _regex;

        public WildcardPattern(string pattern)
        {
            Text = pattern;
            HasWildcard = pattern.IndexOf('*') >= 0;
            _asciiPattern = IsAscii(pattern);
        }

        public string Text { get; }
        public bool HasWildcard { get; }
        /// <summary>True when the pattern is plain ASCII (then an ASCII name matches only if it starts with <see cref="LiteralPrefix"/>, ignoring the case of ASCII letters).</summary>
        internal bool IsAsciiPattern => _asciiPattern;
        /// <summary>The text before the first '*' (all of it without one).</summary>
        internal string LiteralPrefix => HasWildcard ? Text.Substring(0, Text.IndexOf('*')) : Text;

        /// <summary>The text with ASCII letters in upper case and every other character as it is: two ASCII texts are
        /// equal this way exactly when this pattern's matching takes them as equal.</summary>
        internal static string AsciiUpper(string text)
        {
            var chars = text.ToCharArray();
            for (int i = 0; i < chars.Length; i++)
                if (chars[i] >= 'a' && chars[i] <= 'z') chars[i] = (char)(chars[i] - 32);
            return new string(chars);
        }

        public bool IsMatch(string name) => IsMatch(name, IsAscii(name));

        /// <summary>As <see cref="IsMatch(string)"/>, for a caller that knows already whether the name is plain ASCII
        /// (the evidence index works it out once per name, not once per pattern and name).</summary>
        internal bool IsMatch(string name, bool nameIsAscii)
        {
            if (!HasWildcard) return string.Equals(Text, name, StringComparison.OrdinalIgnoreCase);
            // Plain ASCII on both sides (nearly every server and mailbox name): matched here, as the expression would
            // match it (for ASCII text its case-insensitive equivalences are the ASCII letters' cases), without running it.
            return _asciiPattern && nameIsAscii ? AsciiGlob(Text, name) : Expression().IsMatch(name);
        }

        private Regex Expression()
        {
            if (_regex == null)
            {
                var body = string.Join(".*", Array.ConvertAll(Text.Split('*'), Regex.Escape));
                _regex = new Regex("^" + body + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline);
            }
            return _regex;
        }

        internal static bool IsAscii(string text)
        {
            foreach (var c in text)
                if (c > 0x7F) return false;
            return true;
        }

        /// <summary>'*' matches any run of characters (none included), any other character itself in either case.</summary>
        private static bool AsciiGlob(string pattern, string name)
        {
            int p = 0, n = 0, star = -1, resume = 0;
            while (n < name.Length)
            {
                if (p < pattern.Length && pattern[p] == '*')
                {
                    star = p++;
                    resume = n;
                }
                else if (p < pattern.Length && SameAsciiLetterOrChar(pattern[p], name[n]))
                {
                    p++;
                    n++;
                }
                else if (star >= 0)
                {
                    p = star + 1;
                    n = ++resume;
                }
                else
                {
                    return false;
                }
            }
            while (p < pattern.Length && pattern[p] == '*') p++;
            return p == pattern.Length;
        }

        private static bool SameAsciiLetterOrChar(char a, char b)
        {
            if (a == b) return true;
            var lower = (char)(a | 0x20);
            return lower >= 'a' && lower <= 'z' && lower == (char)(b | 0x20);
        }
    }
}
