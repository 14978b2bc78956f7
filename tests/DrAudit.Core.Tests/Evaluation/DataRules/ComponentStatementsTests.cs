using System.Globalization;
using DrAudit.Core.Evaluation.Rules.Support;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Tests.Evaluation.DataRules
{
    public class ComponentStatementsTests
    {
        private static Component Named(string name) => new Component { Id = name.ToLowerInvariant(), Name = name };

        [Fact]
        public void Names_list_three_then_count_the_rest()
        {
            Assert.Equal("A", ComponentStatements.Names(new[] { Named("A") }));
            Assert.Equal("A and B", ComponentStatements.Names(new[] { Named("A"), Named("B") }));
            Assert.Equal("A, B and C", ComponentStatements.Names(new[] { Named("A"), Named("B"), Named("C") }));
            Assert.Equal("A, B, C and 2 more", ComponentStatements.Names(new[] { "A", "B", "C", "D", "E" }.Select(Named)));
        }

        [Fact]
        public void Details_join_clauses_with_semicolons()
        {
            var verdicts = new[] { "A has no job", "B has no job", "C has no job", "D has no job" }
                .Select(d => ComponentVerdict.NotMet(Named(d.Substring(0, 1)), d)).ToList();

            Assert.Equal("A has no job; B has no job; C has no job; and 1 more", ComponentStatements.Details(verdicts));
            Assert.Equal("A has no job; and B has no job", ComponentStatements.Details(verdicts.Take(2).ToList()));
        }

        [Fact]
        public void Numbers_and_times_ignore_the_current_culture()
        {
            var previous = CultureInfo.CurrentCulture;
            try
            {
                CultureInfo.CurrentCulture = new CultureInfo("fi-FI");
                Assert.Equal("2026-10-31 22:05Z", ComponentStatements.Time(new DateTimeOffset(2026, 11, 1, 8, 5, 0, TimeSpan.FromHours(10))));
                Assert.Equal("94.7 %", ComponentStatements.Percent(18.0 / 19));
                Assert.Equal("95 %", ComponentStatements.Percent(19.0 / 20));
                Assert.Equal("2 of 5 components", ComponentStatements.Count(2, 5));
                var point = new DrAudit.Core.Evaluation.PointEvidence("main",
                    new DrAudit.Core.Model.Inventory.RestorePoint { Object = "db", Time = new DateTimeOffset(2026, 10, 31, 22, 5, 0, TimeSpan.Zero), Repository = "local", Job = "j-db" },
                    null, null);
                Assert.Equal("main: point of 'db' at 2026-10-31 22:05Z in 'local' by job 'j-db'", point.Describe());
            }
            finally
            {
                CultureInfo.CurrentCulture = previous;
            }
        }

        [Fact]
        public void Possessive_of_a_name_ending_in_s()
        {
            Assert.Equal("PAYROLL-DB's", ComponentStatements.Possessive("PAYROLL-DB"));
            Assert.Equal("Files'", ComponentStatements.Possessive("Files"));
        }
    }
}
