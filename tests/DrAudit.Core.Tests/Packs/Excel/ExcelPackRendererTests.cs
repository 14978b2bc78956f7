using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs;
using DrAudit.Core.Packs.Excel;
using DrAudit.Core.Packs.Html;

namespace DrAudit.Core.Tests.Packs.Excel
{
    public sealed class ExcelPackRendererTests : IClassFixture<RenderedWorkbook>
    {
        private static readonly string[] DataSheets =
        {
            "Root causes", "Services", "Controls", "Findings", "Coverage", "Discovered", "Recovery points", "Job runs", "Restore tests", "Exercises and actions", "Attested facts", "Sources and manifest",
        };

        private readonly RenderedWorkbook _book;

        public ExcelPackRendererTests(RenderedWorkbook book)
        {
            _book = book;
        }

        private ReadinessResult Result => _book.Result;

        [Fact]
        public void Writes_evidence_xlsx_as_the_excel_format()
        {
            Assert.Equal(PackFormat.Excel, new ExcelPackRenderer().Format);
            Assert.Equal(new[] { "evidence.xlsx" }, _book.Written);
            Assert.True(File.Exists(_book.FilePath));
            Assert.Equal(new[] { "Summary" }.Concat(DataSheets), _book.Workbook.Worksheets.Select(w => w.Name));
        }

        [Fact]
        public void Passes_the_open_xml_validator()
        {
            AssertValid(_book.FilePath);
        }

        [Fact]
        public void Summary_numbers_match_the_result()
        {
            Assert.Equal(Result.EssentialEight.MaturityLevel, _book.Summary("Essential Eight maturity level").GetValue<int>());
            Assert.Equal(string.Join(", ", Result.EssentialEight.BlockingNextLevel), _book.Summary("Controls blocking the next level").GetString());
            Assert.Equal(Result.DrReadiness.ServicesReady, _book.Summary("Services ready").GetValue<int>());
            Assert.Equal(Result.DrReadiness.ServicesTotal, _book.Summary("Services total").GetValue<int>());
            Assert.Equal(2, _book.Summary("Services total").GetValue<int>());
            foreach (var severity in new[] { Severity.High, Severity.Medium, Severity.Low })
                Assert.Equal(Result.Findings.Count(f => f.Severity == severity),
                    _book.Summary("Findings (" + severity + ")").GetValue<int>());
            Assert.Equal(1, _book.Summary("Sources failed").GetValue<int>());
            Assert.Equal("m365", _book.Summary("Failed sources").GetString());
            Assert.Equal(ExcelScenario.ScriptName, _book.Summary("Client").GetString());
            Assert.Equal(ExcelScenario.PlusName, _book.Summary("MSP").GetString());
            Assert.Equal("0.1.0-test", _book.Summary("Tool version").GetString());
            Assert.Equal(Result.AsOf.UtcDateTime, _book.Summary("Audit point (UTC)").GetDateTime());
            // The audit window in words ("35 days"), as the report says it, not the definition's "35d".
            Assert.Equal(DrAudit.Core.Packs.Html.ReportFormat.Words(Result.AuditWindow), _book.Summary("Audit window").GetString());
            Assert.DoesNotMatch(@"^\d+[dhm]$", _book.Summary("Audit window").GetString());
            Assert.Equal(Result.GeneratedAt.UtcDateTime, _book.Summary("Generated (UTC)").GetDateTime());
        }

        [Fact]
        public void Every_finding_key_is_listed_once()
        {
            Assert.NotEmpty(Result.Findings);
            var keys = _book.Rows("Findings").Select(r => r["Key"].GetString()).ToList();
            Assert.Equal(Result.Findings.Select(f => f.Key).OrderBy(k => k, StringComparer.Ordinal), keys.OrderBy(k => k, StringComparer.Ordinal));
            Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
            var first = Result.Findings[0];
            var row = _book.Rows("Findings").Single(r => r["Key"].GetString() == first.Key);
            Assert.Equal(first.Statement, row["Statement"].GetString());
            Assert.Equal(string.Join("\n", first.Evidence), row["Evidence"].GetString());
        }

