using System;
using System.Collections.Generic;
using System.Globalization;
using DrAudit.Core.Model;

namespace DrAudit.Core.Loading.Inventory
{
    /// <summary>The one place inventory values are converted, whatever format they came from (JSON token, CSV cell,
    /// YAML scalar), and written back. Each Try method reports a located problem and returns false when the value
    /// is given but wrong; an absent value returns false without a problem (the field stays unknown).</summary>
    internal static class InventoryValues
    {
        public const string TimeExpected = "an ISO 8601 date-time with an offset, such as 2026-10-31T22:00:00Z or 2026-10-31T22:00:00+10:00";

        public static bool TryText(in RawValue value, in FieldSite site, BoundedProblemCollector problems, out string text)
        {
            text = "";
            if (!value.IsGiven) return false;
            if (value.Kind == RawValueKind.String || value.Kind == RawValueKind.Cell)
            {
                text = value.Text!;
                return true;
            }
            site.Report(problems, "WrongType", site.Describe() + " must be a string, found " + value.Describe() + ".");
            return false;
        }

        public static bool TryBoolean(in RawValue value, in FieldSite site, BoundedProblemCollector problems, out bool result)
        {
            result = false;
            switch (value.Kind)
            {
                case RawValueKind.Absent:
                    return false;
                case RawValueKind.Boolean:
                    result = value.Boolean;
                    return true;
                case RawValueKind.Cell:
                    if (string.Equals(value.Text, "true", StringComparison.OrdinalIgnoreCase)) { result = true; return true; }
                    if (string.Equals(value.Text, "false", StringComparison.OrdinalIgnoreCase)) { result = false; return true; }
                    site.Report(problems, "BadValue", site.Describe() + " must be true or false, found " + value.Describe() + ".");
                    return false;
                default:
                    site.Report(problems, "WrongType", site.Describe() + " must be true or false, found " + value.Describe() + ".");
                    return false;
            }
        }

        /// <summary>A whole number of zero or more.</summary>
        public static bool TryCount(in RawValue value, in FieldSite site, BoundedProblemCollector problems, out int result)
        {
            result = 0;
            long number;
            switch (value.Kind)
            {
                case RawValueKind.Absent:
                    return false;
                case RawValueKind.Integer:
                    number = value.Integer;
                    break;
                case RawValueKind.Cell:
                    if (!long.TryParse(value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out number))
                    {
                        site.Report(problems, "WrongType", site.Describe() + " must be a whole number, found " + value.Describe() + ".");
                        return false;
                    }
                    break;
                default:
                    site.Report(problems, "WrongType", site.Describe() + " must be a whole number, found " + value.Describe() + ".");
                    return false;
            }
            if (number < 0 || number > int.MaxValue)
            {
                site.Report(problems, "BadValue", site.Describe() + " must be a whole number of 0 or more, found "
                    + number.ToString(CultureInfo.InvariantCulture) + ".");
                return false;
            }
            result = (int)number;
            return true;
        }

        public static bool TryEnum<T>(in RawValue value, in FieldSite site, BoundedProblemCollector problems, out T result) where T : struct, Enum
        {
            result = default;
            if (!TryText(value, site, problems, out var text)) return false;
            if (EnumNames<T>.TryParse(text, out result)) return true;
            site.Report(problems, "BadValue", site.Describe() + " is " + ProblemText.Quote(text) + "; allowed values: " + EnumNames<T>.Allowed + ".");
            return false;
        }

        public static bool TryDuration(in RawValue value, in FieldSite site, BoundedProblemCollector problems, out Duration result)
        {
            result = default;
            if (!TryText(value, site, problems, out var text)) return false;
            if (Duration.TryParse(text, out result))
            {
                if (TimeBounds.Contains(result)) return true;
                site.Report(problems, "BadDuration", site.Describe() + " is " + ProblemText.Quote(text) + "; a duration must be " + TimeBounds.DurationRange + ".");
                return false;
            }
            site.Report(problems, "BadDuration", site.Describe() + " is " + ProblemText.Quote(text) + ", which is not " + Duration.ExpectedForm + ".");
            return false;
        }

        public static bool TryTime(in RawValue value, in FieldSite site, BoundedProblemCollector problems, out DateTimeOffset result)
        {
            result = default;
            if (!TryText(value, site, problems, out var text)) return false;
            if (IsoTime.TryParse(text, out result))
            {
                if (TimeBounds.ContainsInventoryTime(result)) return true;
                site.Report(problems, "BadDate", site.Describe() + " is " + ProblemText.Quote(text) + "; a time must be " + TimeBounds.InventoryTimeRange + ".");
                return false;
            }
            site.Report(problems, "BadDate", site.Describe() + " is " + ProblemText.Quote(text) + ", which is not " + TimeExpected + ".");
            return false;
        }

        /// <summary>A list of names: a JSON array of strings, or a CSV cell separated by ';'. No entry may be empty.</summary>
        public static bool TryTextList(in RawValue value, in FieldSite site, BoundedProblemCollector problems, out List<string> result)
        {
            result = new List<string>();
            switch (value.Kind)
            {
                case RawValueKind.Absent:
                    return false;
                case RawValueKind.Cell:
                    foreach (var part in value.Text!.Split(';')) result.Add(part.Trim());
                    break;
                case RawValueKind.Array when value.Items != null:
                    foreach (var item in value.Items)
                    {
                        if (item.Kind != RawValueKind.String && item.Kind != RawValueKind.Absent)
                        {
                            site.Report(problems, "WrongType", site.Describe() + " must be a list of strings; one entry is " + item.Describe() + ".");
                            return false;
                        }
                        result.Add(item.Text ?? "");
                    }
                    break;
                default:
                    site.Report(problems, "WrongType", site.Describe() + " must be a list of names, found " + value.Describe() + ".");
                    return false;
            }
            if (result.Exists(string.IsNullOrWhiteSpace))
            {
                site.Report(problems, "BadValue", site.Describe() + " has an empty name in its list.");
                return false;
            }
            return true;
        }

        /// <summary>The value must be exactly <paramref name="expected"/> (apiVersion, kind).</summary>
        public static bool TryExact(in RawValue value, in FieldSite site, BoundedProblemCollector problems, string expected)
        {
            if (!TryText(value, site, problems, out var text)) return false;
            if (string.Equals(text, expected, StringComparison.Ordinal)) return true;
            site.Report(problems, "BadValue", site.Describe() + " is " + ProblemText.Quote(text) + "; it must be '" + expected + "'.");
            return false;
        }

        /// <summary>ISO 8601 with the offset kept: <c>2026-10-31T22:00:00Z</c>, <c>2026-10-31T22:00:00.5+10:00</c>.</summary>
        public static string FormatTime(DateTimeOffset time)
        {
            var text = time.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
            return time.Offset == TimeSpan.Zero ? text + "Z" : text + time.ToString("zzz", CultureInfo.InvariantCulture);
        }
    }
}
