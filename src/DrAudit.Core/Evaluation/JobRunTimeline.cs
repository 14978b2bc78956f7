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

        /// <summary>The positions of the job's runs in its source's <paramref name="all"/> runs.</summary>
        private readonly int[] _positions;
        private readonly RecordList<JobRun> _all;

        public JobRunTimeline(string job, RecordList<JobRun> all, int[] positions)
        {
            Job = job;
            _all = all;
            _positions = positions;
            Runs = new SelectedRecords<JobRun>(all, positions);
        }

        public string Job { get; }
        public IReadOnlyList<JobRun> Runs { get; }

        /// <summary>Puts the runs in order of start. Runs that already each start after the one before are in the one
        /// order sorting gives and stay as they are; others are sorted as they always were, so equal starts land where
        /// they always did.</summary>
        public void SortByStart()
        {
            for (int i = 1; i < _positions.Length; i++)
                if (StartAt(i) <= StartAt(i - 1))
                {
                    // The same sort as of the runs themselves, so runs with equal starts keep the order they always had.
                    var all = _all;
                    Array.Sort(_positions, (a, b) => all.At(a).Start.CompareTo(all.At(b).Start));
                    return;
                }
        }

        /// <summary>The latest run (the last in order) that started at or before <paramref name="time"/>; null when none did.</summary>
        public JobRun? LatestAtOrBefore(DateTimeOffset time)
        {
            if (!_searched || time < _foundFor)
            {
                int lo = 0, hi = _positions.Length - 1;
                _found = -1;
                while (lo <= hi)
                {
                    int mid = (lo + hi) / 2;
                    if (StartAt(mid) <= time) { _found = mid; lo = mid + 1; }
                    else hi = mid - 1;
                }
            }
            else
            {
                while (_found + 1 < _positions.Length && StartAt(_found + 1) <= time) _found++;
            }
            _searched = true;
            _foundFor = time;
            return _found < 0 ? (JobRun?)null : _all[_positions[_found]];
        }

        /// <summary>The start of the job's run at <paramref name="i"/> in order.</summary>
        private DateTimeOffset StartAt(int i) => _all.At(_positions[i]).Start;
    }
}
