using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Packs.Html.View;

namespace DrAudit.Core.Packs.Html
{
    /// <summary>Computes the SVG geometry of the report's charts; templates only place the elements.</summary>
    public static class ChartGeometry
    {
        private const double TargetChartWidth = 680, TargetLabelWidth = 230, TargetPlotWidth = 400, TargetRowHeight = 34, TargetBarHeight = 14, TargetTop = 8;
        private const double RunChartWidth = 680, RunPlotX = 34, RunPlotHeight = 150, RunTop = 10;
        public const int ChartLabelLength = 36;

        /// <summary>The staircase of maturity levels 0 to 3; steps up to <paramref name="level"/> are achieved.</summary>
        public static MaturityGaugeView MaturityGauge(int level)
        {
            const double stepWidth = 74, gap = 6, baseY = 112;
            var gauge = new MaturityGaugeView { Width = "320", Height = "134", BaseY = ReportFormat.Coordinate(baseY) };
            for (int i = 0; i <= 3; i++)
            {
                var height = 28 + i * 24;
                var x = 4 + i * (stepWidth + gap);
                gauge.Steps.Add(new MaturityStepView
                {
                    Level = i,
                    Label = "Level " + ReportFormat.Number(i),
                    X = ReportFormat.Coordinate(x),
                    Y = ReportFormat.Coordinate(baseY - height),
                    Width = ReportFormat.Coordinate(stepWidth),
                    Height = ReportFormat.Coordinate(height),
                    TextX = ReportFormat.Coordinate(x + stepWidth / 2),
                    TextY = ReportFormat.Coordinate(baseY + 16),
                    Achieved = i <= level,
                    Current = i == level,
                });
            }
            return gauge;
        }

        /// <summary>A measured value per service as a share of its target; the axis runs from 0 to twice the target.
        /// With more rows than <paramref name="maxRows"/>, only the services not within target are drawn (the first
        /// <paramref name="maxRows"/> of them); the counts still cover every service.</summary>
        public static TargetChartView TargetChart(string title, string description, IReadOnlyList<TargetBarView> allRows, IReadOnlyList<double?> allRatios, int maxRows = int.MaxValue)
        {
            var rows = allRows;
            var ratios = allRatios;
            var notDrawn = "";
            if (allRows.Count > maxRows)
            {
                var drawn = Enumerable.Range(0, allRows.Count).Where(i => allRows[i].State != "ok").Take(maxRows).ToList();
                rows = drawn.Select(i => allRows[i]).ToList();
                ratios = drawn.Select(i => allRatios[i]).ToList();
                var outside = allRows.Count(r => r.State != "ok");
                notDrawn = (outside == 0 ? "Every service is within target, so no bar is drawn"
                    : outside == drawn.Count ? "Only the " + ReportFormat.Count(outside, "service", "services") + " not within target " + (outside == 1 ? "is" : "are") + " drawn; the other " + ReportFormat.Number(allRows.Count - outside) + (allRows.Count - outside == 1 ? " is" : " are") + " within target"
                    : "Only the first " + ReportFormat.Number(drawn.Count) + " of the " + ReportFormat.Number(outside) + " services not within target are drawn") +
                    ". The services table lists every service.";
            }
            var plotX = TargetLabelWidth;
            var chart = new TargetChartView
            {
                Title = title,
                Description = description,
                Width = ReportFormat.Coordinate(TargetChartWidth),
                PlotX = ReportFormat.Coordinate(plotX),
                PlotWidth = ReportFormat.Coordinate(TargetPlotWidth),
                PlotEndX = ReportFormat.Coordinate(plotX + TargetPlotWidth),
                TargetX = ReportFormat.Coordinate(plotX + TargetPlotWidth / 2),
                WithinWidth = ReportFormat.Coordinate(TargetPlotWidth / 2),
                BarHeight = ReportFormat.Coordinate(TargetBarHeight),
                Total = allRows.Count,
                WithinTarget = allRows.Count(r => r.State == "ok"),
                NotDrawnText = notDrawn,
            };
            for (int i = 0; i < rows.Count; i++)
            {
                var row = rows[i];
                var y = TargetTop + i * TargetRowHeight;
                var ratio = ratios[i];
                var shown = ratio == null ? 2.0 : Math.Min(Math.Max(ratio.Value, 0), 2.0);
                var width = Math.Max(shown / 2.0 * TargetPlotWidth, ratio == null || ratio.Value <= 0 ? 0 : 2);
                if (ratio == null) width = TargetPlotWidth;
                row.HasValue = ratio != null;
                row.Clipped = ratio != null && ratio.Value > 2.0;
                row.Y = ReportFormat.Coordinate(y);
                row.BarY = ReportFormat.Coordinate(y + (TargetRowHeight - TargetBarHeight) / 2 - 4);
                row.TextY = ReportFormat.Coordinate(y + TargetRowHeight / 2 - 4);
                row.DetailY = ReportFormat.Coordinate(y + TargetRowHeight / 2 + 8);
                row.ClipTextY = ReportFormat.Coordinate(y + (TargetRowHeight - TargetBarHeight) / 2 - 4 + 11);
                row.BarWidth = ReportFormat.Coordinate(width);
                row.BarEndX = ReportFormat.Coordinate(plotX + width);
                chart.Rows.Add(row);
            }
            var axisY = TargetTop + rows.Count * TargetRowHeight;
            chart.AxisY = ReportFormat.Coordinate(axisY);
            chart.AxisTextY = ReportFormat.Coordinate(axisY + 14);
            chart.Height = ReportFormat.Coordinate(axisY + 22);
            return chart;
        }

