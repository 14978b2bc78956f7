using DrAudit.Core.Sources.Http;

namespace DrAudit.Core.Tests.Sources.Veeam.Http
{
    public class HttpHelperTests
    {
        private static readonly DateTimeOffset Now = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

        [Theory]
        [InlineData("2.128", 2128)]
        [InlineData("0.05", 50)]
        [InlineData("3", 3000)]
        [InlineData("Sun, 01 Nov 2026 00:00:04 GMT", 4000)]
        [InlineData("Sat, 31 Oct 2026 00:00:00 GMT", 0)]
        public void RetryAfterReadsFractionalSecondsAndDates(string value, int milliseconds) =>
            Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), RetryAfterHeader.Parse(value, Now));

        [Theory]
        [InlineData("")]
        [InlineData("soon")]
        [InlineData("-1")]
        public void RetryAfterThatIsNotADelayIsIgnored(string value) => Assert.Null(RetryAfterHeader.Parse(value, Now));

        [Fact]
        public void BackoffDoublesUpToTheCapAndStopsAtTheBudget()
        {
            var policy = new RetryPolicy { MaxRetries = 10, BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromSeconds(5), Budget = TimeSpan.FromSeconds(10) };

            Assert.Equal(TimeSpan.FromSeconds(1), policy.NextDelay(1, null, TimeSpan.Zero));
            Assert.Equal(TimeSpan.FromSeconds(4), policy.NextDelay(3, null, TimeSpan.Zero));
            Assert.Equal(TimeSpan.FromSeconds(5), policy.NextDelay(6, null, TimeSpan.Zero));
            Assert.Equal(TimeSpan.FromSeconds(2.5), policy.NextDelay(1, TimeSpan.FromSeconds(2.5), TimeSpan.Zero));
            Assert.Null(policy.NextDelay(2, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(8)));
            Assert.Null(policy.NextDelay(11, null, TimeSpan.Zero));
        }

        [Theory]
        [InlineData("3f:2a:00:11:22:33:44:55:66:77:88:99:aa:bb:cc:dd:ee:ff:00:11", "3F2A00112233445566778899AABBCCDDEEFF0011")]
        [InlineData("3F2A0011 2233445566778899AABBCCDDEEFF0011", "3F2A00112233445566778899AABBCCDDEEFF0011")]
        public void ThumbprintsAreCaseAndSeparatorInsensitive(string text, string hex)
        {
            Assert.True(CertificateThumbprint.TryParse(text, out var thumbprint));
            Assert.Equal(hex, thumbprint!.Hex);
        }

        [Theory]
        [InlineData("3F2A")]
        [InlineData("ZZ2A00112233445566778899AABBCCDDEEFF0011")]
        [InlineData("")]
        public void ThumbprintsOfTheWrongLengthOrDigitsAreRefused(string text) => Assert.False(CertificateThumbprint.TryParse(text, out _));

        [Fact]
        public async Task AnInvalidThumbprintInTheSourceFailsItWithoutConnecting()
        {
            await using var rig = await VeeamRig.StartAsync(DrAudit.Core.Tests.Simulators.Veeam.VeeamScenarios.Standard());

            var data = rig.Collect(rig.Source(thumbprint: "not-a-thumbprint"));

            Assert.Contains("certificateThumbprint is not a SHA-1", data.Error);
            Assert.Empty(rig.Server.Requests);
        }
    }
}
