using System;
using System.Collections.Generic;

namespace DrAudit.Core.Evaluation
{
    /// <summary>The arrays a component's good points are put in time order with, made once per evidence index and grown
    /// to its largest component instead of three arrays for each component; it also compares two positions by their
    /// points' times.</summary>
    internal sealed class PointOrderBuffer : IComparer<int>
    {
        public long[] Ticks { get; private set; } = Array.Empty<long>();
        public int[] Order { get; private set; } = Array.Empty<int>();
        public PointEvidence[] Points { get; private set; } = Array.Empty<PointEvidence>();

        /// <summary>Makes room for <paramref name="count"/> points.</summary>
        public void Ensure(int count)
        {
            if (Ticks.Length >= count) return;
            var size = Math.Max(count, Ticks.Length * 2);
            Ticks = new long[size];
            Order = new int[size];
            Points = new PointEvidence[size];
        }

        public int Compare(int a, int b) => Ticks[a].CompareTo(Ticks[b]);
    }
}
