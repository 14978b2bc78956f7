using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace DrAudit.Bench.Benchmark
{
    /// <summary>Times consecutive parts of one run: each <see cref="Lap"/> records the wall and CPU time (the process's,
    /// every thread) since the previous lap under a name, so a run's parts can be compared one by one.</summary>
    public sealed class PartTimer
    {
        private readonly Process _process = Process.GetCurrentProcess();
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private TimeSpan _cpu;

        private PartTimer()
        {
            _cpu = _process.TotalProcessorTime;
        }

        public static PartTimer Start() => new PartTimer();

        public void Lap(Dictionary<string, List<(double Wall, double Cpu)>> parts, string name)
        {
            _process.Refresh();
            var now = _process.TotalProcessorTime;
            if (!parts.TryGetValue(name, out var list)) parts[name] = list = new List<(double Wall, double Cpu)>();
            list.Add((_watch.Elapsed.TotalMilliseconds, (now - _cpu).TotalMilliseconds));
            _cpu = now;
            _watch.Restart();
        }
    }
}
