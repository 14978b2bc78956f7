using System;

namespace DrAudit.Core.Loading.Inventory
{
    /// <summary>A strict, allocation-free reader of ISO 8601 date-times that carry an offset:
    /// <c>yyyy-MM-ddTHH:mm[:ss[.fffffff]]</c> then <c>Z</c>, <c>+hh:mm</c> or <c>+hhmm</c>. Written by hand because an
    /// inventory holds hundreds of thousands of times and a general parser costs microseconds each.</summary>
    internal static class IsoTime
    {
        public static bool TryParse(string text, out DateTimeOffset time)
        {
            time = default;
            var s = text;
            if (s.Length < 17 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':') return false;
            if (!Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day)
                || !Digits(s, 11, 2, out var hour) || !Digits(s, 14, 2, out var minute))
            {
                return false;
            }
            var i = 16;
            var second = 0;
            long fraction = 0;
            if (i < s.Length && s[i] == ':')
            {
                if (!Digits(s, i + 1, 2, out second)) return false;
                i += 3;
                if (i < s.Length && s[i] == '.')
                {
                    var start = ++i;
                    while (i < s.Length && i - start < 7 && IsDigit(s[i])) fraction = fraction * 10 + (s[i++] - '0');
                    var count = i - start;
                    if (count == 0) return false;
                    for (var k = count; k < 7; k++) fraction *= 10;
                }
            }
            if (!TryOffset(s, i, out var offset)) return false;
            if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
                || hour > 23 || minute > 59 || second > 59)
            {
                return false;
            }
            var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Unspecified).AddTicks(fraction);
            var utcTicks = local.Ticks - offset.Ticks;
            if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks) return false;
            time = new DateTimeOffset(local, offset);
            return true;
        }

        private static bool TryOffset(string s, int i, out TimeSpan offset)
        {
            offset = TimeSpan.Zero;
            var rest = s.Length - i;
            if (rest == 1 && s[i] == 'Z') return true;
            if (rest != 5 && rest != 6) return false;
            if (s[i] != '+' && s[i] != '-') return false;
            var minuteAt = rest == 6 ? i + 4 : i + 3;
            if (rest == 6 && s[i + 3] != ':') return false;
            if (!Digits(s, i + 1, 2, out var hours) || !Digits(s, minuteAt, 2, out var minutes)) return false;
            if (hours > 14 || minutes > 59 || (hours == 14 && minutes > 0)) return false;
            offset = new TimeSpan(hours, minutes, 0);
            if (s[i] == '-') offset = offset.Negate();
            return true;
        }

        private static bool Digits(string s, int start, int count, out int value)
        {
            value = 0;
            if (start + count > s.Length) return false;
            for (var k = start; k < start + count; k++)
            {
                if (!IsDigit(s[k])) return false;
                value = value * 10 + (s[k] - '0');
            }
            return true;
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';
    }
}
