using System;

namespace DrAudit.Core.Model.Inventory
{
    public sealed class JobRun
    {
        public string Job { get; set; } = "";
        public DateTimeOffset Start { get; set; }
        public DateTimeOffset? End { get; set; }
        public RunResult Result { get; set; }
        public string? Message { get; set; }
    }
}