        [Fact]
        public void Control_matrix_holds_every_outcome_of_the_result()
        {
            var rows = _book.Rows("Controls").ToDictionary(r => r["Control"].GetString());
            var controls = Result.EssentialEight.Controls.Concat(Result.DrReadiness.Controls).ToList();
            Assert.Equal(controls.Count, rows.Count);
            foreach (var control in controls)
            {
                var row = rows[control.Id];
                Assert.Equal(DrAudit.Core.Packs.Html.OutcomeStyles.For(control.Outcome).Label, row["Outcome"].GetString());
                foreach (var service in Result.Services)
                {
                    var expected = control.Services.SingleOrDefault(s => s.Service == service.Id)?.Outcome is { } o ? DrAudit.Core.Packs.Html.OutcomeStyles.For(o).Label : "";
                    Assert.Equal(expected, row[service.Id].GetString());
                }
            }
            Assert.Contains(rows.Values, r => r["payroll"].GetString() == nameof(Outcome.Ineffective) || r["payroll"].GetString() == nameof(Outcome.NoVisibility));
            Assert.Contains(rows.Values, r => r["payroll"].GetString() == nameof(Outcome.Effective));
        }

        [Fact]
        public void Outcome_columns_are_coloured_by_conditional_formatting()
        {
            var formats = _book.Workbook.Worksheet("Controls").ConditionalFormats.ToList();
            Assert.Contains(formats, f => f.Values.Values.Any(v => v.Value == "\"Ineffective\""));
            Assert.Contains(formats, f => f.Values.Values.Any(v => v.Value == "\"Effective\""));
            // The colours follow the words the cells hold: "No visibility", as the report says, not the code's "NoVisibility".
            Assert.Contains(formats, f => f.Values.Values.Any(v => v.Value == "\"No visibility\""));
            Assert.DoesNotContain(formats, f => f.Values.Values.Any(v => v.Value == "\"NoVisibility\""));
            Assert.NotEmpty(_book.Workbook.Worksheet("Findings").ConditionalFormats);
        }

        [Fact]
        public void Every_data_sheet_is_a_filtered_table_with_a_frozen_header()
        {
            foreach (var name in DataSheets)
            {
                var sheet = _book.Workbook.Worksheet(name);
                var table = Assert.Single(sheet.Tables);
                Assert.True(table.ShowAutoFilter, name);
                Assert.Equal(1, table.RangeAddress.FirstAddress.RowNumber);
                Assert.Equal(1, sheet.SheetView.SplitRow);
                Assert.Equal(0, sheet.SheetView.SplitColumn);
            }
            using var document = SpreadsheetDocument.Open(_book.FilePath, false);
            var tables = document.WorkbookPart!.WorksheetParts.SelectMany(w => w.TableDefinitionParts).ToList();
            Assert.Equal(DataSheets.Length, tables.Count);
            Assert.All(tables, t => Assert.NotNull(t.Table!.AutoFilter));
        }

        [Fact]
        public void Dates_are_numeric_date_cells_and_durations_are_numbers()
        {
            var runs = _book.Rows("Job runs");
            var expected = Result.Inputs!.Sources.Single(s => s.Id == "main").Inventory!.Runs
                .Where(r => r.Start >= Result.AsOf.AddDays(-35) && r.Start <= Result.AsOf).ToList();
            Assert.Equal(expected.Count, runs.Count);
            foreach (var row in runs)
            {
                Assert.Equal(XLDataType.DateTime, row["Start (UTC)"].DataType);
                Assert.Contains("yyyy", row["Start (UTC)"].Style.NumberFormat.Format);
                Assert.Equal(XLDataType.Number, row["Duration (minutes)"].DataType);
                Assert.Equal(30, row["Duration (minutes)"].GetDouble());
            }
            Assert.Equal(expected.Min(r => r.Start).UtcDateTime, runs.Min(r => r["Start (UTC)"].GetDateTime()));

            var payroll = _book.Rows("Services").Single(r => r["Service"].GetString() == "payroll");
            Assert.Equal(XLDataType.Number, payroll["RPO (hours)"].DataType);
            Assert.Equal(Result.Inputs.Definition.FindService("payroll")!.Targets.Rpo.TotalHours, payroll["RPO (hours)"].GetDouble());
            Assert.Equal(XLDataType.DateTime, _book.Rows("Restore tests").Single()["Date (UTC)"].DataType);
        }

        [Fact]
        public void Dates_are_stored_as_numbers_in_the_file()
        {
            using var document = SpreadsheetDocument.Open(_book.FilePath, false);
            var sheet = WorksheetPart(document, "Job runs");
            var start = sheet.Worksheet.Descendants<Cell>().Single(c => c.CellReference == "E2");
            Assert.True(start.DataType == null || start.DataType.Value == CellValues.Number);
            Assert.True(double.TryParse(start.CellValue!.Text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _));
            Assert.NotNull(start.StyleIndex);
        }

