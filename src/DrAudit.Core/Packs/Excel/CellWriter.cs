using System;
using System.Globalization;
using System.Linq;
using ClosedXML.Excel;

namespace DrAudit.Core.Packs.Excel
{
    /// <summary>Writes one value into a cell as its <see cref="CellKind"/> says, and gives the text a reader sees
    /// (for column widths). Strings are set as text values, never as formulas.</summary>
    internal static class CellWriter
    {
        public const string DateTimeFormat = "yyyy-mm-dd hh:mm";
        public const string DateFormat = "yyyy-mm-dd";
        public const string NumberFormat = "0.0#";

        public static void Write(IXLCell cell, object? value, CellKind kind)
        {
            if (value == null) return;
            switch (kind)
            {
                case CellKind.DateTime:
                case CellKind.Date:
                    cell.SetValue(ToUtc(value));
                    cell.Style.NumberFormat.Format = kind == CellKind.Date ? DateFormat : DateTimeFormat;
                    break;
                case CellKind.Number:
                    cell.SetValue(Math.Round(Convert.ToDouble(value, CultureInfo.InvariantCulture), 2));
                    cell.Style.NumberFormat.Format = NumberFormat;
                    break;
                case CellKind.Integer:
                    cell.SetValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                    break;
                case CellKind.Boolean:
                    cell.SetValue((bool)value);
                    break;
                default:
                    WriteText(cell, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
                    break;
            }
        }

        /// <summary>Sets a string as a text cell: a leading '=', '+', '-' or '@' stays part of the text.</summary>
        public static void WriteText(IXLCell cell, string text)
        {
            cell.SetValue(CellText.Safe(text));
            cell.DataType = XLDataType.Text;
        }

        /// <summary>The longest line a reader sees in the cell, in characters.</summary>
        public static int DisplayLength(object? value, CellKind kind)
        {
            if (value == null) return 0;
            switch (kind)
            {
                case CellKind.DateTime: return DateTimeFormat.Length;
                case CellKind.Date: return DateFormat.Length;
                case CellKind.Boolean: return 5;
                case CellKind.Number:
                    return Math.Round(Convert.ToDouble(value, CultureInfo.InvariantCulture), 2).ToString("0.0#", CultureInfo.InvariantCulture).Length;
                default:
                    var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
                    return text.Split('\n').Max(line => line.TrimEnd('\r').Length);
            }
        }

        private static DateTime ToUtc(object value) =>
            value is DateTimeOffset offset ? offset.UtcDateTime : DateTime.SpecifyKind((DateTime)value, DateTimeKind.Utc);
    }
}
