using System;
using System.Collections;
using System.Collections.Generic;

namespace DrAudit.Core.Model.Inventory
{
    /// <summary>A list of many records that are values (runs, restore points), kept in blocks of a fixed size: adding
    /// one never copies the ones before it and a large list leaves no trail of outgrown arrays behind it, which is
    /// what a plain list of a few hundred thousand values costs the garbage collector while an inventory is read.</summary>
    public sealed class RecordList<T> : IList<T>, IReadOnlyList<T>, IList
    {
        /// <summary>Records per block (a power of two). A block of runs or points (48-64 KB) stays in the ordinary heap,
        /// where it is copied whole as it ages, like one object; blocks of 4,096 went to the large-object heap, whose
        /// allocations start background collections during the read (measured: about 40 ms more collection per audit
        /// of the 2,000-object bench client).</summary>
        private const int BlockShift = 10;
        private const int BlockSize = 1 << BlockShift;
        private const int BlockMask = BlockSize - 1;
        private const int FirstBlockSize = 16;

        private T[][] _blocks = new T[4][];
        private int _count;

        public RecordList()
        {
        }

        public RecordList(IEnumerable<T> records)
        {
            AddRange(records);
        }

        public int Count => _count;

        public bool IsReadOnly => false;

        public T this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException(nameof(index));
                return _blocks[index >> BlockShift][index & BlockMask];
            }
            set
            {
                if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException(nameof(index));
                _blocks[index >> BlockShift][index & BlockMask] = value;
            }
        }

        /// <summary>The record at <paramref name="index"/>, read in place (not copied).</summary>
        internal ref readonly T At(int index)
        {
            if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException(nameof(index));
            return ref _blocks[index >> BlockShift][index & BlockMask];
        }

        public void Add(T item)
        {
            var block = _count >> BlockShift;
            if (block == _blocks.Length) Array.Resize(ref _blocks, _blocks.Length * 2);
            var position = _count & BlockMask;
            var records = _blocks[block];
            if (records == null) _blocks[block] = records = new T[block == 0 ? FirstBlockSize : BlockSize];
            else if (position == records.Length)
            {
                // Only the first block starts small (a list of a few records, or one point's own, stays small) and
                // doubles up to a whole block; every later block is made whole.
                Array.Resize(ref records, Math.Min(BlockSize, records.Length * 2));
                _blocks[block] = records;
            }
            records[position] = item;
            _count++;
        }

        public void AddRange(IEnumerable<T> records)
        {
            // Copied first, so a list can be extended with records chosen from itself.
            foreach (var record in new List<T>(records)) Add(record);
        }

        public void Clear()
        {
            _blocks = new T[4][];
            _count = 0;
        }

        public int IndexOf(T item)
        {
            var comparer = EqualityComparer<T>.Default;
            for (int i = 0; i < _count; i++)
                if (comparer.Equals(_blocks[i >> BlockShift][i & BlockMask], item)) return i;
            return -1;
        }

        public bool Contains(T item) => IndexOf(item) >= 0;

        public void CopyTo(T[] array, int arrayIndex)
        {
            for (int i = 0; i < _count; i++) array[arrayIndex + i] = _blocks[i >> BlockShift][i & BlockMask];
        }

        public void Insert(int index, T item)
        {
            if ((uint)index > (uint)_count) throw new ArgumentOutOfRangeException(nameof(index));
            Add(item);
            for (int i = _count - 1; i > index; i--) this[i] = this[i - 1];
            this[index] = item;
        }

        public void RemoveAt(int index)
        {
            if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException(nameof(index));
            for (int i = index; i < _count - 1; i++) this[i] = this[i + 1];
            _count--;
            _blocks[_count >> BlockShift][_count & BlockMask] = default!;
        }

        public bool Remove(T item)
        {
            var index = IndexOf(item);
            if (index < 0) return false;
            RemoveAt(index);
            return true;
        }

        public IEnumerator<T> GetEnumerator()
        {
            for (int i = 0; i < _count; i++) yield return _blocks[i >> BlockShift][i & BlockMask];
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        // The non-generic list, so that PowerShell indexes and counts it as it does any list.
        bool IList.IsFixedSize => false;
        bool ICollection.IsSynchronized => false;
        object ICollection.SyncRoot => this;

        object? IList.this[int index]
        {
            get => this[index];
            set => this[index] = (T)value!;
        }

        int IList.Add(object? value)
        {
            Add((T)value!);
            return _count - 1;
        }

        bool IList.Contains(object? value) => value is T item && Contains(item);

        int IList.IndexOf(object? value) => value is T item ? IndexOf(item) : -1;

        void IList.Insert(int index, object? value) => Insert(index, (T)value!);

        void IList.Remove(object? value)
        {
            if (value is T item) Remove(item);
        }

        void ICollection.CopyTo(Array array, int index)
        {
            for (int i = 0; i < _count; i++) array.SetValue(_blocks[i >> BlockShift][i & BlockMask], index + i);
        }
    }
}
