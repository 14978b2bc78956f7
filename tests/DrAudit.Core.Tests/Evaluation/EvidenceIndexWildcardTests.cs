using System.Text.RegularExpressions;
using DrAudit.Core.Evaluation;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DrAudit.Core.Tests.Evaluation
{
    /// <summary>The evidence index looks a wildcard's ASCII candidates up by the text before its first '*' (names beyond
    /// ASCII one by one): it must match exactly the objects the case-insensitive expression matches, in the order the
    /// source first named them.</summary>
    public class EvidenceIndexWildcardTests
    {
        private static readonly char[] PatternChars = { 's', 'S', 'k', 'K', '-', '0', '1', '*', '*', '.', '[' };
        private static readonly char[] NameChars = { 's', 'S', 'k', 'K', '-', '0', '1', '.', '[', '\u212A', '\u00e9' };

        private static Gen<string> Text(char[] alphabet, int min, int max) =>
            from length in Gen.Choose(min, max)
            from chars in Gen.ArrayOf(Gen.Elements(alphabet), length)
            select new string(chars);

        private static Gen<string[]> Names() =>
            from count in Gen.Choose(0, 12)
            from names in Gen.ArrayOf(Text(NameChars, 1, 6), count)
            select names;

        [Property(MaxTest = 300)]
        public Property Wildcards_match_what_the_expression_matches_in_first_seen_order() =>
            Prop.ForAll(Gen.Zip(Text(PatternChars, 1, 5), Names()).ToArbitrary(), pair =>
            {
                var (pattern, names) = pair;
                if (!pattern.Contains('*')) pattern += "*";
                var scenario = new Scenario();
                var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                var expected = new List<string>();
                var expression = new Regex("^" + string.Join(".*", Array.ConvertAll(pattern.Split('*'), Regex.Escape)) + "$",
                    RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline);
                foreach (var name in names)
                {
                    scenario.Source("main").RestorePoints.Add(new RestorePoint { Object = name, Time = scenario.DaysAgo(1) });
                    if (seen.Add(name) && expression.IsMatch(name)) expected.Add("main: " + name);
                }
                var component = scenario.Component("c1", match: false);
                component.Backup = new BackupSpec { Match = { new BackupMatch { Source = "main", Object = pattern } } };

                var matched = scenario.Context().Evidence.For("c1").MatchedObjects;

                Assert.Equal(expected, matched);
            });
    }
}
