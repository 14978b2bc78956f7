using System;
using System.Linq;
using DrAudit.Core.Model.Inventory;
using Xunit;

namespace DrAudit.Core.Tests.Loading.Inventory
{
    /// <summary>The block list that holds an inventory's runs and points behaves as a list across its block boundaries.</summary>
    public class RecordListTests
    {
        private static RecordList<int> Numbers(int count) => new RecordList<int>(Enumerable.Range(0, count));

        [Theory]
        [InlineData(0)]
        [InlineData(1)]
        [InlineData(1023)]
        [InlineData(4096)]
        [InlineData(4097)]
        [InlineData(70_001)]
        public void Holds_every_record_in_order_across_blocks(int count)
        {
            var list = Numbers(count);
            Assert.Equal(count, list.Count);
            Assert.Equal(Enumerable.Range(0, count), list);
            for (int i = 0; i < count; i += 997) Assert.Equal(i, list[i]);
            if (count > 0) Assert.Equal(count - 1, list[count - 1]);
            Assert.Throws<ArgumentOutOfRangeException>(() => list[count]);
            Assert.Throws<ArgumentOutOfRangeException>(() => list[-1]);
        }

        [Fact]
        public void A_record_is_replaced_in_place()
        {
            var points = new RecordList<RestorePoint> { new RestorePoint { Object = "a" }, new RestorePoint { Object = "b" } };
            var second = points[1];
            second.Repository = "cloud";
            points[1] = second;
            Assert.Equal(new[] { null, "cloud" }, points.Select(p => p.Repository));
            Assert.Equal("", new RestorePoint().Object);
        }

        [Fact]
        public void A_list_of_a_few_records_does_not_hold_a_whole_block()
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var one = new RecordList<RestorePoint> { new RestorePoint { Object = "a" } };
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Single(one);
            // A whole block of restore points is about 48 KB; the first block starts at 16 records.
            Assert.True(allocated < 4096, "one record took " + allocated + " bytes");
        }

        [Fact]
        public void Extends_itself_with_records_chosen_from_itself()
        {
            var list = Numbers(5000);
            list.AddRange(list.Where(n => n % 1000 == 0));
            Assert.Equal(5005, list.Count);
            Assert.Equal(new[] { 0, 1000, 2000, 3000, 4000 }, list.Skip(5000));
        }

        [Fact]
        public void Inserts_and_removes_like_a_list()
        {
            var list = Numbers(4100);
            list.Insert(0, -1);
            list.Insert(4096, -2);
            Assert.Equal(4102, list.Count);
            Assert.Equal(-1, list[0]);
            Assert.Equal(-2, list[4096]);
            Assert.Equal(4094, list[4095]);
            Assert.Equal(4095, list[4097]);
            Assert.True(list.Remove(-2));
            list.RemoveAt(0);
            Assert.Equal(Enumerable.Range(0, 4100), list);
            Assert.DoesNotContain(-1, list);
            Assert.Equal(4099, list.IndexOf(4099));
            var copy = new int[4102];
            list.CopyTo(copy, 2);
            Assert.Equal(Enumerable.Range(0, 4100), copy.Skip(2));
            System.Collections.IList untyped = list;
            Assert.Equal(4099, untyped[4099]);
            Assert.Equal(4100, untyped.Add(-3));
            Assert.Equal(4100, untyped.IndexOf(-3));
            untyped.Remove(-3);
            Assert.Equal(4100, untyped.Count);
            list.Clear();
            Assert.Empty(list);
            list.Add(7);
            Assert.Equal(new[] { 7 }, list);
        }
    }
}
