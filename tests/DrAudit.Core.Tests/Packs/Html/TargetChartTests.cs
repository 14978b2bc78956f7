using DrAudit.Core.Packs.Html;
using DrAudit.Core.Packs.Html.View;

namespace DrAudit.Core.Tests.Packs.Html
{
    /// <summary>A target chart with more services than it may draw keeps its counts over every service, draws only those
    /// not within target, and says so in words that agree in number.</summary>
    public sealed class TargetChartTests
    {
        private static TargetChartView Chart(int ok, int over, int maxRows)
        {
            var rows = Enumerable.Range(0, ok + over).Select(i => new TargetBarView { ServiceId = "s" + i, State = i < ok ? "ok" : "over" }).ToList();
            return ChartGeometry.TargetChart("t", "d", rows, rows.Select(r => (double?)(r.State == "ok" ? 0.5 : 1.5)).ToList(), maxRows);
        }

        [Fact]
        public void Every_service_is_drawn_when_they_fit()
        {
            var chart = Chart(3, 2, 24);
            Assert.Equal(5, chart.Rows.Count);
            Assert.Equal("", chart.NotDrawnText);
        }

        [Theory]
        [InlineData(24, 1, "Only the 1 service not within target is drawn; the other 24 are within target. The services table lists every service.")]
        [InlineData(1, 24, "Only the 24 services not within target are drawn; the other 1 is within target. The services table lists every service.")]
        [InlineData(0, 30, "Only the first 24 of the 30 services not within target are drawn. The services table lists every service.")]
        [InlineData(30, 0, "Every service is within target, so no bar is drawn. The services table lists every service.")]
        public void Only_services_not_within_target_are_drawn_when_there_are_too_many(int ok, int over, string text)
        {
            var chart = Chart(ok, over, 24);

            Assert.Equal(text, chart.NotDrawnText);
            Assert.Equal(ok + over, chart.Total);
            Assert.Equal(ok, chart.WithinTarget);
            Assert.Equal(Math.Min(over, 24), chart.Rows.Count);
            Assert.All(chart.Rows, r => Assert.Equal("over", r.State));
        }
    }
}
