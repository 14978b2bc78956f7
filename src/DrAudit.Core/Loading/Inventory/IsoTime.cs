using System;

namespace DrAudit.Core.Loading.Inventory
{
    /// <summary>A strict, allocation-free reader of ISO 8601 date-times that carry an offset:
    /// <c>yyyy-MM-ddTHH:mm[:ss[.fffffff]]</c> (a longer fraction is cut to the 100 ns tick) then <c>Z</c>, <c>+hh:mm</c> or <c>+hhmm</c>. Written by hand because an
    /// inventory holds hundreds of thousands of times and a general parser costs microseconds each.</summary>
    internal static class IsoTime
    {
        /// <summary>Longer text is never a time this reader takes (a date-time with seven fraction digits and an offset is 33).</summary>
        private const int MaxLength = 40;

        /// <summary>Reads a time from text. Every character a time has is ASCII, so the text is taken as ASCII bytes and read
        /// by <see cref="TryParseUtf8"/> (the inventory's own bytes are read that way, without a string).</summary>
        public static bool TryParse(string text, out DateTimeOffset time)
        {
            time = default;
            if (text.Length > MaxLength) return false;
            Span<byte> ascii = stackalloc byte[text.Length];
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] >= 0x80) return false;
                ascii[i] = (byte)text[i];
            }
            return TryParseUtf8(ascii, out time);
        }

        /// <summary>Reads a time from a file's UTF-8 bytes; anything beyond ASCII (or too long to be a time) is not one.</summary>
        public static bool TryParseUtf8(ReadOnlySpan<byte> s, out DateTimeOffset time)
        {
            time = default;
            if (s.Length > MaxLength) return false;
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
                    var ticksEnd = Math.Min(s.Length, start + 7);
                    while (i < ticksEnd && IsDigit(s[i])) fraction = fraction * 10 + (s[i++] - '0');
                    var count = i - start;
                    if (count == 0) return false;
                    for (var k = count; k < 7; k++) fraction *= 10;
                    // ISO 8601 allows any number of digits (Go and Java write nanoseconds): those past 100 ns are cut.
                    while (i < s.Length && IsDigit(s[i])) i++;
                }
            }
            if (!TryOffset(s, i, out var offset)) return false;
            if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
                || hour > 23 || minute > 59 || second > 59)
            {
                return false;
            }
            // The clock ticks straight from the fields (already checked): no DateTime built and validated on the way.
            var ticks = DaysBefore(year, month, day) * TimeSpan.TicksPerDay + hour * TimeSpan.TicksPerHour
                        + minute * TimeSpan.TicksPerMinute + second * TimeSpan.TicksPerSecond + fraction;
            var utcTicks = ticks - offset.Ticks;
            if (utcTicks < DateTime.MinValue.Ticks || utcTicks > DateTime.MaxValue.Ticks) return false;
            time = new DateTimeOffset(ticks, offset);
            return true;
        }

        private static readonly int[] DaysBeforeMonth = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 };

        /// <summary>Days from 0001-01-01 to the date (proleptic Gregorian, as <see cref="DateTime"/> counts them).</summary>
        private static long DaysBefore(int year, int month, int day)
        {
            var y = year - 1;
            long days = y * 365L + y / 4 - y / 100 + y / 400 + DaysBeforeMonth[month - 1] + day - 1;
            if (month > 2 && DateTime.IsLeapYear(year)) days++;
            return days;
        }

        private static bool TryOffset(ReadOnlySpan<byte> s, int i, out TimeSpan offset)
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

        private static bool Digits(ReadOnlySpan<byte> s, int start, int count, out int value)
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

        private static bool IsDigit(byte c) => c >= '0' && c <= '9';
    }
}
