using System.Text.RegularExpressions;
using DrAudit.Core.Evaluation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DrAudit.Core.Tests.Evaluation
{
    /// <summary>backup.match patterns: the ASCII matcher gives what the case-insensitive expression gives.</summary>
    public class WildcardPatternTests
    {
        private static readonly char[] PatternChars = { 'a', 'A', 'b', 'k', '*', '*', '.', '?', '-', '[', '\\', '$', '^', '(' };
        private static readonly char[] NameChars = { 'a', 'A', 'b', 'B', 'k', 'K', '.', '?', '-', '[', '\\', '$', '^', '(' };

        private static Regex Expected(string pattern) =>
            new Regex("^" + string.Join(".*", Array.ConvertAll(pattern.Split('*'), Regex.Escape)) + "$",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline);

        private static Gen<string> Text(char[] alphabet, int max) =>
            from length in Gen.Choose(0, max)
            from chars in Gen.ArrayOf(Gen.Elements(alphabet), length)
            select new string(chars);

        [Property(MaxTest = 500)]
        public Property Ascii_patterns_match_as_the_case_insensitive_expression_does() =>
            Prop.ForAll(Gen.Zip(Text(PatternChars, 8), Text(NameChars, 10)).ToArbitrary(), pair =>
            {
                var (pattern, name) = pair;
                if (!pattern.Contains('*')) pattern += "*";

                Assert.Equal(Expected(pattern).IsMatch(name), new WildcardPattern(pattern).IsMatch(name));
            });

        [Theory]
        [InlineData("SQL*", "sql01", true)]
        [InlineData("*-dc*", "ACME-DC01", true)]
        [InlineData("a*b*c", "aXbYbc", true)]
        [InlineData("a*b*c", "aXbYcb", false)]
        [InlineData("*", "", true)]
        public void Known_names(string pattern, string name, bool matches)
        {
            Assert.Equal(Expected(pattern).IsMatch(name), matches);
            Assert.Equal(matches, new WildcardPattern(pattern).IsMatch(name));
        }

        /// <summary>Text beyond ASCII goes to the expression, with its own case equivalences (the Kelvin sign is a 'k').</summary>
        [Theory]
        [InlineData("Stra\u00dfe*", "STRA\u00dfE-1")]
        [InlineData("k*", "\u212A1")]
        [InlineData("caf\u00e9*", "CAF\u00c9-01")]
        public void Names_beyond_ascii_match_as_the_expression_does(string pattern, string name)
        {
            Assert.True(Expected(pattern).IsMatch(name), "the expression does not match " + name);
            Assert.True(new WildcardPattern(pattern).IsMatch(name), pattern + " does not match " + name);
        }
    }
}