        [Fact]
        public void Hostile_names_stay_intact_text()
        {
            var texts = _book.Workbook.Worksheets.SelectMany(w => w.CellsUsed()).Where(c => c.DataType == XLDataType.Text).Select(c => c.GetString()).ToList();
            foreach (var hostile in new[] { ExcelScenario.InjectionJob, ExcelScenario.ScriptName, ExcelScenario.PlusName, ExcelScenario.MinusName,
                         ExcelScenario.AtName, ExcelScenario.RightToLeftName, ExcelScenario.LongJobName })
                Assert.Contains(hostile, texts);

            var injection = _book.Rows("Coverage").First(r => r["Job"].GetString() == ExcelScenario.InjectionJob)["Job"];
            Assert.Equal(XLDataType.Text, injection.DataType);
            Assert.False(injection.HasFormula);
            Assert.Equal(5000, ExcelScenario.LongJobName.Length);
            Assert.Contains(_book.Rows("Coverage"), r => r["Job"].GetString() == ExcelScenario.LongJobName);
        }

        [Fact]
        public void Text_that_looks_like_an_xml_escape_is_stored_escaped()
        {
            using var document = SpreadsheetDocument.Open(_book.FilePath, false);
            var stored = document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList();
            Assert.Contains("_x005F_x0041_ is not an A", stored);
            Assert.DoesNotContain(ExcelScenario.EscapeLikeName, stored);
        }

        [Fact]
        public void No_cell_in_the_workbook_has_a_formula()
        {
            Assert.DoesNotContain(_book.Workbook.Worksheets.SelectMany(w => w.CellsUsed()), c => c.HasFormula);
            using var document = SpreadsheetDocument.Open(_book.FilePath, false);
            Assert.Empty(document.WorkbookPart!.WorksheetParts.SelectMany(w => w.Worksheet.Descendants<CellFormula>()));
            var injection = document.WorkbookPart.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText);
            Assert.Contains(ExcelScenario.InjectionJob, injection);
        }

        [Fact]
        public void Column_widths_fit_content_within_bounds()
        {
            foreach (var name in DataSheets.Append("Summary"))
            {
                foreach (var column in _book.Workbook.Worksheet(name).ColumnsUsed())
                {
                    Assert.InRange(column.Width, ColumnWidths.MinWidth, ColumnWidths.MaxWidth);
                }
            }
            var coverage = _book.Workbook.Worksheet("Coverage");
            var jobColumn = coverage.Row(1).CellsUsed().Single(c => c.GetString() == "Job").Address.ColumnNumber;
            Assert.Equal(ColumnWidths.MaxWidth, coverage.Column(jobColumn).Width);
            Assert.True(coverage.Cell(2, jobColumn).Style.Alignment.WrapText);
            var kindColumn = coverage.Row(1).CellsUsed().Single(c => c.GetString() == "Kind").Address.ColumnNumber;
            Assert.Equal("m365-mailbox".Length + 2, coverage.Column(kindColumn).Width);
            var sources = _book.Workbook.Worksheet("Sources and manifest");
            var jobsColumn = sources.Row(1).CellsUsed().Single(c => c.GetString() == "Jobs").Address.ColumnNumber;
            Assert.Equal(ColumnWidths.MinWidth, sources.Column(jobsColumn).Width);
        }

        [Fact]
        public void Coverage_lists_each_job_of_each_component_with_its_repository()
        {
            var rows = _book.Rows("Coverage");
            var payrollDb = rows.Where(r => r["Component"].GetString() == "payroll-db").ToList();
            Assert.Equal(new[] { ExcelScenario.InjectionJob, "copy" }.OrderBy(x => x), payrollDb.Select(r => r["Job"].GetString()).OrderBy(x => x));
            Assert.Equal("cloud", payrollDb.Single(r => r["Job"].GetString() == "copy")["Repository"].GetString());
            var mailbox = Assert.Single(rows, r => r["Component"].GetString() == "mailbox");
            Assert.False(mailbox["Sources readable"].GetBoolean());
            Assert.Equal("m365", mailbox["Failed sources"].GetString());
            Assert.True(mailbox["Job"].IsEmpty());
        }

        [Fact]
        public void Recovery_points_show_the_newest_point_per_component_and_repository()
        {
            var rows = _book.Rows("Recovery points").Where(r => r["Component"].GetString() == "payroll-db").ToList();
            Assert.Equal(new[] { "cloud", "local" }, rows.Select(r => r["Repository"].GetString()).OrderBy(x => x));
            var local = rows.Single(r => r["Repository"].GetString() == "local");
            Assert.Equal(Result.AsOf.AddDays(-1).UtcDateTime, local["Newest point (UTC)"].GetDateTime());
            Assert.Equal(24, local["Age (hours)"].GetDouble());
            Assert.Equal(60, local["Good points here"].GetValue<int>());
            Assert.Equal("copy", rows.Single(r => r["Repository"].GetString() == "cloud")["Job kind"].GetString());
            Assert.DoesNotContain(_book.Rows("Recovery points"), r => r["Component"].GetString() == "entra-id");
        }

