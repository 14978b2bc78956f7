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
        public void ReadsTimesWithOffsets(string text, string expected)
        {
            Assert.True(IsoTime.TryParse(text, out var time));
            Assert.Equal(expected, time.ToString("o", System.Globalization.CultureInfo.InvariantCulture));
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
        [InlineData("2026-10-31T22:00:00.12345678Z")]
        [InlineData("2026-10-31T22:00:00z")]
        [InlineData("0001-01-01T00:00:00+01:00")]
        [InlineData("2026-1O-31T22:00:00Z")]
        public void RejectsTimesWithoutOffsetOrOutOfRange(string text)
        {
            Assert.False(IsoTime.TryParse(text, out _));
        }
    }
}
