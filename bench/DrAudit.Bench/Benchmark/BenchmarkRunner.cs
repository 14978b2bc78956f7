using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Reflection;

namespace DrAudit.Bench.Benchmark
{
    /// <summary>Generates the synthetic client in a temporary folder, then measures it in child processes (so each
    /// reported peak working set is that process's alone): the phase table and the warm in-process comparison
    /// (<c>measure</c>), then a whole-process audit writing every format (<c>pack</c>) against the bare baseline
    /// (<c>baseline-pack</c>). Prints every figure next to its baseline in one table, and removes the folder.</summary>
    public static class BenchmarkRunner
    {
        public const string MeasureCommand = "measure";
        public const string FigurePrefix = "figure|";

        public static int Run(BenchmarkOptions options, TextWriter output)
        {
            var folder = Path.Combine(Path.GetTempPath(), "draudit-bench-" + Guid.NewGuid().ToString("N").Substring(0, 8));
            try
            {
                var watch = Stopwatch.StartNew();
                var clientPath = SyntheticClient.Write(folder, options);
                watch.Stop();
                var inventoryBytes = new FileInfo(Path.Combine(folder, "inventory.json")).Length;
                output.WriteLine(string.Format(CultureInfo.InvariantCulture,
                    "synthetic client: {0:N0} objects, {1} days; generated and written in {2:N0} ms ({3:N0} MB of inventory JSON) in {4}",
                    options.Objects, options.Days, watch.Elapsed.TotalMilliseconds, inventoryBytes / (1024.0 * 1024.0), folder));
                output.WriteLine(string.Format(CultureInfo.InvariantCulture, "machine: {0} logical processors, {1}, {2}; GC: {3}; {4}; load average: {5}",
                    Environment.ProcessorCount, System.Runtime.InteropServices.RuntimeInformation.OSDescription.Trim(),
                    System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription, options.Gc, JitSetting, LoadAverage()));
                output.Flush();

                var figures = new List<string>();
                var measured = RunChild(options, output, figures, MeasureCommand, clientPath);
                if (measured.ExitCode != 0) return measured.ExitCode;

                var pack = RunChild(options, output, figures, PackMeasurement.PackCommand, clientPath, Path.Combine(folder, "pack"));
                var bare = RunChild(options, output, figures, PackMeasurement.BaselineCommand, clientPath, Path.Combine(folder, "bare"));
                if (pack.ExitCode != 0 || bare.ExitCode != 0) return pack.ExitCode != 0 ? pack.ExitCode : bare.ExitCode;
                figures.Add(new Figure("full audit, every format (whole process), wall", pack.Elapsed.TotalMilliseconds, "ms",
                    "bare parse + OpenXmlWriter, same big sheets (whole process)", bare.Elapsed.TotalMilliseconds).Row());
                figures.Add(new Figure("full audit, every format (whole process), CPU", pack.CpuMilliseconds, "ms",
                    "bare parse + OpenXmlWriter, same big sheets (whole process)", bare.CpuMilliseconds).Row());
                figures.Add(new Figure("peak working set, full audit", pack.PeakBytes / (1024.0 * 1024.0), "MB",
                    "bare parse + OpenXmlWriter", bare.PeakBytes / (1024.0 * 1024.0)).Row());
                var packFolder = Path.Combine(folder, "pack");
                output.WriteLine(string.Format(CultureInfo.InvariantCulture, "\npack written: {0:N1} MB on disk (report.html {1:N1} MB, evidence.xlsx {2:N1} MB)",
                    FolderBytes(packFolder) / (1024.0 * 1024.0), FileMegabytes(Path.Combine(packFolder, "report.html")), FileMegabytes(Path.Combine(packFolder, "evidence.xlsx"))));

                output.WriteLine();
                output.WriteLine(Figure.Header);
                foreach (var row in figures) output.WriteLine(row);
                output.WriteLine("\nload average at the end: " + LoadAverage());
                return 0;
            }
            finally
            {
                if (options.Keep) output.WriteLine("kept " + folder);
                else if (Directory.Exists(folder)) Directory.Delete(folder, true);
            }
        }

