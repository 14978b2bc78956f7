using DrAudit.Core.Loading.Inventory;

namespace DrAudit.Core.Tests.Loading.Inventory
{
    public class CsvRecordReaderTests
    {
        [Fact]
        public void ReadsQuotedFieldsWithCommasQuotesAndLineBreaks()
        {
            var (records, problems) = ReadAll("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",,  spaced  \r\n\r\nlast,x,y");

            Assert.Equal(0, problems.Count);
            Assert.Equal(3, records.Count);
            Assert.Equal(new[] { "a", "b, c", "say \"hi\"" }, records[0].Select(f => f.Text));
            Assert.Equal(new[] { "two\nlines", "", "spaced" }, records[1].Select(f => f.Text));
            Assert.Equal(new[] { (2, 1), (3, 8), (3, 11) }, records[1].Select(f => (f.Line, f.Column)));
            Assert.Equal(new[] { (5, 1), (5, 6), (5, 8) }, records[2].Select(f => (f.Line, f.Column)));
        }

        [Fact]
        public void UnterminatedQuoteIsReportedWhereTheFieldStarts()
        {
            var (records, problems) = ReadAll("ok,1\nbad,\"never closed\nstill inside\n");

            Assert.Single(records);
            var problem = Assert.Single(problems.Problems);
            Assert.Equal(("CsvFormat", 2, 5), (problem.Code, problem.Line, problem.Column));
        }

        private static (List<List<CsvField>> Records, BoundedProblemCollector Problems) ReadAll(string text)
        {
            var problems = new BoundedProblemCollector();
            var reader = new CsvRecordReader(new StringReader(text), "t.csv", problems);
            var records = new List<List<CsvField>>();
            var fields = new List<CsvField>();
            while (reader.Read(fields)) records.Add(fields.ToList());
            return (records, problems);
        }
    }
}
