using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using DrAudit.Core.Auditing;
using DrAudit.Core.Catalogue;
using DrAudit.Core.Evaluation;
using DrAudit.Core.Hosting;
using DrAudit.Core.Loading.Definition;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Sources;

namespace DrAudit.Bench.Benchmark
{
    /// <summary>Times an audit of one client definition phase by phase (load the definition, read every source,
    /// score), then once more end to end through <see cref="ReadinessAuditor"/>, and prints a table with the
    /// process's peak working set. Meant to run in a process of its own so the peak is the audit's alone.</summary>
    public static class AuditMeasurement
    {
        public static int Run(string clientPath, TextWriter output)
        {
            var timings = new List<PhaseTiming>();

            ClientDefinition definition = null!;
            timings.Add(Measure("load definition", () =>
            {
                definition = ClientDefinitionLoader.Load(clientPath);
                return Count(definition.Services.Count, "services") + ", " + Count(definition.Components.Count, "components");
            }));

            var asOf = definition.ResolveAsOf(DateTimeOffset.UtcNow);
            var sources = new List<SourceData>();
            timings.Add(Measure("read inventory", () =>
            {
                sources.AddRange(BenchSources.Read(definition, asOf));
                return Count(sources.Sum(s => s.Inventory!.Runs.Count), "runs") + ", " + Count(sources.Sum(s => s.Inventory!.RestorePoints.Count), "points");
            }));

            ReadinessResult scored = null!;
            timings.Add(Measure("score (index + rules)", () =>
            {
                var context = new AuditContext(definition, asOf, sources);
                scored = ReadinessEvaluator.Evaluate(context, ControlCatalogue.Default, ToolVersion.Current, DateTimeOffset.UtcNow);
                return Count(scored.Findings.Count, "findings") + ", maturity " + scored.EssentialEight.MaturityLevel.ToString(CultureInfo.InvariantCulture);
            }));

            timings.Add(Measure("end to end (Audit)", () =>
            {
                var result = ReadinessAuditor.Audit(clientPath, new AuditOptions(), SilentAuditHost.Instance, CancellationToken.None);
                return Count(result.Findings.Count, "findings") + " (second pass: warm JIT, warm file cache)";
            }));

            output.WriteLine();
            output.WriteLine("| phase | time (ms) | allocated (MB) | what |");
            output.WriteLine("|---|---:|---:|---|");
            foreach (var t in timings)
                output.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1:N0} | {2:N0} | {3} |",
                    t.Phase, t.Elapsed.TotalMilliseconds, t.AllocatedBytes / (1024.0 * 1024.0), t.Detail));
            using (var process = Process.GetCurrentProcess())
                output.WriteLine(string.Format(CultureInfo.InvariantCulture, "\npeak working set: {0:N0} MB", process.PeakWorkingSet64 / (1024.0 * 1024.0)));

            foreach (var figure in ComparisonMeasurement.Run(clientPath, output)) output.WriteLine(BenchmarkRunner.FigurePrefix + figure.Row());
            return 0;
        }

        private static PhaseTiming Measure(string phase, Func<string> action)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var allocatedBefore = GC.GetTotalAllocatedBytes(true);
            var watch = Stopwatch.StartNew();
            var detail = action();
            watch.Stop();
            return new PhaseTiming(phase, watch.Elapsed, GC.GetTotalAllocatedBytes(true) - allocatedBefore, detail);
        }

        private static string Count(int n, string what) => n.ToString("N0", CultureInfo.InvariantCulture) + " " + what;
    }
}
