using DrAudit.Core.Loading.Inventory;

namespace DrAudit.Core.Tests.Loading.Inventory
{
    public class IsoTimeTests
    {
        [Theory]
        [InlineData("2026-10-31T22:00:00Z", "2026-10-31T22:00:00.0000000+00:00")]
        [InlineData("2026-10-31T22:00Z", "2026-10-31T22:00:00.0000000+00:00")]
        [InlineData("2026-10-31T22:00:00+10:00", "2026-10-31T22:00:00.0000000+10:00")]
        [InlineData("2026-10-31T22:00:00-0530", "2026-10-31T22:00:00.0000000-05:30")]
        [InlineData("2026-10-31T22:00:00.5Z", "2026-10-31T22:00:00.5000000+00:00")]
        [InlineData("2026-10-31T22:00:00.1234567+01:00", "2026-10-31T22:00:00.1234567+01:00")]
        [InlineData("2028-02-29T00:00:00Z", "2028-02-29T00:00:00.0000000+00:00")]
        [InlineData("2026-10-31T22:00:00.12345678Z", "2026-10-31T22:00:00.1234567+00:00")]
        [InlineData("2026-10-31T22:00:00.999999999-07:00", "2026-10-31T22:00:00.9999999-07:00")]
        [InlineData("2026-10-31T22:00:00.00000000000001Z", "2026-10-31T22:00:00.0000000+00:00")]
        public void ReadsTimesWithOffsets(string text, string expected)
        {
            Assert.True(IsoTime.TryParse(text, out var time));
            Assert.Equal(expected, time.ToString("o", System.Globalization.CultureInfo.InvariantCulture));
            Assert.True(IsoTime.TryParseUtf8(System.Text.Encoding.UTF8.GetBytes(text), out var fromBytes));
            Assert.Equal(time, fromBytes);
            Assert.Equal(time.Offset, fromBytes.Offset);
        }

        /// <summary>The ticks are worked out by hand: every day of three centuries (leap years, 1900 and 2100 that are
        /// not, 2000 that is) at a varying clock time and offset must give what .NET's own parser gives.</summary>
        [Fact]
        public void AgreesWithTheFrameworkOnEveryDayOfThreeCenturies()
        {
            var day = new System.DateTime(1850, 1, 1);
            var offsets = new[] { "Z", "+10:00", "-05:30", "+1400", "-12:00", "+00:45" };
            for (var n = 0; day.Year < 2150; n++, day = day.AddDays(1))
            {
                var text = day.AddSeconds(n * 7919 % 86400).ToString("yyyy-MM-dd'T'HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)
                           + (n % 3 == 0 ? "." + (n % 9999999).ToString("D7", System.Globalization.CultureInfo.InvariantCulture) : "") + offsets[n % offsets.Length];
                var expected = System.DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
                Assert.True(IsoTime.TryParse(text, out var time), text);
                Assert.Equal(expected, time);
                Assert.Equal(expected.Offset, time.Offset);
            }
        }

        [Theory]
        [InlineData("2026-10-31T22:00:00\u00a0Z")]
        [InlineData("２026-10-31T22:00:00Z")]
        [InlineData("2026-10-31T22:00:00.1234567+10:00-padding-past-forty-chars")]
        public void BytesBeyondAsciiOrTooLongAreNoTime(string text)
        {
            Assert.False(IsoTime.TryParseUtf8(System.Text.Encoding.UTF8.GetBytes(System.Text.RegularExpressions.Regex.Unescape(text)), out _));
        }

        [Theory]
        [InlineData("2026-10-31T22:00:00")]
        [InlineData("2026-10-31")]
        [InlineData("2026-10-31 22:00:00Z")]
        [InlineData("2026-13-01T00:00:00Z")]
        [InlineData("2027-02-29T00:00:00Z")]
        [InlineData("2026-10-31T24:00:00Z")]
        [InlineData("2026-10-31T22:00:00+15:00")]
        [InlineData("2026-10-31T22:00:00.Z")]
        [InlineData("2026-10-31T22:00:00z")]
        [InlineData("2026-10-31t22:00:00Z")]
        [InlineData("2026-10-31T23:59:60Z")]
        [InlineData("2026-10-31T22:00:00.123456789")]
        [InlineData("2026-10-31T22:00:00.123456789 Z")]
        [InlineData("2026-10-31T22:00:00.1234567a8Z")]
        [InlineData("0001-01-01T00:00:00+01:00")]
        [InlineData("2026-1O-31T22:00:00Z")]
        public void RejectsTimesWithoutOffsetOrOutOfRange(string text)
        {
            Assert.False(IsoTime.TryParse(text, out _));
        }
    }
}
