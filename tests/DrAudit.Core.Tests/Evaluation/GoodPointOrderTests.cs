using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Evaluation;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;
using Xunit;

namespace DrAudit.Core.Tests.Evaluation
{
    /// <summary>A component's good points are put in time order by sorting their times with their positions. Points at the
    /// same moment (a backup and its copy) must keep the order the earlier sort of the points themselves gave them: the
    /// newest good point a statement quotes, and the order of a component's repositories, depend on it.</summary>
    public class GoodPointOrderTests
    {
        [Fact]
        public void Points_at_the_same_moment_keep_the_order_sorting_the_points_themselves_gives()
        {
            var random = new Random(20261205);
            var start = new DateTimeOffset(2026, 8, 1, 0, 0, 0, TimeSpan.Zero);
            var buffer = new PointOrderBuffer(); // one for every list, as the index uses one for every component
            for (int round = 0; round < 400; round++)
            {
                var count = random.Next(0, 700);
                var distinct = 1 + random.Next(count + 1);
                var points = Enumerable.Range(0, count)
                    .Select(i => new PointEvidence("main",
                        new RestorePoint { Object = "vm", Repository = "r" + i, Time = start.AddHours(random.Next(distinct)) }, null, RunResult.Success))
                    .ToList();
                var evidence = new ComponentEvidence(new Component { Id = "c", Name = "C" });
                foreach (var point in points) evidence.AddGoodPoint(point);
                evidence.Complete(buffer);

                var expected = new List<PointEvidence>(points);
                expected.Sort((a, b) => a.Time.CompareTo(b.Time));
                Assert.Equal(expected.Select(p => p.Point.Repository), evidence.GoodPoints.Select(p => p.Point.Repository));
            }
        }
    }
}
