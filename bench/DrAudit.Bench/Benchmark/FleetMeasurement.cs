using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using DrAudit.Core.Fleet;
using DrAudit.Core.Hosting;

namespace DrAudit.Bench.Benchmark
{
    /// <summary><c>fleet</c>: a fleet of synthetic clients (20 × 200 objects by default, each its own client id) audited
    /// with every format in a process of its own, once with the default number of workers and once with one, so
    /// each run's wall time, CPU time and peak working set can be set side by side.</summary>
    public static class FleetMeasurement
    {
        public const string Command = "fleet";
        public const string MeasureCommand = "fleet-measure";

        public static int Run(BenchmarkOptions options, TextWriter output)
        {
            var folder = Path.Combine(Path.GetTempPath(), "draudit-fleet-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            try
            {
                var clients = new List<string>();
                for (var i = 0; i < options.Clients; i++)
                {
                    var id = "bench-client-" + (i + 1).ToString("D2", CultureInfo.InvariantCulture);
                    clients.Add(SyntheticClient.Write(Path.Combine(folder, id),
                        new BenchmarkOptions { Objects = options.Objects, Days = options.Days, ClientId = id }));
                }
                var workers = FleetAuditOptions.DefaultThrottleLimit;
                output.WriteLine(string.Format(CultureInfo.InvariantCulture,
                    "fleet: {0} clients x {1:N0} objects, {2} days; default workers on this machine: {3} ({4} logical processors); {5}; load average: {6}",
                    options.Clients, options.Objects, options.Days, workers, Environment.ProcessorCount, BenchmarkRunner.JitSetting, BenchmarkRunner.LoadAverage()));
                output.Flush();

                var figures = new List<string>();
                var runs = new List<(int Workers, BenchmarkRunner.ChildRun Run)>();
                foreach (var count in workers == 1 ? new[] { 1 } : new[] { workers, 1 })
                {
                    var args = new List<string> { MeasureCommand, count.ToString(CultureInfo.InvariantCulture), Path.Combine(folder, "packs-" + count.ToString(CultureInfo.InvariantCulture)) };
                    args.AddRange(clients);
                    var run = BenchmarkRunner.RunChild(options, output, figures, args.ToArray());
                    if (run.ExitCode != 0) return run.ExitCode;
                    runs.Add((count, run));
                }
                output.WriteLine();
                output.WriteLine("| fleet run | workers | wall (ms) | CPU (ms) | peak working set (MB) |");
                output.WriteLine("|---|---:|---:|---:|---:|");
                foreach (var (count, run) in runs)
                    output.WriteLine(string.Format(CultureInfo.InvariantCulture, "| {0} x {1:N0} objects | {2} | {3:N0} | {4:N0} | {5:N0} |",
                        options.Clients, options.Objects, count, run.Elapsed.TotalMilliseconds, run.CpuMilliseconds, run.PeakBytes / (1024.0 * 1024.0)));
                output.WriteLine("\nload average at the end: " + BenchmarkRunner.LoadAverage());
                return 0;
            }
            finally
            {
                if (options.Keep) output.WriteLine("kept " + folder);
                else if (Directory.Exists(folder)) Directory.Delete(folder, true);
            }
        }

        /// <summary>The measured child: audits <paramref name="clients"/> as a fleet into <paramref name="outFolder"/>.</summary>
        public static int Measure(int workers, string outFolder, IReadOnlyList<string> clients)
        {
            var result = FleetAuditor.Run(clients, new FleetAuditOptions { OutputRoot = outFolder, ThrottleLimit = workers },
                SilentAuditHost.Instance, null, CancellationToken.None);
            var failed = result.Summary.Clients.Count(c => c.Status == FleetClientStatus.Failed);
            if (failed > 0)
            {
                Console.Error.WriteLine(failed.ToString(CultureInfo.InvariantCulture) + " clients failed: " + result.Summary.Clients.First(c => c.Status == FleetClientStatus.Failed).Error);
                return 1;
            }
            return PackMeasurement.Done();
        }
    }
}
