using static DrAudit.Core.Tests.Loading.Inventory.InventoryTestFiles;

namespace DrAudit.Core.Tests.Loading.Inventory
{
    /// <summary>One CSV cell or row cannot grow without bound: a 1 GB cell would need 2 GB of memory as text.</summary>
    public class CsvLimitsTests
    {
        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void A_cell_over_a_million_characters_is_a_located_problem(bool quoted)
        {
            var cell = new string('x', 1_000_001);
            var folder = CsvFolder(("jobs.csv", "id,kind,objects\nj1,backup," + (quoted ? "\"" + cell + "\"" : cell) + "\nj2,backup,SQL01\n"));

            var problem = Assert.Single(PathProblems(folder));

            Assert.Equal(("CsvFormat", 2, 11), (problem.Code, problem.Line, problem.Column));
            Assert.Contains("longer than 1,000,000 characters", problem.Message);
        }

        [Fact]
        public void A_row_of_more_than_a_thousand_cells_is_a_located_problem()
        {
            var folder = CsvFolder(("runs.csv", "job,start,result\n" + string.Join(",", Enumerable.Repeat("a", 1_001)) + "\n"));

            var problem = Assert.Single(PathProblems(folder));

            Assert.Equal(("CsvFormat", 2, 2001), (problem.Code, problem.Line, problem.Column));
            Assert.Contains("more than 1,000 fields", problem.Message);
        }
    }
}
