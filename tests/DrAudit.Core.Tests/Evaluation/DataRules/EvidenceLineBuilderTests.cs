using System.Globalization;
using DrAudit.Core.Evaluation;
using DrAudit.Core.Evaluation.Rules.Support;
using DrAudit.Core.Model.Inventory;

namespace DrAudit.Core.Tests.Evaluation.DataRules
{
    public class EvidenceLineBuilderTests
    {
        [Theory]
        [InlineData("local", "j-db", "main: point of 'db' at 2026-10-31 22:05Z in 'local' by job 'j-db'")]
        [InlineData(null, "j-db", "main: point of 'db' at 2026-10-31 22:05Z by job 'j-db'")]
        [InlineData("local", null, "main: point of 'db' at 2026-10-31 22:05Z in 'local'")]
        [InlineData("", "", "main: point of 'db' at 2026-10-31 22:05Z")]
        public void A_point_is_described_by_source_object_time_and_where_known_repository_and_job(string? repository, string? job, string expected)
        {
            var point = new PointEvidence("main",
                new RestorePoint { Object = "db", Time = new DateTimeOffset(2026, 10, 31, 22, 5, 0, TimeSpan.Zero), Repository = repository, Job = job },
                null, null);

            Assert.Equal("Seen: " + expected, EvidenceLineBuilder.Finish(EvidenceLineBuilder.Start().Append("Seen: ").AppendPoint(point)));
            Assert.Equal(expected, point.Describe());
        }

        [Fact]
        public void Numbers_and_times_are_invariant_and_padded()
        {
            var previous = CultureInfo.CurrentCulture;
            try
            {
                CultureInfo.CurrentCulture = new CultureInfo("fi-FI");
                var line = EvidenceLineBuilder.Start().AppendNumber(-12).Append(' ').AppendNumber(3456).Append(' ')
                    .AppendTime(new DateTimeOffset(987, 1, 2, 3, 4, 0, TimeSpan.Zero));
                Assert.Equal("-12 3456 0987-01-02 03:04Z", EvidenceLineBuilder.Finish(line));
            }
            finally
            {
                CultureInfo.CurrentCulture = previous;
            }
        }

        [Fact]
        public void A_line_started_while_another_is_built_gets_its_own_builder()
        {
            var outer = EvidenceLineBuilder.Start().Append("outer ");
            var inner = EvidenceLineBuilder.Finish(EvidenceLineBuilder.Start().Append("inner"));
            var finished = EvidenceLineBuilder.Finish(outer.Append(inner));

            Assert.Equal("inner", inner);
            Assert.Equal("outer inner", finished);
        }
    }
}
