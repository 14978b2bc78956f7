using System.Collections.Generic;
using System.Globalization;
using System.Xml;

namespace DrAudit.Core.Packs.Excel.Xlsx
{
    /// <summary>An Excel table (ListObject) over a sheet's range: its name, its header cells' texts (which must be
    /// the table's column names), an autofilter on the header row, and the built-in banded style.</summary>
    internal sealed class TablePart
    {
        /// <summary>Each sheet holds at most one table, always its relationship rId1.</summary>
        public const string RelationshipId = "rId1";

        public TablePart(string name, string reference, IReadOnlyList<string> columns)
        {
            Name = name;
            Reference = reference;
            Columns = columns;
        }

        public string Name { get; }
        public string Reference { get; }
        public IReadOnlyList<string> Columns { get; }

        public void Write(XmlWriter xml, int id)
        {
            xml.WriteStartElement("table", XlsxNames.Main);
            xml.WriteAttributeString("id", id.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("name", Name);
            xml.WriteAttributeString("displayName", Name);
            xml.WriteAttributeString("ref", Reference);
            xml.WriteStartElement("autoFilter", XlsxNames.Main);
            xml.WriteAttributeString("ref", Reference);
            xml.WriteEndElement();
            xml.WriteStartElement("tableColumns", XlsxNames.Main);
            xml.WriteAttributeString("count", Columns.Count.ToString(CultureInfo.InvariantCulture));
            for (var i = 0; i < Columns.Count; i++)
            {
                xml.WriteStartElement("tableColumn", XlsxNames.Main);
                xml.WriteAttributeString("id", (i + 1).ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("name", XlsxText.EscapeUnderscores(Columns[i]));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteStartElement("tableStyleInfo", XlsxNames.Main);
            xml.WriteAttributeString("name", "TableStyleMedium2");
            xml.WriteAttributeString("showFirstColumn", "0");
            xml.WriteAttributeString("showLastColumn", "0");
            xml.WriteAttributeString("showRowStripes", "1");
            xml.WriteAttributeString("showColumnStripes", "0");
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
    }
}
