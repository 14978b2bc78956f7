using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Inventory;

namespace DrAudit.Core.Evaluation.Rules.Support
{
    /// <summary>How healthy one enabled job is over the audit window (DR-10): whether it ran, its trailing streak of
    /// unsuccessful runs (failed or unknown; running ones ignored) times its usual interval (the median gap between
    /// run starts in the window; with fewer than two runs, the time since the streak's first run), and its success
    /// rate: (success + warning) / finished runs, which must be at least 95 %.</summary>
    public sealed class ComponentJobHealth
    {
        /// <summary>The lowest acceptable success rate, in percent.</summary>
        public const int RequiredSuccessPercent = 95;

        private ComponentJobHealth(JobEvidence job) { Job = job; }

        public JobEvidence Job { get; }
        /// <summary>Runs that started in the audit window (at or after its start, at or before asOf).</summary>
        public int Runs { get; private set; }
        /// <summary>Runs in the window that finished (not running).</summary>
        public int Finished { get; private set; }
        /// <summary>Finished runs that succeeded (success or warning).</summary>
        public int Succeeded { get; private set; }
        /// <summary>Trailing unsuccessful runs in a row.</summary>
        public int Streak { get; private set; }
        /// <summary>Median gap between run starts in the window; null with fewer than two runs.</summary>
        public TimeSpan? Interval { get; private set; }
        /// <summary>How long the streak has left the job without a good backup, as the rule measures it.</summary>
        public TimeSpan StreakSpan { get; private set; }
        public DateTimeOffset WindowStart { get; private set; }

        public bool HasRuns => Runs > 0;
        /// <summary>Success rate in [0, 1]; null when no run in the window finished.</summary>
        public double? SuccessRate => Finished == 0 ? (double?)null : (double)Succeeded / Finished;
        public bool StreakWithin(Duration rpo) => StreakSpan <= rpo.Value;
        /// <summary>Null when no run finished; exact integer comparison, so 19 of 20 (95 %) passes.</summary>
        public bool? RateSufficient => Finished == 0 ? (bool?)null : Succeeded * 100L >= Finished * (long)RequiredSuccessPercent;

        public static ComponentJobHealth Of(JobEvidence job, DateTimeOffset windowStart, DateTimeOffset asOf)
        {
            var health = new ComponentJobHealth(job) { WindowStart = windowStart };
            // The job's runs are oldest first: those in the window are runs[first .. end - 1], found by binary search.
            var runs = job.Runs;
            int first = FirstStartingAfter(runs, windowStart, orAt: true), end = FirstStartingAfter(runs, asOf, orAt: false);
            if (end < first) end = first;
            health.Runs = end - first;
            for (int i = first; i < end; i++)
            {
                var result = runs[i].Result;
                if (result == RunResult.Running) continue;
                health.Finished++;
                if (result == RunResult.Success || result == RunResult.Warning) health.Succeeded++;
            }
            DateTimeOffset? streakStart = null;
            for (int i = end - 1; i >= first; i--)
            {
                var result = runs[i].Result;
                if (result == RunResult.Running) continue;
                if (result == RunResult.Success || result == RunResult.Warning) break;
                health.Streak++;
                streakStart = runs[i].Start;
            }
            if (health.Runs >= 2)
            {
                int count = health.Runs - 1;
                var gaps = GapsBuffer(count);
                for (int i = first + 1; i < end; i++) gaps[i - first - 1] = (runs[i].Start - runs[i - 1].Start).Ticks;
                Array.Sort(gaps, 0, count);
                int mid = count / 2;
                health.Interval = TimeSpan.FromTicks(count % 2 == 1 ? gaps[mid] : (gaps[mid - 1] + gaps[mid]) / 2);
                health.StreakSpan = TimeSpan.FromTicks(health.Interval.Value.Ticks * health.Streak);
            }
            else if (streakStart.HasValue)
            {
                health.StreakSpan = asOf - streakStart.Value;
            }
            return health;
        }

        /// <summary>The gaps between a job's run starts, sorted for their median: one buffer per thread, reused from job to
        /// job (a job runs daily or more often, and every enabled job of every component is measured).</summary>
        [ThreadStatic] private static long[]? _gaps;

        private static long[] GapsBuffer(int count)
        {
            if (_gaps == null || _gaps.Length < count) _gaps = new long[Math.Max(count, 64)];
            return _gaps;
        }

        /// <summary>The index of the first of the runs (oldest first) that starts after <paramref name="time"/> (or at it,
        /// with <paramref name="orAt"/>); the count when none does.</summary>
        private static int FirstStartingAfter(IReadOnlyList<JobRun> runs, DateTimeOffset time, bool orAt)
        {
            int lo = 0, hi = runs.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (runs[mid].Start < time || (!orAt && runs[mid].Start == time)) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }

        /// <summary>"main: job 'SQL nightly': 35 runs since 2026-09-27 00:00Z, 33 succeeded (94.2 %), last 2 unsuccessful, usual interval 1 day".</summary>
        public string Describe()
        {
            var line = EvidenceLineBuilder.Start().Append(Job.Describe()).Append(": ").AppendNumber(Runs).Append(Runs == 1 ? " run" : " runs")
                .Append(" since ").AppendTime(WindowStart);
            if (Runs == 0) return EvidenceLineBuilder.Finish(line);
            line.Append(", ").AppendNumber(Succeeded).Append(" of ").AppendNumber(Finished).Append(" finished succeeded");
            if (SuccessRate.HasValue) line.Append(" (").Append(ComponentStatements.Percent(SuccessRate.Value)).Append(')');
            line.Append(", last ").AppendNumber(Streak).Append(" unsuccessful");
            if (Interval.HasValue) line.Append(", usual interval ").Append(DurationWords.Of(Interval.Value));
            return EvidenceLineBuilder.Finish(line);
        }
    }
}