        /// <summary>Job runs starting in [<paramref name="windowStart"/>, <paramref name="asOf"/>], per UTC day, stacked by result.</summary>
        public static RunHistoryView RunHistory(DateTimeOffset windowStart, DateTimeOffset asOf, IEnumerable<JobRun> runs)
        {
            var firstDay = new DateTimeOffset(windowStart.UtcDateTime.Date, TimeSpan.Zero);
            var dayCount = Math.Max(1, (int)Math.Ceiling((asOf - firstDay).TotalDays));
            var counts = new int[dayCount, 4];
            var view = new RunHistoryView { Available = true };
            foreach (var run in runs)
            {
                if (run.Start < windowStart || run.Start > asOf) continue;
                var day = Math.Min(dayCount - 1, (int)Math.Floor((run.Start - firstDay).TotalDays));
                var slot = Slot(run.Result);
                counts[day, slot]++;
                view.Runs++;
                if (slot == 0) view.Success++;
                else if (slot == 1) view.Warning++;
                else if (slot == 2) view.Failed++;
                else view.Other++;
            }
            var running = runs.Count(r => r.Start >= windowStart && r.Start <= asOf && r.Result == RunResult.Running);
            var finished = view.Runs - running;
            view.SuccessRate = finished == 0 ? "" : ReportFormat.Number(Math.Round(100.0 * (view.Success + view.Warning) / finished, 1)) + " %";

            var max = 0;
            for (int d = 0; d < dayCount; d++) max = Math.Max(max, counts[d, 0] + counts[d, 1] + counts[d, 2] + counts[d, 3]);
            view.MaxPerDay = max;
            var plotWidth = RunChartWidth - RunPlotX - 6;
            var slotWidth = plotWidth / dayCount;
            var baseY = RunTop + RunPlotHeight;
            view.Width = ReportFormat.Coordinate(RunChartWidth);
            view.Height = ReportFormat.Coordinate(baseY + 22);
            view.PlotX = ReportFormat.Coordinate(RunPlotX);
            view.PlotEndX = ReportFormat.Coordinate(RunPlotX + plotWidth);
            view.BaseY = ReportFormat.Coordinate(baseY);
            view.TopY = ReportFormat.Coordinate(RunTop);
            view.LabelY = ReportFormat.Coordinate(baseY + 15);
            view.TickX = ReportFormat.Coordinate(RunPlotX - 4);
            view.TopTickY = ReportFormat.Coordinate(RunTop + 4);
            var labelEvery = Math.Max(1, (int)Math.Ceiling(dayCount / 6.0));
            string[] names = { "success", "warning", "failed", "other" };
            for (int d = 0; d < dayCount; d++)
            {
                var date = firstDay.AddDays(d);
                var x = RunPlotX + d * slotWidth + slotWidth * 0.15;
                var dayView = new RunDayView
                {
                    Date = ReportFormat.Date(date),
                    Label = date.UtcDateTime.ToString("d MMM", System.Globalization.CultureInfo.InvariantCulture),
                    X = ReportFormat.Coordinate(x),
                    Width = ReportFormat.Coordinate(Math.Max(1, slotWidth * 0.7)),
                    LabelX = ReportFormat.Coordinate(x + slotWidth * 0.35),
                    ShowLabel = d % labelEvery == 0,
                };
                var top = baseY;
                var parts = new List<string>();
                for (int s = 0; s < 4; s++)
                {
                    var n = counts[d, s];
                    dayView.Total += n;
                    if (n == 0) continue;
                    parts.Add(ReportFormat.Number(n) + " " + names[s]);
                    var h = max == 0 ? 0 : n * RunPlotHeight / max;
                    top -= h;
                    dayView.Bars.Add(new RunBarView { Result = names[s], Count = n, Y = ReportFormat.Coordinate(top), Height = ReportFormat.Coordinate(h) });
                }
                dayView.Summary = dayView.Date + ": " + (parts.Count == 0 ? "no runs" : string.Join(", ", parts));
                view.Days.Add(dayView);
            }
            return view;
        }

        /// <summary>A label for a chart row, shortened to fit; the full text is given as the row's title.</summary>
        public static string Shorten(string text) => Text.SafeText.Excerpt(text, ChartLabelLength);

        private static int Slot(RunResult result)
        {
            switch (result)
            {
                case RunResult.Success: return 0;
                case RunResult.Warning: return 1;
                case RunResult.Failed: return 2;
                default: return 3;
            }
        }
    }
}
