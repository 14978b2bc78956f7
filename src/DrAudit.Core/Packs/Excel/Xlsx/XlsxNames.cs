namespace DrAudit.Core.Packs.Excel.Xlsx
{
    /// <summary>Namespaces, content types and relationship types of the SpreadsheetML package (ECMA-376).</summary>
    internal static class XlsxNames
    {
        public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        public const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        public const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";
        public const string ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

        public const string WorkbookType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
        public const string WorksheetType = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
        public const string StylesType = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
        public const string SharedStringsType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
        public const string TableType = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
        public const string CorePropertiesType = "application/vnd.openxmlformats-package.core-properties+xml";
        public const string RelationshipsType = "application/vnd.openxmlformats-package.relationships+xml";

        public const string OfficeDocumentRelationship = Relationships + "/officeDocument";
        public const string WorksheetRelationship = Relationships + "/worksheet";
        public const string StylesRelationship = Relationships + "/styles";
        public const string SharedStringsRelationship = Relationships + "/sharedStrings";
        public const string TableRelationship = Relationships + "/table";
        public const string CorePropertiesRelationship = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties";
    }
}
