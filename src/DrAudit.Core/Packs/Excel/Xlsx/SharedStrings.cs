using System;
using System.Collections.Generic;
using System.Globalization;
using System.Xml;

namespace DrAudit.Core.Packs.Excel.Xlsx
{
    /// <summary>The workbook's shared string table: each distinct text is stored once and cells refer to it by index,
    /// so a column repeating a job or source id costs one entry, not one string per row. Holds only the distinct texts.</summary>
    internal sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _index = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly List<string> _texts = new List<string>();
        private readonly List<string> _indexText = new List<string>();
        private readonly Dictionary<string, string> _cellIndex = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _cellText = new Dictionary<string, string>(StringComparer.Ordinal);

        public int Count => _texts.Count;

        /// <summary>The index of <paramref name="text"/> as the cell value writes it ("12"), adding the text when new.</summary>
        public string IndexOf(string text)
        {
            if (!_index.TryGetValue(text, out var i))
            {
                i = _texts.Count;
                _index.Add(text, i);
                _texts.Add(text);
                _indexText.Add(i.ToString(CultureInfo.InvariantCulture));
            }
            return _indexText[i];
        }

        /// <summary>The index of a cell's text as written by a sheet: made storable and without local paths
        /// (<see cref="CellText.Safe"/>, <see cref="CellText.ScrubPaths"/>) once per distinct text, however many
        /// cells repeat it.</summary>
        public string IndexOfCellText(string raw)
        {
            if (!_cellIndex.TryGetValue(raw, out var index))
            {
                index = IndexOf(CellTextOf(raw));
                _cellIndex.Add(raw, index);
            }
            return index;
        }

        /// <summary>A cell's text as the reader will see it (what <see cref="IndexOfCellText"/> stores), so a column is
        /// as wide as what it shows and not as the text before local paths were taken out. Adds nothing to the table:
        /// texts are stored in the order cells are written.</summary>
        public string CellTextOf(string raw)
        {
            if (!_cellText.TryGetValue(raw, out var text))
            {
                text = CellText.Safe(CellText.ScrubPaths(raw));
                _cellText.Add(raw, text);
            }
            return text;
        }

        /// <summary>Writes <c>xl/sharedStrings.xml</c>.</summary>
        public void Write(XmlWriter xml)
        {
            xml.WriteStartElement("sst", XlsxNames.Main);
            xml.WriteAttributeString("uniqueCount", _texts.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var text in _texts)
            {
                xml.WriteStartElement("si", XlsxNames.Main);
                XlsxText.WriteT(xml, text);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
    }
}
