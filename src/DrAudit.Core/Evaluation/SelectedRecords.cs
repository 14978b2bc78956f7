using System.Collections;
using System.Collections.Generic;
using DrAudit.Core.Model.Inventory;

namespace DrAudit.Core.Evaluation
{
    /// <summary>The records of a list at some positions, in the order of the positions: a job's runs among a source's
    /// runs, without copying them out of the one list that holds them.</summary>
    internal sealed class SelectedRecords<T> : IReadOnlyList<T>
    {
        private readonly RecordList<T> _all;
        private readonly int[] _positions;

        public SelectedRecords(RecordList<T> all, int[] positions)
        {
            _all = all;
            _positions = positions;
        }

        public int Count => _positions.Length;

        public T this[int index] => _all[_positions[index]];

        public IEnumerator<T> GetEnumerator()
        {
            foreach (var position in _positions) yield return _all[position];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
