using DrAudit.Core.Loading;

namespace DrAudit.Core.Tests.Loading.Definition
{
    /// <summary>Restore tests read from a CSV or YAML file: problems are located in that file.</summary>
    public class RestoreTestFileTests : IDisposable
    {
        private const string Header = "date,service,components,scope,pointInTime,duration,result,validatedBy,validation,exercise,evidence\n";
        private readonly DefinitionFolder _folder = new DefinitionFolder();

        public void Dispose() => _folder.Dispose();

        private (DefinitionProblem[] Problems, string File) ReadCsv(string csv)
        {
            var file = _folder.Write("restore-tests.csv", csv);
            var result = _folder.Read(DefinitionFolder.Minimal + "restoreTests: { path: restore-tests.csv }\n");
            Assert.Null(result.Definition);
            return (result.Problems.ToArray(), file);
        }

        [Fact]
        public void Value_problems_are_located_at_the_csv_line_and_column()
        {
            var (problems, file) = ReadCsv(Header + "2026-01-01,svc,app,system,,2h,success,,,,\n2026-13-01,svc,app,system,,2h,success,,,,\n");
            var p = Assert.Single(problems);
            Assert.Equal(("BadDate", file, 3, 1), (p.Code, p.File, p.Line, p.Column));
        }

        [Fact]
        public void Components_are_located_within_their_cell()
        {
            var (problems, file) = ReadCsv(Header + "2026-01-01,svc,app; ghost,system,,2h,success,,,,\n");
            var p = Assert.Single(problems);
            Assert.Equal(("UnknownId", file, 2, 21), (p.Code, p.File, p.Line, p.Column));
        }

        [Fact]
        public void Row_with_the_wrong_number_of_fields_is_a_csv_format_problem()
        {
            var (problems, file) = ReadCsv(Header + "2026-01-01,svc,app,system,,2h,success\n");
            var p = Assert.Single(problems);
            Assert.Equal(("CsvFormat", file, 2, 1), (p.Code, p.File, p.Line, p.Column));
            Assert.Contains("7 field(s) but the header has 11", p.Message);
        }

        [Fact]
        public void Quote_inside_an_unquoted_field_is_a_csv_format_problem()
        {
            var (problems, _) = ReadCsv(Header + "2026-01-01,svc,app,system,,2h,success,Dr \"P\" Shah,,,\n");
            var p = Assert.Single(problems);
            Assert.Equal(("CsvFormat", 2, 42), (p.Code, p.Line, p.Column));
        }

        [Fact]
        public void Text_after_a_closing_quote_is_a_csv_format_problem()
        {
            var (problems, _) = ReadCsv(Header + "2026-01-01,svc,app,system,,2h,success,\"Dr Shah\"x,,,\n");
            var p = Assert.Single(problems);
            Assert.Equal(("CsvFormat", 2, 48), (p.Code, p.Line, p.Column));
        }

        [Fact]
        public void Unterminated_quote_is_a_csv_format_problem_at_the_field()
        {
            var (problems, _) = ReadCsv(Header + "2026-01-01,svc,app,system,,2h,success,\"Dr Shah,,,\n");
            var p = Assert.Single(problems);
            Assert.Equal(("CsvFormat", 2, 39), (p.Code, p.Line, p.Column));
        }

        [Fact]
        public void Quoted_fields_may_hold_commas_quotes_and_line_breaks()
        {
            _folder.Write("restore-tests.csv", "date,service,scope,result,validation\r\n2026-01-01,svc,system,success,\"Opened \"\"today\"\",\r\nthen closed\"\r\n\r\n2026-02-01,svc,file,failed,\r\n");
            var result = _folder.Read(DefinitionFolder.Minimal + "restoreTests: { path: restore-tests.csv }\n");
            Assert.Empty(result.Problems);
            var tests = result.Definition!.RestoreTests;
            Assert.Equal(2, tests.Count);
            Assert.Equal("Opened \"today\",\nthen closed", tests[0].Validation);
            Assert.Equal(4, tests[1].Location!.Line - 1);   // a blank line is skipped; the row starts on line 5
        }

        [Fact]
        public void Unknown_and_missing_header_columns()
        {
            var (problems, file) = ReadCsv("date,service,scope,outcome\n2026-01-01,svc,system,success\n");
            Assert.Equal(2, problems.Length);
            Assert.Equal(("MissingKey", file, 1, 1), (problems[0].Code, problems[0].File, problems[0].Line, problems[0].Column));
            Assert.Contains("result", problems[0].Message);
            Assert.Equal(("UnknownKey", 1, 20), (problems[1].Code, problems[1].Line, problems[1].Column));
            Assert.Contains("'outcome'", problems[1].Message);
        }

        [Fact]
        public void Yaml_restore_test_file_problems_are_located_in_that_file()
        {
            var file = _folder.Write("tests.yaml", "- date: 2026-01-01\n  service: svc\n  scope: system\n  result: success\n  duration: soon\n");
            var result = _folder.Read(DefinitionFolder.Minimal + "restoreTests: { path: tests.yaml }\n");
            var p = Assert.Single(result.Problems);
            Assert.Equal(("BadDuration", file, 5, 13), (p.Code, p.File, p.Line, p.Column));
        }

        [Fact]
        public void Yaml_restore_test_file_with_a_syntax_error()
        {
            var file = _folder.Write("tests.yaml", "- date: 2026-01-01\n  service: [svc\n");
            var result = _folder.Read(DefinitionFolder.Minimal + "restoreTests: { path: tests.yaml }\n");
            var p = Assert.Single(result.Problems);
            Assert.Equal(("YamlSyntax", file), (p.Code, p.File));
        }

        [Fact]
        public void Restore_tests_in_another_kind_of_file_are_rejected()
        {
            var result = _folder.Read(DefinitionFolder.Minimal + "restoreTests: { path: tests.txt }\n");
            var p = Assert.Single(result.Problems);
            Assert.Equal(("BadValue", 14, 23), (p.Code, p.Line, p.Column));
        }
    }
}
