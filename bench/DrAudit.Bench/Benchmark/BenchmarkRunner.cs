using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Reflection;

namespace DrAudit.Bench.Benchmark
{
    /// <summary>Generates the synthetic client in a temporary folder, then measures its audit in a child process
    /// (so the reported peak working set is the audit's, not the generator's) and removes the folder.</summary>
    public static class BenchmarkRunner
    {
        public const string MeasureCommand = "measure";

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
                output.WriteLine(string.Format(CultureInfo.InvariantCulture, "machine: {0} logical processors, {1}, {2}",
                    Environment.ProcessorCount, System.Runtime.InteropServices.RuntimeInformation.OSDescription.Trim(),
                    System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription));
                output.Flush();
                return MeasureInChildProcess(clientPath);
            }
            finally
            {
                if (options.Keep) output.WriteLine("kept " + folder);
                else if (Directory.Exists(folder)) Directory.Delete(folder, true);
            }
        }

        private static int MeasureInChildProcess(string clientPath)
        {
            var host = Environment.ProcessPath ?? throw new InvalidOperationException("The benchmark cannot find its own executable.");
            var start = new ProcessStartInfo(host) { UseShellExecute = false };
            // Under `dotnet DrAudit.Bench.dll` (or dotnet run) the host is dotnet itself and needs the assembly.
            if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
                start.ArgumentList.Add(Assembly.GetExecutingAssembly().Location);
            start.ArgumentList.Add(MeasureCommand);
            start.ArgumentList.Add(clientPath);
            using (var child = Process.Start(start) ?? throw new InvalidOperationException("Could not start the measuring process."))
            {
                child.WaitForExit();
                return child.ExitCode;
            }
        }
    }
}
