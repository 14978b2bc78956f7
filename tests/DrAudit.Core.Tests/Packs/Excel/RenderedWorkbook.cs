using ClosedXML.Excel;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs.Excel;
using DrAudit.Core.Packs.Html;

namespace DrAudit.Core.Tests.Packs.Excel
{
    /// <summary>The <see cref="ExcelScenario"/> result rendered once into a temp folder and read back with ClosedXML.</summary>
    public sealed class RenderedWorkbook : IDisposable
    {
        private readonly TempFolder _folder = new TempFolder();

        public RenderedWorkbook() : this(ExcelScenario.Result()) { }

        /// <summary>Renders another result (the caller disposes it).</summary>
        public static RenderedWorkbook Of(ReadinessResult result, ReportAudience audience = ReportAudience.Client) => new RenderedWorkbook(result, audience);

        private RenderedWorkbook(ReadinessResult result, ReportAudience audience = ReportAudience.Client)
        {
            Result = result;
            Written = new ExcelPackRenderer(audience).Render(result, _folder.Path);
            FilePath = _folder.Combine(ExcelPackRenderer.FileName);
            Workbook = new XLWorkbook(FilePath);
        }

        public ReadinessResult Result { get; }
        public IReadOnlyList<string> Written { get; }
        public string FilePath { get; }
        public XLWorkbook Workbook { get; }

        /// <summary>The data rows of a sheet's table as header -> cell.</summary>
        public IReadOnlyList<IReadOnlyDictionary<string, IXLCell>> Rows(string sheet)
        {
            var table = Workbook.Worksheet(sheet).Tables.Single();
            var headers = table.HeadersRow().Cells().Select(c => c.GetString()).ToList();
            return table.DataRange.Rows()
                .Where(r => !r.IsEmpty())
                .Select(r => (IReadOnlyDictionary<string, IXLCell>)headers.Select((h, i) => (h, r.Cell(i + 1))).ToDictionary(x => x.h, x => (IXLCell)x.Item2))
                .ToList();
        }

        /// <summary>The Summary value cell next to a label.</summary>
        public IXLCell Summary(string label) =>
            Workbook.Worksheet("Summary").Column(1).CellsUsed().Single(c => c.GetString() == label).CellRight();

        public void Dispose()
        {
            Workbook.Dispose();
            _folder.Dispose();
        }
    }
}
