using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Xml;

namespace DrAudit.Core.Packs.Excel.Xlsx
{
    /// <summary>
    /// Writes one worksheet's XML forward-only, row by row, straight into the package: nothing of the sheet is kept
    /// in memory but the row being written (texts go to the <see cref="SharedStrings"/>). Parts in the order the
    /// schema demands: dimension, view (frozen header row), column widths, cells, conditional formatting, table part.
    /// Client text is only ever a shared string: no cell is ever written with a formula.
    /// </summary>
    internal sealed class SheetXmlWriter : IDisposable
    {
        private static readonly XmlWriterSettings Settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false };

        /// <summary>A stored column width counts the cell's margins too (about 5 pixels of Calibri 11): this much is added
        /// to the characters a column should show, as Excel and ClosedXML do.</summary>
        public const double CellMargin = 0.710625;

        private readonly XmlWriter _xml;
        private readonly SharedStrings _strings;
        private string _rowText = "";

        public SheetXmlWriter(Stream stream, SharedStrings strings)
        {
            _xml = XmlWriter.Create(stream, Settings);
            _strings = strings;
        }

        /// <summary>Starts the sheet: its used range, a frozen first row when asked, and one width (and column style) per column.</summary>
        public void Begin(string dimension, bool freezeHeader, IReadOnlyList<double> widths, IReadOnlyList<CellStyle>? columnStyles = null)
        {
            _xml.WriteStartDocument(true);
            _xml.WriteStartElement("worksheet", XlsxNames.Main);
            _xml.WriteAttributeString("xmlns", "r", null, XlsxNames.Relationships);
            _xml.WriteStartElement("dimension", XlsxNames.Main);
            _xml.WriteAttributeString("ref", dimension);
            _xml.WriteEndElement();
            _xml.WriteStartElement("sheetViews", XlsxNames.Main);
            _xml.WriteStartElement("sheetView", XlsxNames.Main);
            _xml.WriteAttributeString("workbookViewId", "0");
            if (freezeHeader)
            {
                _xml.WriteStartElement("pane", XlsxNames.Main);
                _xml.WriteAttributeString("ySplit", "1");
                _xml.WriteAttributeString("topLeftCell", "A2");
                _xml.WriteAttributeString("activePane", "bottomLeft");
                _xml.WriteAttributeString("state", "frozen");
                _xml.WriteEndElement();
            }
            _xml.WriteEndElement();
            _xml.WriteEndElement();
            if (widths.Count > 0)
            {
                _xml.WriteStartElement("cols", XlsxNames.Main);
                for (var c = 0; c < widths.Count; c++)
                {
                    var n = (c + 1).ToString(CultureInfo.InvariantCulture);
                    _xml.WriteStartElement("col", XlsxNames.Main);
                    _xml.WriteAttributeString("min", n);
                    _xml.WriteAttributeString("max", n);
                    _xml.WriteAttributeString("width", (widths[c] + CellMargin).ToString("R", CultureInfo.InvariantCulture));
                    if (columnStyles != null && columnStyles[c] != CellStyle.Default)
                        _xml.WriteAttributeString("style", ((int)columnStyles[c]).ToString(CultureInfo.InvariantCulture));
                    _xml.WriteAttributeString("customWidth", "1");
                    _xml.WriteEndElement();
                }
                _xml.WriteEndElement();
            }
            _xml.WriteStartElement("sheetData", XlsxNames.Main);
        }

        public void BeginRow(int row)
        {
            _rowText = row.ToString(CultureInfo.InvariantCulture);
            _xml.WriteStartElement("row", XlsxNames.Main);
            _xml.WriteAttributeString("r", _rowText);
        }

        public void EndRow() => _xml.WriteEndElement();

        /// <summary>A text cell: the text made storable (<see cref="CellText.Safe"/>) and shared; never a formula.</summary>
        public void Text(int column, string text, CellStyle style)
        {
            StartCell(column, style, "s");
            _xml.WriteElementString("v", XlsxNames.Main, _strings.IndexOfCellText(text));
            _xml.WriteEndElement();
        }