        /// <summary>Whether profile-guided re-compilation is on (off in draudit and here: DrAudit.Cli.csproj).</summary>
        public static string JitSetting =>
            string.Equals(AppContext.GetData("System.Runtime.TieredPGO")?.ToString(), "false", StringComparison.OrdinalIgnoreCase)
                ? "TieredPGO off (as draudit)" : "TieredPGO on";

        /// <summary>The 1, 5 and 15 minute load averages where the system shows them (/proc/loadavg), else "unknown".</summary>
        public static string LoadAverage()
        {
            try
            {
                var parts = File.ReadAllText("/proc/loadavg").Split(' ');
                return parts.Length >= 3 ? parts[0] + " " + parts[1] + " " + parts[2] : "unknown";
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                return "unknown";
            }
        }

        private static double FileMegabytes(string path) => File.Exists(path) ? new FileInfo(path).Length / (1024.0 * 1024.0) : 0;

        private static long FolderBytes(string folder)
        {
            long total = 0;
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)) total += new FileInfo(file).Length;
            return total;
        }

        public sealed class ChildRun
        {
            public int ExitCode;
            public TimeSpan Elapsed;
            public long PeakBytes;
            public double CpuMilliseconds;
        }

        /// <summary>Starts this program again with <paramref name="args"/>, passes its output on (collecting figure rows
        /// and its peak), and times it from start to exit.</summary>
        public static ChildRun RunChild(BenchmarkOptions options, TextWriter output, List<string> figures, params string[] args)
        {
            var host = Environment.ProcessPath ?? throw new InvalidOperationException("The benchmark cannot find its own executable.");
            var start = new ProcessStartInfo(host) { UseShellExecute = false, RedirectStandardOutput = true };
            // Under `dotnet DrAudit.Bench.dll` (or dotnet run) the host is dotnet itself and needs the assembly.
            if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
                start.ArgumentList.Add(Assembly.GetExecutingAssembly().Location);
            foreach (var arg in args) start.ArgumentList.Add(arg);
            switch (options.Gc)
            {
                case "server": start.Environment["DOTNET_gcServer"] = "1"; break;
                case "non-concurrent": start.Environment["DOTNET_gcConcurrent"] = "0"; break;
            }
            var run = new ChildRun();
            var watch = Stopwatch.StartNew();
            using (var child = Process.Start(start) ?? throw new InvalidOperationException("Could not start the measuring process."))
            {
                string? line;
                while ((line = child.StandardOutput.ReadLine()) != null)
                {
                    if (line.StartsWith(FigurePrefix, StringComparison.Ordinal)) figures.Add(line.Substring(FigurePrefix.Length));
                    else if (line.StartsWith(PackMeasurement.PeakPrefix, StringComparison.Ordinal))
                        run.PeakBytes = long.Parse(line.Substring(PackMeasurement.PeakPrefix.Length), CultureInfo.InvariantCulture);
                    else if (line.StartsWith(PackMeasurement.CpuPrefix, StringComparison.Ordinal))
                        run.CpuMilliseconds = double.Parse(line.Substring(PackMeasurement.CpuPrefix.Length), CultureInfo.InvariantCulture);
                    else output.WriteLine(line);
                }
                child.WaitForExit();
                run.Elapsed = watch.Elapsed;
                run.ExitCode = child.ExitCode;
            }
            if (run.PeakBytes > 0)
                output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}: {1:N0} ms, CPU {2:N0} ms, peak working set {3:N0} MB",
                    args[0], run.Elapsed.TotalMilliseconds, run.CpuMilliseconds, run.PeakBytes / (1024.0 * 1024.0)));
            return run;
        }
    }
}
