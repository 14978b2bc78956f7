using System;

namespace DrAudit.Core.Model.Inventory
{
    /// <summary>A run of a job. A value, not an object: a large client has hundreds of thousands, kept in a few
    /// large arrays that the garbage collector need not trace one by one.</summary>
    public struct JobRun
    {
        private string? _job;

        /// <summary>The job's id ("" until set).</summary>
        public string Job { get => _job ?? ""; set => _job = value; }
        public DateTimeOffset Start { get; set; }
        public DateTimeOffset? End { get; set; }
        public RunResult Result { get; set; }
        public string? Message { get; set; }
    }
}
