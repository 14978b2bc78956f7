using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using DrAudit.Bench.Baseline;
using DrAudit.Core.Auditing;
using DrAudit.Core.Catalogue;
using DrAudit.Core.Evaluation;
using DrAudit.Core.Loading.Definition;

namespace DrAudit.Bench.Benchmark
{
    /// <summary>In one warm process: DrAudit's load + read + score against the bare parse of the same files
    /// (<see cref="BareParse"/>), each the fastest of <see cref="Repeats"/> runs, alternating so both see the same machine.</summary>
    public static class ComparisonMeasurement
    {
        public const int Repeats = 5;

        private const string LoadPhase = "load definition";
        private const string ReadPhase = "read inventory";
        private const string BareYaml = "bare YAML";
        private const string BareJson = "bare JSON";

        /// <summary>Two figures: wall time and CPU time (all threads of the process, the garbage collector's
        /// included), each the fastest of the runs. CPU time is the steadier one on a busy machine.</summary>
        public static IReadOnlyList<Figure> Run(string clientPath, TextWriter? phases = null)
        {
            var inventories = InventoryFiles(clientPath);
            var drAudit = new List<(double Wall, double Cpu)>();
            var bare = new List<(double Wall, double Cpu)>();
            var phaseTimes = new Dictionary<string, List<(double Wall, double Cpu, double GcPause)>>(StringComparer.Ordinal);
            var bareParts = new Dictionary<string, List<(double Wall, double Cpu, double GcPause)>>(StringComparer.Ordinal);
            for (var i = 0; i < Repeats; i++)
            {
                drAudit.Add(Time(() => LoadReadScore(clientPath, phaseTimes)));
                bare.Add(Time(() =>
                {
                    var part = PartTimer.Start();
                    BareParse.Yaml(clientPath);
                    part.Lap(bareParts, BareYaml);
                    foreach (var file in inventories) BareParse.Json(file);
                    part.Lap(bareParts, BareJson);
                }));
            }
            if (phases != null)
            {
                // Where the warm time goes: each phase's fastest run (so the phases need not add up to the total), and
                // the garbage collector's pauses within it (the median run's: a phase pays for collecting what
                // earlier phases allocated and keep, so this shows where keeping the model costs).
                phases.WriteLine();
                phases.WriteLine("| warm phase (fastest of " + Repeats.ToString(CultureInfo.InvariantCulture) + ") | wall (ms) | CPU (ms) | GC pauses, median (ms) |");
                phases.WriteLine("|---|---:|---:|---:|");
                foreach (var phase in phaseTimes.Concat(bareParts))
                    phases.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} | {1:N0} | {2:N0} | {3:N0} |",
                        phase.Key, phase.Value.Min(t => t.Wall), phase.Value.Min(t => t.Cpu), Median(phase.Value.Select(t => t.GcPause))));
            }
            var what = "load + read + score (in process, warm, fastest of " + Repeats.ToString(CultureInfo.InvariantCulture) + ")";
            const string baseline = "YamlDotNet + one Utf8JsonReader pass touching every value";
            return new[]
            {
                new Figure(what + ", wall", drAudit.Min(t => t.Wall), "ms", baseline, bare.Min(t => t.Wall)),
                new Figure(what + ", CPU", drAudit.Min(t => t.Cpu), "ms", baseline, bare.Min(t => t.Cpu)),
                // The same run split in two, so the reader can be judged on its own: the definition against the YAML
                // half of the bare parse, every source's read against the JSON half.
                new Figure("of which: load definition, CPU", phaseTimes[LoadPhase].Min(t => t.Cpu), "ms", "YamlDotNet representation model", bareParts[BareYaml].Min(t => t.Cpu)),
                new Figure("of which: read inventory, CPU", phaseTimes[ReadPhase].Min(t => t.Cpu), "ms", "one Utf8JsonReader pass touching every value", bareParts[BareJson].Min(t => t.Cpu)),
            };
        }

        /// <summary>The inventory files the definition's sources read (the bare parse reads the same ones).</summary>
        public static IReadOnlyList<string> InventoryFiles(string clientPath)
        {
            var definition = ClientDefinitionLoader.Load(clientPath);
            var folder = Path.GetDirectoryName(Path.GetFullPath(clientPath))!;
            return definition.Sources.Where(s => s.Type == "inventory" && s.Path != null)
                .Select(s => Path.GetFullPath(Path.Combine(folder, s.Path!))).ToList();
        }

        private static double Median(IEnumerable<double> values)
        {
            var ordered = values.OrderBy(v => v).ToList();
            return ordered[ordered.Count / 2];
        }

        private static void LoadReadScore(string clientPath, Dictionary<string, List<(double Wall, double Cpu, double GcPause)>> phases)
        {
            var timer = PartTimer.Start();
            void Phase(string name) => timer.Lap(phases, name);
            var definition = ClientDefinitionLoader.Load(clientPath);
            Phase(LoadPhase);
            var asOf = definition.ResolveAsOf(DateTimeOffset.UtcNow);
            var sources = BenchSources.Read(definition, asOf);
            Phase(ReadPhase);
            var audit = new AuditContext(definition, asOf, sources);
            Phase("evidence index (AuditContext)");
            ReadinessEvaluator.Evaluate(audit, ControlCatalogue.Default, ToolVersion.Current, DateTimeOffset.UtcNow);
            Phase("rules (ReadinessEvaluator)");
        }

        private static (double Wall, double Cpu) Time(Action action)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            using var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            action();
            var wall = watch.Elapsed.TotalMilliseconds;
            process.Refresh();
            return (wall, (process.TotalProcessorTime - cpu).TotalMilliseconds);
        }
    }
}
