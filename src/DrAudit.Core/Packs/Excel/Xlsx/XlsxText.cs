using System.Text;
using System.Xml;

namespace DrAudit.Core.Packs.Excel.Xlsx
{
    /// <summary>How a text is stored in a <c>&lt;t&gt;</c> element so Excel shows exactly that text: leading or trailing
    /// spaces kept (xml:space="preserve"), and anything shaped like Excel's own escape <c>_xHHHH_</c> stored with its
    /// underscore escaped (<c>_x005F_</c>), so "_x0041_" stays those seven characters instead of becoming "A".</summary>
    internal static class XlsxText
    {
        public static void WriteT(XmlWriter xml, string text)
        {
            xml.WriteStartElement("t", XlsxNames.Main);
            if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[text.Length - 1])))
                xml.WriteAttributeString("xml", "space", null, "preserve");
            xml.WriteString(EscapeUnderscores(text));
            xml.WriteEndElement();
        }

        public static string EscapeUnderscores(string text)
        {
            var at = text.IndexOf("_x", System.StringComparison.Ordinal);
            if (at < 0) return text;
            StringBuilder? sb = null;
            var copied = 0;
            for (var i = at; i <= text.Length - 7; i++)
            {
                if (text[i] != '_' || text[i + 1] != 'x' || text[i + 6] != '_' || !Hex(text[i + 2]) || !Hex(text[i + 3]) || !Hex(text[i + 4]) || !Hex(text[i + 5]))
                    continue;
                sb ??= new StringBuilder(text.Length + 8);
                sb.Append(text, copied, i - copied).Append("_x005F");
                copied = i;
            }
            return sb == null ? text : sb.Append(text, copied, text.Length - copied).ToString();
        }

        private static bool Hex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
