using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace DrAudit.Bench.Benchmark
{
    /// <summary>Times consecutive parts of one run: each <see cref="Lap"/> records the wall and CPU time (the process's,
    /// every thread) and the garbage collector's pauses since the previous lap under a name, so a run's parts can be
    /// compared one by one.</summary>
    public sealed class PartTimer
    {
        private readonly Process _process = Process.GetCurrentProcess();
        private readonly Stopwatch _watch = Stopwatch.StartNew();
        private TimeSpan _cpu;
        private TimeSpan _pause;

        private PartTimer()
        {
            _cpu = _process.TotalProcessorTime;
            _pause = GC.GetTotalPauseDuration();
        }

        public static PartTimer Start() => new PartTimer();

        public void Lap(Dictionary<string, List<(double Wall, double Cpu, double GcPause)>> parts, string name)
        {
            _process.Refresh();
            var now = _process.TotalProcessorTime;
            var pause = GC.GetTotalPauseDuration();
            if (!parts.TryGetValue(name, out var list)) parts[name] = list = new List<(double Wall, double Cpu, double GcPause)>();
            list.Add((_watch.Elapsed.TotalMilliseconds, (now - _cpu).TotalMilliseconds, (pause - _pause).TotalMilliseconds));
            _cpu = now;
            _pause = pause;
            _watch.Restart();
        }
    }
}
