using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DrAudit.Core.Packs.Excel;
using DrAudit.Core.Packs.Excel.Xlsx;

namespace DrAudit.Core.Tests.Packs.Excel
{
    /// <summary>The forward-only .xlsx writer on its own: what a reader sees is exactly what was written.</summary>
    public sealed class XlsxPackageTests
    {
        private sealed class Row
        {
            public string Text = "";
            public double? Number;
            public bool? Flag;
        }

        [Fact]
        public void Text_keeps_its_spaces_and_escape_lookalikes_and_numbers_excel_cannot_hold_are_left_empty()
        {
            using var folder = new TempFolder();
            var path = folder.Combine("t.xlsx");
            var rows = new[]
            {
                new Row { Text = "  padded  ", Number = 1.239, Flag = true },
                new Row { Text = "_x0041_ and _X1234_ and _x12_", Number = double.NaN, Flag = false },
                new Row { Text = "=1+1", Number = double.PositiveInfinity },
            };
            using (var package = new XlsxPackage(path))
            {
                TableSheetWriter.Write(package, TableSheet.Of("Data", "Data", rows, new ColumnList<Row>()
                    .Text("Text", r => r.Text)
                    .Number("Number", r => r.Number)
                    .Boolean("Flag", r => r.Flag)));
                package.Finish("Title _x0041_ <&>", "DrAudit test", new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));
            }

            using (var book = new XLWorkbook(path))
            {
                var sheet = book.Worksheet("Data");
                Assert.Equal("Text", sheet.Cell(1, 1).GetString());
                Assert.Equal("  padded  ", sheet.Cell(2, 1).GetString());
                Assert.Equal("=1+1", sheet.Cell(4, 1).GetString());
                Assert.False(sheet.Cell(4, 1).HasFormula);
                Assert.Equal(1.24, sheet.Cell(2, 2).GetDouble());
                Assert.True(sheet.Cell(3, 2).IsEmpty());
                Assert.True(sheet.Cell(4, 2).IsEmpty());
                Assert.True(sheet.Cell(2, 3).GetBoolean());
                Assert.False(sheet.Cell(3, 3).GetBoolean());
                Assert.Equal(new[] { "Text", "Number", "Flag" }, Assert.Single(sheet.Tables).Fields.Select(f => f.Name));
            }
            using (var document = SpreadsheetDocument.Open(path, false))
            {
                // Stored as ECMA-376 says (the underscore of an escape lookalike escaped); ClosedXML 0.95 decodes it twice on reading.
                var stored = document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList();
                Assert.Contains("_x005F_x0041_ and _X1234_ and _x12_", stored);
                Assert.Equal("Title _x0041_ <&>", document.PackageProperties.Title);
                Assert.Equal("DrAudit test", document.PackageProperties.Creator);
                Assert.Equal(new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc), document.PackageProperties.Created!.Value.ToUniversalTime());
            }
        }

        [Fact]
        public void A_column_is_as_wide_as_the_text_it_shows_after_local_paths_are_taken_out()
        {
            using var folder = new TempFolder();
            var path = folder.Combine("t.xlsx");
            const string root = "/srv/msp/clients/a-long-folder-name-of-the-auditing-machine";
            var rows = new[] { new Row { Text = root + "/restore-tests.csv" } };
            var before = CellText.Paths.Value;
            CellText.Paths.Value = new DrAudit.Core.Packs.LocalPaths(new (string?, string)[] { (root, ".") });
            try
            {
                using var package = new XlsxPackage(path);
                TableSheetWriter.Write(package, TableSheet.Of("Data", "Data", rows, new ColumnList<Row>().Text("Origin", r => r.Text)));
                package.Finish("t", "DrAudit test", new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));
            }
            finally
            {
                CellText.Paths.Value = before;
            }

            using var document = SpreadsheetDocument.Open(path, false);
            var part = document.WorkbookPart!.WorksheetParts.Single();
            var width = part.Worksheet.Descendants<Column>().Single().Width!.Value;
            var shown = document.WorkbookPart.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).Single(t => t != "Origin");
            Assert.Equal("./restore-tests.csv", shown);
            Assert.InRange(width, shown.Length + ColumnWidths.CellPadding, shown.Length + ColumnWidths.CellPadding + 1);
        }

        [Fact]
        public void Every_table_names_its_columns_as_its_header_cells_read()
        {
            using var book = RenderedWorkbook.Of(ExcelScenario.Result());
            using var document = SpreadsheetDocument.Open(book.FilePath, false);
            foreach (var sheet in document.WorkbookPart!.Workbook.Descendants<Sheet>())
            {
                var part = (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!);
                foreach (var table in part.TableDefinitionParts.Select(t => t.Table!))
                {
                    var headers = book.Workbook.Worksheet(sheet.Name!).Row(1).CellsUsed().Select(c => c.GetString());
                    Assert.Equal(headers, table.TableColumns!.Elements<TableColumn>().Select(c => c.Name!.Value));
                }
            }
        }

        [Fact]
        public void A_file_that_exists_is_never_overwritten()
        {
            using var folder = new TempFolder();
            var path = folder.Combine("t.xlsx");
            File.WriteAllText(path, "earlier");
            Assert.Throws<IOException>(() => new XlsxPackage(path));
            Assert.Equal("earlier", File.ReadAllText(path));
        }
    }
}
