using DrAudit.Collectors.Vb365;
using DrAudit.Core.Model;
using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Tests.Sources.Vb365
{
    /// <summary>A repository's retention as the server states it: more days than a TimeSpan holds (or a count that overflows
    /// when made days) is the longest duration DrAudit holds, 100 years as KeepForever, never an OverflowException; a number
    /// too large for an int, or written in other digits, is not stated.</summary>
    public class Vb365ValuesTests
    {
        private static readonly Duration Longest = new Duration(TimeBounds.LongestDuration);

        private static Duration? Retention(string json) => Vb365Values.RetentionOf(JObject.Parse(json));

        [Fact]
        public void Ordinary_retentions_are_read_as_days()
        {
            Assert.Equal(Duration.FromDays(30), Retention("{\"retentionPeriodType\": \"Daily\", \"dailyRetentionPeriod\": 30}"));
            Assert.Equal(Duration.FromDays(90), Retention("{\"retentionPeriodType\": \"Monthly\", \"monthlyRetentionPeriod\": 3}"));
            Assert.Equal(Duration.FromDays(7 * 365), Retention("{\"retentionPeriodType\": \"Yearly\", \"yearlyRetentionPeriod\": \"Years7\"}"));
            Assert.Equal(Longest, Retention("{\"retentionPeriodType\": \"Yearly\", \"yearlyRetentionPeriod\": \"KeepForever\"}"));
        }

        [Theory]
        [InlineData("{\"retentionPeriodType\": \"Daily\", \"dailyRetentionPeriod\": 99999999}")]
        [InlineData("{\"retentionPeriodType\": \"Daily\", \"dailyRetentionPeriod\": 2147483647}")]
        [InlineData("{\"retentionPeriodType\": \"Monthly\", \"monthlyRetentionPeriod\": 2147483647}")]
        [InlineData("{\"retentionPeriodType\": \"Monthly\", \"monthlyRetentionPeriod\": \"80000000\"}")]
        [InlineData("{\"retentionPeriodType\": \"Yearly\", \"yearlyRetentionPeriod\": \"Years2147483647\"}")]
        [InlineData("{\"retentionPeriodType\": \"Yearly\", \"yearlyRetentionPeriod\": \"Years6000000\"}")]
        public void A_retention_longer_than_100_years_is_100_years(string json)
        {
            Assert.Equal(Longest, Retention(json));
        }

        [Theory]
        [InlineData("{\"retentionPeriodType\": \"Daily\", \"dailyRetentionPeriod\": 99999999999}")]
        [InlineData("{\"retentionPeriodType\": \"Daily\", \"dailyRetentionPeriod\": \"\u0663\u0660\"}")]
        [InlineData("{\"retentionPeriodType\": \"Yearly\", \"yearlyRetentionPeriod\": \"Years\uFF17\"}")]
        public void A_retention_too_large_for_a_number_or_in_other_digits_is_not_stated(string json)
        {
            Assert.Null(Retention(json));
        }
    }
}
