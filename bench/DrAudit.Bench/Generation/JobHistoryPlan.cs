using System;
using System.Collections.Generic;
using DrAudit.Core.Model.Inventory;

namespace DrAudit.Bench.Generation
{
    /// <summary>What a job did over time: when it started, how long it took, which runs did not simply succeed, and
    /// where each good run left restore points.</summary>
    public sealed class JobHistoryPlan
    {
        public JobHistoryPlan(Job job, IEnumerable<DateTimeOffset> starts)
        {
            Job = job;
            Starts = starts;
        }

        public Job Job { get; }
        public IEnumerable<DateTimeOffset> Starts { get; }
        public int MinMinutes { get; set; } = 5;
        public int MaxMinutes { get; set; } = 30;
        /// <summary>Runs that did not simply succeed, by start instant.</summary>
        public Dictionary<DateTimeOffset, RunOutcome> Outcomes { get; } = new Dictionary<DateTimeOffset, RunOutcome>();
        /// <summary>Repositories each good run writes a point to; default: the job's own repository.</summary>
        public List<string> PointRepositories { get; } = new List<string>();
        /// <summary>Points older than this before the export was taken have been removed by retention; default: the job's retention.</summary>
        public TimeSpan? PointsKeptFor { get; set; }
        public PointConsistency Consistency { get; set; } = PointConsistency.Crash;
    }
}
