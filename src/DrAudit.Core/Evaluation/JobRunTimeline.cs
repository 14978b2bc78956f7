using System;
using System.Collections.Generic;
using DrAudit.Core.Model.Inventory;

namespace DrAudit.Core.Evaluation
{
    /// <summary>One job's runs at or before asOf, oldest first, and which of them made a restore point. The evidence
    /// index asks about a component's points mostly oldest first, so a lookup goes on from the run the previous one
    /// found instead of searching all the runs again (any other order falls back to a binary search).</summary>
    internal sealed class JobRunTimeline
    {
        /// <summary>The last run that started at or before <see cref="_foundFor"/>; -1 when none did.</summary>
        private int _found = -1;
        private DateTimeOffset _foundFor;
        private bool _searched;

        public JobRunTimeline(string job, List<JobRun> runs)
        {
            Job = job;
            Runs = runs;
        }

        public string Job { get; }
        public List<JobRun> Runs { get; }

        /// <summary>Puts the runs in order of start. Runs that already each start after the one before are in the one
        /// order sorting gives and stay as they are; others are sorted as they always were, so equal starts land where
        /// they always did.</summary>
        public void SortByStart()
        {
            for (int i = 1; i < Runs.Count; i++)
                if (Runs[i].Start <= Runs[i - 1].Start)
                {
                    Runs.Sort((a, b) => a.Start.CompareTo(b.Start));
                    return;
                }
        }

        /// <summary>The latest run (the last in order) that started at or before <paramref name="time"/>; null when none did.</summary>
        public JobRun? LatestAtOrBefore(DateTimeOffset time)
        {
            if (!_searched || time < _foundFor)
            {
                int lo = 0, hi = Runs.Count - 1;
                _found = -1;
                while (lo <= hi)
                {
                    int mid = (lo + hi) / 2;
                    if (Runs[mid].Start <= time) { _found = mid; lo = mid + 1; }
                    else hi = mid - 1;
                }
            }
            else
            {
                while (_found + 1 < Runs.Count && Runs[_found + 1].Start <= time) _found++;
            }
            _searched = true;
            _foundFor = time;
            return _found < 0 ? null : Runs[_found];
        }
    }
}
