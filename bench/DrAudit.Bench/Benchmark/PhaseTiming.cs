using System;

namespace DrAudit.Bench.Benchmark
{
    /// <summary>One measured phase: wall time and bytes allocated on the managed heap.</summary>
    public sealed class PhaseTiming
    {
        public PhaseTiming(string phase, TimeSpan elapsed, long allocatedBytes, string detail)
        {
            Phase = phase;
            Elapsed = elapsed;
            AllocatedBytes = allocatedBytes;
            Detail = detail;
        }

        public string Phase { get; }
        public TimeSpan Elapsed { get; }
        public long AllocatedBytes { get; }
        public string Detail { get; }
    }
}
