using DrAudit.Core.Sources.Rest;
using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Tests.Sources.Rest
{
    /// <summary>Whole numbers a server sends: one that does not fit an int (or is not an integer) is not stated, never an
    /// OverflowException or InvalidCastException out of the collector (which stopped the whole audit).</summary>
    public class RestJsonFieldsTests
    {
        [Theory]
        [InlineData("{\"n\": 42}", 42)]
        [InlineData("{\"n\": -7}", -7)]
        [InlineData("{\"n\": 2147483647}", int.MaxValue)]
        [InlineData("{\"n\": 2147483648}", null)]
        [InlineData("{\"n\": 99999999999}", null)]
        [InlineData("{\"n\": 123456789012345678901234567890}", null)]
        [InlineData("{\"n\": 1e400}", null)]
        [InlineData("{\"n\": 4.5}", null)]
        [InlineData("{\"n\": \"\u0663\"}", null)]
        [InlineData("{\"n\": \"42\"}", null)]
        [InlineData("{}", null)]
        public void Int_is_the_integer_when_it_fits_and_null_otherwise(string json, int? expected)
        {
            Assert.Equal(expected, RestJsonFields.Int(JObject.Parse(json), "n"));
        }

        [Fact]
        public void Int_reads_an_integer_built_in_memory_too()
        {
            Assert.Equal(5, RestJsonFields.Int(new JObject { ["n"] = 5 }, "n"));
            Assert.Null(RestJsonFields.Int(new JObject { ["n"] = long.MaxValue }, "n"));
        }
    }
}