        /// <summary>A cell holding <paramref name="value"/> as <paramref name="kind"/> says; nothing for null (or a
        /// number Excel cannot hold).</summary>
        public void Value(int column, object? value, CellKind kind, CellStyle style)
        {
            if (value == null) return;
            switch (kind)
            {
                case CellKind.DateTime:
                case CellKind.Date:
                    Number(column, style, ToUtc(value).ToOADate().ToString("R", CultureInfo.InvariantCulture));
                    break;
                case CellKind.Number:
                    var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
                    if (double.IsNaN(number) || double.IsInfinity(number)) return;
                    Number(column, style, Math.Round(number, 2).ToString("R", CultureInfo.InvariantCulture));
                    break;
                case CellKind.Integer:
                    Number(column, style, Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                    break;
                case CellKind.Boolean:
                    StartCell(column, style, "b");
                    _xml.WriteElementString("v", XlsxNames.Main, (bool)value ? "1" : "0");
                    _xml.WriteEndElement();
                    break;
                default:
                    Text(column, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", style);
                    break;
            }
        }

        /// <summary>Closes the cells; what follows (conditional formatting, the table part) comes after them.</summary>
        public void EndData() => _xml.WriteEndElement();

        /// <summary>Colours outcome cells in <paramref name="ranges"/> (space-separated) by their text, with the
        /// fills of <see cref="WorkbookStyles.OutcomeFills"/>, so a filtered or re-sorted sheet keeps its colours.</summary>
        public void OutcomeColours(string ranges)
        {
            _xml.WriteStartElement("conditionalFormatting", XlsxNames.Main);
            _xml.WriteAttributeString("sqref", ranges);
            for (var i = 0; i < WorkbookStyles.OutcomeFills.Length; i++)
            {
                _xml.WriteStartElement("cfRule", XlsxNames.Main);
                _xml.WriteAttributeString("type", "cellIs");
                _xml.WriteAttributeString("dxfId", i.ToString(CultureInfo.InvariantCulture));
                _xml.WriteAttributeString("priority", (i + 1).ToString(CultureInfo.InvariantCulture));
                _xml.WriteAttributeString("operator", "equal");
                _xml.WriteElementString("formula", XlsxNames.Main, "\"" + DrAudit.Core.Packs.Html.OutcomeStyles.For(WorkbookStyles.OutcomeFills[i].Outcome).Label + "\"");
                _xml.WriteEndElement();
            }
            _xml.WriteEndElement();
        }

        /// <summary>Points the sheet at its table part (relationship <paramref name="relationshipId"/>).</summary>
        public void TablePart(string relationshipId)
        {
            _xml.WriteStartElement("tableParts", XlsxNames.Main);
            _xml.WriteAttributeString("count", "1");
            _xml.WriteStartElement("tablePart", XlsxNames.Main);
            _xml.WriteAttributeString("id", XlsxNames.Relationships, relationshipId);
            _xml.WriteEndElement();
            _xml.WriteEndElement();
        }

        public void Dispose()
        {
            _xml.WriteEndDocument();
            _xml.Dispose();
        }

        private void Number(int column, CellStyle style, string text)
        {
            StartCell(column, style, null);
            _xml.WriteElementString("v", XlsxNames.Main, text);
            _xml.WriteEndElement();
        }

        private void StartCell(int column, CellStyle style, string? type)
        {
            _xml.WriteStartElement("c", XlsxNames.Main);
            _xml.WriteStartAttribute("r");
            _xml.WriteString(CellReference.Column(column));
            _xml.WriteString(_rowText);
            _xml.WriteEndAttribute();
            if (style != CellStyle.Default) _xml.WriteAttributeString("s", StyleText(style));
            if (type != null) _xml.WriteAttributeString("t", type);
        }

        private static readonly string[] StyleTexts = { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9" };

        private static string StyleText(CellStyle style) => StyleTexts[(int)style];

        private static DateTime ToUtc(object value) =>
            value is DateTimeOffset offset ? offset.UtcDateTime : DateTime.SpecifyKind((DateTime)value, DateTimeKind.Utc);
    }
}
