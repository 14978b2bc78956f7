namespace DrAudit.Bench.Benchmark
{
    /// <summary>The size of the synthetic client the benchmark audits.</summary>
    public sealed class BenchmarkOptions
    {
        /// <summary>Protected objects (each one component, one daily job).</summary>
        public int Objects { get; set; } = 2000;

        /// <summary>Days of daily runs and restore points before asOf.</summary>
        public int Days { get; set; } = 90;

        /// <summary>The client's id (the fleet benchmark gives each of its clients its own).</summary>
        public string ClientId { get; set; } = "bench-client";

        /// <summary>Clients of the fleet benchmark (<c>fleet</c>).</summary>
        public int Clients { get; set; } = 20;

        /// <summary>Keep the generated client folder instead of deleting it.</summary>
        public bool Keep { get; set; }

        /// <summary>The garbage collector the measuring processes run with: "default" (workstation, concurrent: as
        /// draudit and PowerShell run), "server" or "non-concurrent".</summary>
        public string Gc { get; set; } = "default";
    }
}
