using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using DrAudit.Core.Catalogue;
using DrAudit.Core.Evaluation;
using DrAudit.Core.Evaluation.Scoring;
using DrAudit.Core.Hosting;
using DrAudit.Core.Loading.Definition;
using DrAudit.Core.Sources;

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
            var context = new CollectionContext(asOf, definition.AuditWindow, SilentAuditHost.Instance);
            var sources = definition.Sources.Select(s => SourceCollectors.For(s.Type).Collect(s, context, CancellationToken.None)).ToList();
            AuditContext audit = null!;
            var rows = new List<(string What, double Ms, double Mb)>();
            rows.Add(("baseline: YAML", Fastest(() => DrAudit.Bench.Baseline.BareParse.Yaml(clientPath), out var ym), ym));
            var files = ComparisonMeasurement.InventoryFiles(clientPath);
            rows.Add(("baseline: JSON", Fastest(() => { foreach (var f in files) DrAudit.Bench.Baseline.BareParse.Json(f); }, out var jm), jm));
            rows.Add(("load definition", Fastest(() => ClientDefinitionLoader.Load(clientPath), out var dm), dm));
            rows.Add(("read inventory", Fastest(() => definition.Sources.Select(s => SourceCollectors.For(s.Type).Collect(s, context, CancellationToken.None)).ToList(), out var rm), rm));
            rows.Add(("evidence index (AuditContext)", Fastest(() => audit = new AuditContext(definition, asOf, sources), out var mb), mb));
            var exceptions = new ExceptionRegister(definition.Exceptions, asOf);
            foreach (var control in ControlCatalogue.Default.Controls)
            {
                var ms = Fastest(() => new ControlScorer(audit, exceptions, ControlRules.All).Score(control), out var allocated);
                rows.Add((control.Id, ms, allocated));
            }
            rows.Add(("whole evaluation (ReadinessEvaluator)", Fastest(() => ReadinessEvaluator.Evaluate(audit, ControlCatalogue.Default, "bench", DateTimeOffset.UtcNow), out var all), all));
            output.WriteLine("| step (fastest of " + Repeats.ToString(CultureInfo.InvariantCulture) + ", warm) | ms | allocated (MB) |");
            output.WriteLine("|---|---:|---:|");
            foreach (var row in rows)
                output.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1:N1} | {2:N1} |", row.What, row.Ms, row.Mb));
            return 0;
        }

        private static double Fastest(Action action, out double allocatedMb)
        {
            var best = double.MaxValue;
            allocatedMb = 0;
            for (var i = 0; i < Repeats; i++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                action();
                var ms = watch.Elapsed.TotalMilliseconds;
                if (ms < best) best = ms;
                allocatedMb = (GC.GetAllocatedBytesForCurrentThread() - before) / 1048576.0;
            }
            return best;
        }
    }
}
