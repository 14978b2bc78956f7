using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DrAudit.Bench.Baseline
{
    /// <summary>
    /// The floor for writing the workbook: the Open XML SDK's <see cref="OpenXmlWriter"/> streams the big sheets of
    /// DrAudit's workbook with the same rows and columns (job runs in the window: 9 columns; recovery points per
    /// object and repository: 17; coverage per job: 22; services: 19), strings shared, dates as numbers with one date
    /// style, into a zip in create mode (the SDK's own package needs read-write and then holds every part in memory).
    /// No tables, widths, colours or text safety: only the cells.
    /// </summary>
    public static class BareWorkbook
    {
        private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        private const string Rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

        public static long Write(string path, BareRecords records, int services)
        {
            var strings = new Dictionary<string, int>(StringComparer.Ordinal);
            var names = new List<string>();
            long cells = 0;
            using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var zip = new ZipArchive(file, ZipArchiveMode.Create);

            cells += Sheet(zip, names, strings, "Job runs", records.Runs, 9, (run, c) => c switch
            {
                0 => "synthetic", 1 => run.Job, 2 => records.Jobs.TryGetValue(run.Job, out var j) ? j.Name : null, 3 => "backup",
                4 => run.Start, 5 => run.End, 6 => run.End.HasValue ? (run.End.Value - run.Start).TotalMinutes : (object?)null,
                7 => run.Result, _ => run.Message,
            });
            cells += Sheet(zip, names, strings, "Recovery points", records.Points, 17, (p, c) => c switch
            {
                0 => p.Key.Object, 1 => p.Key.Object + " name", 2 => "svc", 3 => "synthetic", 4 => p.Key.Repository, 5 => p.Key.Repository + " name",
                6 => "onsite", 7 => true, 8 => false, 9 => 0L, 10 => p.Value.Newest, 11 => 24.5, 12 => p.Key.Object, 13 => p.Value.Job,
                14 => "backup", 15 => p.Value.Consistency, _ => (long)p.Value.Count,
            });
            cells += Sheet(zip, names, strings, "Coverage", records.Jobs, 22, (j, c) => c switch
            {
                0 => j.Key, 1 => j.Value.Name, 2 => "server", 3 => "svc", 4 => true, 5 => null, 6 => true, 7 => "", 8 => "synthetic",
                9 => j.Key, 10 => j.Value.Name, 11 => j.Value.Kind, 12 => true, 13 => 120.0, 14 => j.Value.Repository,
                15 => j.Value.Repository + " name", 16 => "onsite", 17 => true, 18 => false, 19 => 0L, 20 => DateTimeOffset.UnixEpoch, _ => 24.5,
            });
            var serviceRows = new List<int>();
            for (var s = 0; s < services; s++) serviceRows.Add(s);
            cells += Sheet(zip, names, strings, "Services", serviceRows, 19, (s, c) =>
                c % 3 == 0 ? (object)("service " + s.ToString(CultureInfo.InvariantCulture)) : c % 3 == 1 ? 24.0 : (object)true);

            using (var entry = zip.CreateEntry("xl/sharedStrings.xml", CompressionLevel.Fastest).Open())
            using (var writer = OpenXmlWriter.Create(entry))
            {
                writer.WriteStartElement(new SharedStringTable());
                var ordered = new string[strings.Count];
                foreach (var pair in strings) ordered[pair.Value] = pair.Key;
                foreach (var text in ordered)
                {
                    writer.WriteStartElement(new SharedStringItem());
                    writer.WriteElement(new Text(text));
                    writer.WriteEndElement();
                }
                writer.WriteEndElement();
            }
            Fixed(zip, "xl/styles.xml", "<styleSheet xmlns=\"" + Main + "\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy-mm-dd hh:mm\"/></numFmts>" +
                "<fonts count=\"1\"><font/></fonts><fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>" +
                "<borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs><cellXfs count=\"2\"><xf/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>");
            var sheets = new StringBuilder();
            var rels = new StringBuilder();
            var types = new StringBuilder();
            for (var i = 1; i <= names.Count; i++)
            {
                sheets.Append("<sheet name=\"").Append(names[i - 1]).Append("\" sheetId=\"").Append(i).Append("\" r:id=\"rId").Append(i).Append("\"/>");
                rels.Append("<Relationship Id=\"rId").Append(i).Append("\" Type=\"" + Rel + "/worksheet\" Target=\"worksheets/sheet").Append(i).Append(".xml\"/>");
                types.Append("<Override PartName=\"/xl/worksheets/sheet").Append(i).Append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            }
            Fixed(zip, "xl/workbook.xml", "<workbook xmlns=\"" + Main + "\" xmlns:r=\"" + Rel + "\"><sheets>" + sheets + "</sheets></workbook>");
            Fixed(zip, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + rels +
                "<Relationship Id=\"rIdS\" Type=\"" + Rel + "/styles\" Target=\"styles.xml\"/><Relationship Id=\"rIdT\" Type=\"" + Rel + "/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
            Fixed(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"" + Rel + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Fixed(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
                "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
                "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>" +
                "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>" + types + "</Types>");
            return cells;
        }

        private static void Fixed(ZipArchive zip, string part, string xml)
        {
            using var stream = zip.CreateEntry(part, CompressionLevel.Fastest).Open();
            var bytes = new UTF8Encoding(false).GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml);
            stream.Write(bytes, 0, bytes.Length);
        }

        private static long Sheet<T>(ZipArchive zip, List<string> names, Dictionary<string, int> strings, string name,
            IEnumerable<T> rows, int columns, Func<T, int, object?> value)
        {
            names.Add(name);
            long cells = 0;
            var attributes = new List<OpenXmlAttribute>(2);
            using (var entry = zip.CreateEntry("xl/worksheets/sheet" + names.Count.ToString(CultureInfo.InvariantCulture) + ".xml", CompressionLevel.Fastest).Open())
            using (var writer = OpenXmlWriter.Create(entry))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                var r = 1;
                foreach (var row in rows)
                {
                    r++;
                    writer.WriteStartElement(new Row());
                    for (var c = 0; c < columns; c++)
                    {
                        var v = value(row, c);
                        if (v == null) continue;
                        attributes.Clear();
                        attributes.Add(new OpenXmlAttribute("r", "", Reference(c, r)));
                        string text;
                        switch (v)
                        {
                            case string s:
                                if (!strings.TryGetValue(s, out var index)) strings.Add(s, index = strings.Count);
                                attributes.Add(new OpenXmlAttribute("t", "", "s"));
                                text = index.ToString(CultureInfo.InvariantCulture);
                                break;
                            case bool b:
                                attributes.Add(new OpenXmlAttribute("t", "", "b"));
                                text = b ? "1" : "0";
                                break;
                            case DateTimeOffset d:
                                attributes.Add(new OpenXmlAttribute("s", "", "1"));
                                text = d.UtcDateTime.ToOADate().ToString("R", CultureInfo.InvariantCulture);
                                break;
                            case double n:
                                text = Math.Round(n, 2).ToString("R", CultureInfo.InvariantCulture);
                                break;
                            default:
                                text = Convert.ToString(v, CultureInfo.InvariantCulture)!;
                                break;
                        }
                        writer.WriteStartElement(new Cell(), attributes);
                        writer.WriteElement(new CellValue(text));
                        writer.WriteEndElement();
                        cells++;
                    }
                    writer.WriteEndElement();
                }
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            return cells;
        }

        private static string Reference(int column, int row)
        {
            var letters = "";
            for (var c = column + 1; c > 0; c = (c - 1) / 26) letters = (char)('A' + (c - 1) % 26) + letters;
            return letters + row.ToString(CultureInfo.InvariantCulture);
        }
    }
}
