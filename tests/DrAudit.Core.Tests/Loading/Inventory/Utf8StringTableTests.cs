using System.Text;
using DrAudit.Core.Loading.Inventory;

namespace DrAudit.Core.Tests.Loading.Inventory
{
    public class Utf8StringTableTests
    {
        private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

        [Fact]
        public void Names_that_come_day_by_day_are_shared_once_every_name_has_been_seen()
        {
            var table = new Utf8StringTable();
            var firstDay = Enumerable.Range(0, 5000).Select(i => table.Get(Utf8("SRV-" + i.ToString("D5")))).ToList();

            for (var day = 1; day < 4; day++)
                for (var i = 0; i < 5000; i++)
                    Assert.Same(firstDay[i], table.Get(Utf8("SRV-" + i.ToString("D5"))));
        }

        [Fact]
        public void Texts_that_never_repeat_still_decode_exactly_after_the_table_stops_remembering()
        {
            var table = new Utf8StringTable();

            for (var i = 0; i < Utf8StringTable.TrialLookups * 2; i++)
            {
                var text = "2026-10-" + (i % 28 + 1).ToString("D2") + "T" + i.ToString("D7") + "Z \u00e9";
                Assert.Equal(text, table.Get(Utf8(text)));
            }
        }

        [Fact]
        public void Bytes_that_are_not_utf8_throw()
        {
            var table = new Utf8StringTable();

            Assert.Throws<DecoderFallbackException>(() => table.Get(new byte[] { (byte)'a', 0xFF }));
            Assert.Equal("", table.Get(ReadOnlySpan<byte>.Empty));
        }
    }
}
