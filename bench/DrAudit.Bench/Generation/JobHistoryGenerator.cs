using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Model.Inventory;

namespace DrAudit.Bench.Generation
{
    /// <summary>Turns <see cref="JobHistoryPlan"/>s into runs and restore points. A failed run leaves no point; a run
    /// still going at the export instant is recorded as running and leaves no point yet.</summary>
    public static class JobHistoryGenerator
    {
        public static void AddHistory(Inventory inventory, JobHistoryPlan plan, DateTimeOffset exportedAt, DeterministicRandom random)
        {
            var job = plan.Job;
            var repositories = plan.PointRepositories.Count > 0 ? plan.PointRepositories : new List<string> { job.Repository ?? "" };
            var keptFor = plan.PointsKeptFor ?? job.Retention?.Value ?? TimeSpan.MaxValue;
            foreach (var start in plan.Starts.Where(s => s <= exportedAt).OrderBy(s => s.UtcTicks))
            {
                var end = start.AddMinutes(random.Next(plan.MinMinutes, plan.MaxMinutes + 1)).AddSeconds(random.Next(0, 60));
                plan.Outcomes.TryGetValue(start, out var outcome);
                var result = outcome?.Result ?? RunResult.Success;
                var running = end > exportedAt;
                inventory.Runs.Add(new JobRun
                {
                    Job = job.Id,
                    Start = start,
                    End = running ? (DateTimeOffset?)null : end,
                    Result = running ? RunResult.Running : result,
                    Message = running ? "" : outcome?.Message ?? "",
                });
                if (running || result == RunResult.Failed) continue;
                if (exportedAt - start > keptFor) continue;
                foreach (var name in job.Objects)
                    foreach (var repository in repositories)
                        inventory.RestorePoints.Add(new RestorePoint
                        {
                            Object = name,
                            Job = job.Id,
                            Time = start,
                            Repository = repository,
                            Consistency = plan.Consistency,
                        });
            }
        }
    }
}