        [Fact]
        public void Exercise_actions_show_open_and_overdue_at_as_of()
        {
            var rows = _book.Rows("Exercises and actions").ToDictionary(r => r["Action"].GetString());
            Assert.True(rows["A-1"]["Overdue at the audit point"].GetBoolean());
            Assert.True(rows["A-1"]["Open at the audit point"].GetBoolean());
            Assert.False(rows["A-2"]["Open at the audit point"].GetBoolean());
            Assert.False(rows["A-2"]["Overdue at the audit point"].GetBoolean());
            Assert.Equal(ExcelScenario.InjectionJob, rows["A-1"]["Action text"].GetString());
        }

        [Fact]
        public void Sources_sheet_lists_status_error_and_what_each_gave()
        {
            var rows = _book.Rows("Sources and manifest").ToDictionary(r => r["Source"].GetString());
            Assert.Equal("failed", rows["m365"]["Status"].GetString());
            Assert.Equal(SourceErrorText.EvidenceMissing, rows["m365"]["Error"].GetString());
            Assert.Equal("", rows["main"]["Error"].GetString());
            Assert.Equal("ok", rows["main"]["Status"].GetString());
            Assert.Equal(Result.Inputs!.Sources.Single(s => s.Id == "main").Inventory!.Runs.Count, rows["main"]["Runs"].GetValue<int>());
            Assert.True(rows["m365"]["Runs"].IsEmpty());
            var sheet = _book.Workbook.Worksheet("Sources and manifest");
            Assert.Contains(sheet.CellsUsed(), c => c.GetString().Contains("manifest.json") && c.Address.RowNumber > sheet.Tables.Single().RangeAddress.LastAddress.RowNumber);
        }

        [Fact]
        public void Sources_sheet_tells_the_client_only_that_evidence_is_missing_and_the_engineer_why()
        {
            // The Client audience (the default) never carries a source's engineer-facing error: how to set a
            // credential, which variable or parameter; the Internal audience keeps it exactly.
            var result = ExcelScenario.Result();
            var failed = result.Sources.Single(s => s.Id == "m365");
            failed.Error = "no credential: the environment variables VBR_USER and VBR_PASS are not set; set them or pass -Credential.";
            using (var client = RenderedWorkbook.Of(result))
            {
                var cells = client.Workbook.Worksheets.SelectMany(w => w.CellsUsed()).Select(c => c.GetString()).ToList();
                Assert.DoesNotContain(cells, c => c.Contains("VBR_PASS", StringComparison.Ordinal) || c.Contains("-Credential", StringComparison.Ordinal));
                Assert.Equal(SourceErrorText.EvidenceMissing, client.Rows("Sources and manifest").Single(r => r["Source"].GetString() == "m365")["Error"].GetString());
            }
            using (var engineer = RenderedWorkbook.Of(result, ReportAudience.Internal))
                Assert.Equal(failed.Error, engineer.Rows("Sources and manifest").Single(r => r["Source"].GetString() == "m365")["Error"].GetString());
        }

        [Fact]
        public void A_result_without_inputs_still_renders_a_valid_workbook()
        {
            using var book = RenderedWorkbook.Of(ExcelScenario.Result(withInputs: false));
            AssertValid(book.FilePath);
            Assert.Empty(book.Rows("Coverage"));
            Assert.Empty(book.Rows("Job runs"));
            Assert.Equal(book.Result.Findings.Count, book.Rows("Findings").Count);
            Assert.Single(book.Workbook.Worksheet("Coverage").Tables);
        }

        [Fact]
        public void Control_characters_and_oversized_text_are_made_storable()
        {
            Assert.Equal("a\uFFFDb\tc", CellText.Safe("a\u0001b\tc"));
            Assert.Equal("x\uFFFDy", CellText.Safe("x\uD800y"));
            Assert.Equal("\U0001F600", CellText.Safe("\U0001F600"));
            var cut = CellText.Safe(new string('a', 40000));
            Assert.Equal(CellText.MaxCellLength, cut.Length);
            Assert.EndsWith("[cut]", cut);
        }

        private static void AssertValid(string path)
        {
            using var document = SpreadsheetDocument.Open(path, false);
            var errors = new OpenXmlValidator().Validate(document)
                .Concat(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365).Validate(document)).ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.Path?.XPath + " " + e.Description)));
        }

        private static WorksheetPart WorksheetPart(SpreadsheetDocument document, string name)
        {
            var sheet = document.WorkbookPart!.Workbook.Descendants<Sheet>().Single(s => s.Name == name);
            return (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
        }
    }
}
