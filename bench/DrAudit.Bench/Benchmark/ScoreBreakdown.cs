using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using DrAudit.Core.Catalogue;
using DrAudit.Core.Evaluation;
using DrAudit.Core.Evaluation.Scoring;
using DrAudit.Core.Loading.Definition;

namespace DrAudit.Bench.Benchmark
{
    /// <summary>Where load + read + score goes, step by step: the bare parse's two halves (YAML, JSON), loading the
    /// definition, reading the inventory, the evidence index and each control's judgement, each timed on its own (the
    /// fastest of <see cref="Repeats"/>, warm, with the bytes it allocated), so a slow step shows by name.</summary>
    public static class ScoreBreakdown
    {
        public const string Command = "score";
        public const int Repeats = 7;

        public static int Run(string clientPath, TextWriter output)
        {
            var definition = ClientDefinitionLoader.Load(clientPath);
            var asOf = definition.ResolveAsOf(DateTimeOffset.UtcNow);
            var sources = BenchSources.Read(definition, asOf);
            AuditContext audit = null!;
            var rows = new List<(string What, double Ms, double Cpu, double Mb, double Pause)>();
            rows.Add(Row("baseline: YAML", () => DrAudit.Bench.Baseline.BareParse.Yaml(clientPath)));
            var files = ComparisonMeasurement.InventoryFiles(clientPath);
            rows.Add(Row("baseline: JSON", () => { foreach (var f in files) DrAudit.Bench.Baseline.BareParse.Json(f); }));
            rows.Add(Row("load definition", () => ClientDefinitionLoader.Load(clientPath)));
            rows.Add(Row("read inventory", () => BenchSources.Read(definition, asOf)));
            rows.Add(Row("evidence index (AuditContext)", () => audit = new AuditContext(definition, asOf, sources)));
            var exceptions = new ExceptionRegister(definition.Exceptions, asOf);
            // Each judgement gets an evidence index of its own (built before the clock starts): what a rule works out once
            // and keeps (restore orders, a component's repositories) is then counted, as it is in an audit.
            void FreshIndex() => audit = new AuditContext(definition, asOf, sources);
            foreach (var control in ControlCatalogue.Default.Controls)
                rows.Add(Row(control.Id, () => new ControlScorer(audit, exceptions, ControlRules.All).Score(control), FreshIndex));
            rows.Add(Row("whole evaluation (ReadinessEvaluator)", () => ReadinessEvaluator.Evaluate(audit, ControlCatalogue.Default, "bench", DateTimeOffset.UtcNow), FreshIndex));
            output.WriteLine("| step (fastest of " + Repeats.ToString(CultureInfo.InvariantCulture) + ", warm) | wall (ms) | CPU (ms) | allocated (MB) | GC pauses (ms) |");
            output.WriteLine("|---|---:|---:|---:|---:|");
            foreach (var row in rows)
                output.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1:N1} | {2:N1} | {3:N1} | {4:N1} |", row.What, row.Ms, row.Cpu, row.Mb, row.Pause));
            return 0;
        }

        /// <summary>The fastest wall and CPU time (the process's, every thread) of <see cref="Repeats"/> runs, what one run
        /// allocates, and the shortest time the garbage collector paused the program in a run.</summary>
        private static (string, double, double, double, double) Row(string what, Action action, Action? setUp = null)
        {
            double wall = double.MaxValue, cpu = double.MaxValue, allocatedMb = 0, pause = double.MaxValue;
            using var process = Process.GetCurrentProcess();
            for (var i = 0; i < Repeats; i++)
            {
                setUp?.Invoke();
                GC.Collect();
                var before = GC.GetAllocatedBytesForCurrentThread();
                process.Refresh();
                var cpuBefore = process.TotalProcessorTime;
                var pauseBefore = GC.GetTotalPauseDuration();
                var watch = Stopwatch.StartNew();
                action();
                pause = Math.Min(pause, (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds);
                wall = Math.Min(wall, watch.Elapsed.TotalMilliseconds);
                process.Refresh();
                cpu = Math.Min(cpu, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                allocatedMb = (GC.GetAllocatedBytesForCurrentThread() - before) / 1048576.0;
            }
            return (what, wall, cpu, allocatedMb, pause);
        }
    }
}
