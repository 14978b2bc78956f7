using System.Text;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Packs.Excel.Xlsx
{
    /// <summary>
    /// The workbook's one stylesheet (<c>xl/styles.xml</c>): the cell formats of <see cref="CellStyle"/> (dates as
    /// yyyy-mm-dd hh:mm or yyyy-mm-dd, decimals as 0.0#, bold labels, wrapped long text, left-aligned Summary values)
    /// and the fills outcome cells are coloured with by conditional formatting (<see cref="OutcomeFills"/>, in order).
    /// </summary>
    internal static class WorkbookStyles
    {
        public const string DateTimeFormat = "yyyy-mm-dd hh:mm";
        public const string DateFormat = "yyyy-mm-dd";
        public const string NumberFormat = "0.0#";

        /// <summary>Red Ineffective, amber NoVisibility, orange NotImplemented, blue AlternateControl, green Effective,
        /// grey NotApplicable: the dxf index of each is its position here.</summary>
        public static readonly (Outcome Outcome, string Rgb)[] OutcomeFills =
        {
            (Outcome.Ineffective, "FFF8CBAD"),
            (Outcome.NoVisibility, "FFFFE699"),
            (Outcome.NotImplemented, "FFF4B183"),
            (Outcome.AlternateControl, "FFBDD7EE"),
            (Outcome.Effective, "FFC6EFCE"),
            (Outcome.NotApplicable, "FFD9D9D9"),
        };

        public static byte[] Xml()
        {
            var s = new StringBuilder();
            s.Append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
            s.Append("<styleSheet xmlns=\"").Append(XlsxNames.Main).Append("\">");
            s.Append("<numFmts count=\"3\">")
             .Append("<numFmt numFmtId=\"164\" formatCode=\"").Append(DateTimeFormat).Append("\"/>")
             .Append("<numFmt numFmtId=\"165\" formatCode=\"").Append(DateFormat).Append("\"/>")
             .Append("<numFmt numFmtId=\"166\" formatCode=\"").Append(NumberFormat).Append("\"/>")
             .Append("</numFmts>");
            s.Append("<fonts count=\"2\">")
             .Append("<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>")
             .Append("<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>")
             .Append("</fonts>");
            s.Append("<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>");
            s.Append("<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>");
            s.Append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>");
            s.Append("<cellXfs count=\"10\">")
             .Append(Xf(0, 0, null, false))     // Default
             .Append(Xf(0, 1, null, false))     // Bold
             .Append(Xf(164, 0, null, false))   // DateTime
             .Append(Xf(165, 0, null, false))   // Date
             .Append(Xf(166, 0, null, false))   // Number
             .Append(Xf(0, 0, null, true))      // Wrap
             .Append(Xf(164, 0, "left", false)) // DateTimeLeft
             .Append(Xf(165, 0, "left", false)) // DateLeft
             .Append(Xf(166, 0, "left", false)) // NumberLeft
             .Append(Xf(0, 0, "left", false))   // Left
             .Append("</cellXfs>");
            s.Append("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>");
            s.Append("<dxfs count=\"").Append(OutcomeFills.Length).Append("\">");
            foreach (var (_, rgb) in OutcomeFills)
                s.Append("<dxf><fill><patternFill><bgColor rgb=\"").Append(rgb).Append("\"/></patternFill></fill></dxf>");
            s.Append("</dxfs>");
            s.Append("<tableStyles count=\"0\" defaultTableStyle=\"TableStyleMedium2\" defaultPivotStyle=\"PivotStyleLight16\"/>");
            s.Append("</styleSheet>");
            return new UTF8Encoding(false).GetBytes(s.ToString());
        }

        private static string Xf(int numFmt, int font, string? horizontal, bool wrap)
        {
            var s = new StringBuilder("<xf numFmtId=\"").Append(numFmt).Append("\" fontId=\"").Append(font)
                .Append("\" fillId=\"0\" borderId=\"0\" xfId=\"0\"");
            if (numFmt != 0) s.Append(" applyNumberFormat=\"1\"");
            if (font != 0) s.Append(" applyFont=\"1\"");
            if (horizontal == null && !wrap) return s.Append("/>").ToString();
            s.Append(" applyAlignment=\"1\"><alignment");
            if (horizontal != null) s.Append(" horizontal=\"").Append(horizontal).Append('"');
            if (wrap) s.Append(" wrapText=\"1\"");
            return s.Append("/></xf>").ToString();
        }
    }
}
