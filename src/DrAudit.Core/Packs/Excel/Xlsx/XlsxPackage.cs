using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace DrAudit.Core.Packs.Excel.Xlsx
{
    /// <summary>
    /// An .xlsx file written forward-only: a zip opened in create mode, each part compressed straight to disk as it is
    /// written (a read-write package, as the Open XML SDK opens one, would hold every part in memory until it is
    /// closed). Sheets are added one at a time (<see cref="BeginSheet"/>, <see cref="EndSheet"/>); <see cref="Finish"/>
    /// writes the shared strings, styles, workbook, document properties, relationships and content types.
    /// </summary>
    internal sealed class XlsxPackage : IDisposable
    {
        private static readonly XmlWriterSettings Settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), CloseOutput = false };

        private readonly FileStream _file;
        private readonly ZipArchive _zip;
        private readonly List<string> _sheetNames = new List<string>();
        private readonly List<string> _overrides = new List<string>();
        private Stream? _openSheet;
        private int _tables;

        public XlsxPackage(string path)
        {
            _file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
            _zip = new ZipArchive(_file, ZipArchiveMode.Create, true);
        }

        public SharedStrings Strings { get; } = new SharedStrings();

        /// <summary>Opens the next worksheet's part; write it, dispose the writer, then call <see cref="EndSheet"/>.</summary>
        public SheetXmlWriter BeginSheet(string name)
        {
            if (_openSheet != null) throw new InvalidOperationException("The previous sheet is still open.");
            _sheetNames.Add(name);
            var part = "xl/worksheets/sheet" + _sheetNames.Count.ToString(CultureInfo.InvariantCulture) + ".xml";
            _overrides.Add(Override(part, XlsxNames.WorksheetType));
            _openSheet = Entry(part);
            return new SheetXmlWriter(_openSheet, Strings);
        }

        /// <summary>Closes the sheet begun last and, when it has one, writes its table (relationship "rId1" of the sheet).</summary>
        public void EndSheet(TablePart? table)
        {
            _openSheet?.Dispose();
            _openSheet = null;
            if (table == null) return;
            _tables++;
            var tablePart = "xl/tables/table" + _tables.ToString(CultureInfo.InvariantCulture) + ".xml";
            _overrides.Add(Override(tablePart, XlsxNames.TableType));
            WriteXml(tablePart, xml => table.Write(xml, _tables));
            WriteXml("xl/worksheets/_rels/sheet" + _sheetNames.Count.ToString(CultureInfo.InvariantCulture) + ".xml.rels", xml =>
                Relationships(xml, new[] { (TablePart.RelationshipId, XlsxNames.TableRelationship, "../tables/table" + _tables.ToString(CultureInfo.InvariantCulture) + ".xml") }));
        }

        /// <summary>Writes everything but the sheets and closes the file.</summary>
        public void Finish(string title, string creator, DateTimeOffset created)
        {
            WriteXml("xl/sharedStrings.xml", Strings.Write);
            using (var styles = Entry("xl/styles.xml"))
            {
                var bytes = WorkbookStyles.Xml();
                styles.Write(bytes, 0, bytes.Length);
            }
            WriteXml("xl/workbook.xml", Workbook);
            var workbookRelationships = new List<(string, string, string)>();
            for (var i = 1; i <= _sheetNames.Count; i++)
                workbookRelationships.Add(("rId" + i.ToString(CultureInfo.InvariantCulture), XlsxNames.WorksheetRelationship, "worksheets/sheet" + i.ToString(CultureInfo.InvariantCulture) + ".xml"));
            workbookRelationships.Add(("rIdStyles", XlsxNames.StylesRelationship, "styles.xml"));
            workbookRelationships.Add(("rIdStrings", XlsxNames.SharedStringsRelationship, "sharedStrings.xml"));
            WriteXml("xl/_rels/workbook.xml.rels", xml => Relationships(xml, workbookRelationships));
            WriteXml("docProps/core.xml", xml => CoreProperties(xml, title, creator, created));
            WriteXml("_rels/.rels", xml => Relationships(xml, new[]
            {
                ("rId1", XlsxNames.OfficeDocumentRelationship, "xl/workbook.xml"),
                ("rId2", XlsxNames.CorePropertiesRelationship, "docProps/core.xml"),
            }));
            WriteXml("[Content_Types].xml", ContentTypes);
            _zip.Dispose();
            _file.Dispose();
        }

        public void Dispose()
        {
            _openSheet?.Dispose();
            _zip.Dispose();
            _file.Dispose();
        }

        private Stream Entry(string part) => _zip.CreateEntry(part, CompressionLevel.Fastest).Open();

        private void WriteXml(string part, Action<XmlWriter> write)
        {
            using (var stream = Entry(part))
            using (var xml = XmlWriter.Create(stream, Settings))
            {
                xml.WriteStartDocument(true);
                write(xml);
                xml.WriteEndDocument();
            }
        }

        private void Workbook(XmlWriter xml)
        {
            xml.WriteStartElement("workbook", XlsxNames.Main);
            xml.WriteAttributeString("xmlns", "r", null, XlsxNames.Relationships);
            xml.WriteStartElement("bookViews", XlsxNames.Main);
            xml.WriteStartElement("workbookView", XlsxNames.Main);
            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteStartElement("sheets", XlsxNames.Main);
            for (var i = 0; i < _sheetNames.Count; i++)
            {
                var n = (i + 1).ToString(CultureInfo.InvariantCulture);
                xml.WriteStartElement("sheet", XlsxNames.Main);
                xml.WriteAttributeString("name", _sheetNames[i]);
                xml.WriteAttributeString("sheetId", n);
                xml.WriteAttributeString("id", XlsxNames.Relationships, "rId" + n);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        private static void Relationships(XmlWriter xml, IEnumerable<(string Id, string Type, string Target)> relationships)
        {
            xml.WriteStartElement("Relationships", XlsxNames.PackageRelationships);
            foreach (var (id, type, target) in relationships)
            {
                xml.WriteStartElement("Relationship", XlsxNames.PackageRelationships);
                xml.WriteAttributeString("Id", id);
                xml.WriteAttributeString("Type", type);
                xml.WriteAttributeString("Target", target);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }

        private static void CoreProperties(XmlWriter xml, string title, string creator, DateTimeOffset created)
        {
            const string cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
            const string dc = "http://purl.org/dc/elements/1.1/";
            const string dcterms = "http://purl.org/dc/terms/";
            const string xsi = "http://www.w3.org/2001/XMLSchema-instance";
            var when = created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            xml.WriteStartElement("cp", "coreProperties", cp);
            xml.WriteAttributeString("xmlns", "dc", null, dc);
            xml.WriteAttributeString("xmlns", "dcterms", null, dcterms);
            xml.WriteAttributeString("xmlns", "xsi", null, xsi);
            xml.WriteElementString("dc", "title", dc, CellText.Safe(title));
            xml.WriteElementString("dc", "creator", dc, CellText.Safe(creator));
            foreach (var name in new[] { "created", "modified" })
            {
                xml.WriteStartElement("dcterms", name, dcterms);
                xml.WriteAttributeString("xsi", "type", xsi, "dcterms:W3CDTF");
                xml.WriteString(when);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }

        private void ContentTypes(XmlWriter xml)
        {
            xml.WriteStartElement("Types", XlsxNames.ContentTypes);
            Default(xml, "rels", XlsxNames.RelationshipsType);
            Default(xml, "xml", "application/xml");
            foreach (var (part, type) in new[]
                     {
                         ("/xl/workbook.xml", XlsxNames.WorkbookType),
                         ("/xl/styles.xml", XlsxNames.StylesType),
                         ("/xl/sharedStrings.xml", XlsxNames.SharedStringsType),
                         ("/docProps/core.xml", XlsxNames.CorePropertiesType),
                     })
                WriteOverride(xml, part, type);
            foreach (var entry in _overrides)
            {
                var split = entry.IndexOf('|');
                WriteOverride(xml, entry.Substring(0, split), entry.Substring(split + 1));
            }
            xml.WriteEndElement();
        }

        private static string Override(string part, string type) => "/" + part + "|" + type;

        private static void Default(XmlWriter xml, string extension, string type)
        {
            xml.WriteStartElement("Default", XlsxNames.ContentTypes);
            xml.WriteAttributeString("Extension", extension);
            xml.WriteAttributeString("ContentType", type);
            xml.WriteEndElement();
        }

        private static void WriteOverride(XmlWriter xml, string part, string type)
        {
            xml.WriteStartElement("Override", XlsxNames.ContentTypes);
            xml.WriteAttributeString("PartName", part);
            xml.WriteAttributeString("ContentType", type);
            xml.WriteEndElement();
        }
    }
}
