using System;
using System.Collections.Generic;

namespace DrAudit.Core.Loading.Inventory
{
    /// <summary>Builds one record at a time from named raw values, whichever format they came from: reports unknown,
    /// repeated and missing fields and repeated ids, and adds only a record without problems to its list.</summary>
    internal sealed class RecordBuilder<T> where T : new()
    {
        private readonly BoundedProblemCollector _problems;
        private readonly ICollection<T>? _target;
        private readonly bool[] _seen;
        private readonly bool[] _given;
        private readonly int[] _lines;
        private readonly int[] _columns;
        private readonly HashSet<string> _keys = new HashSet<string>(StringComparer.Ordinal);
        private string _file = "";
        private int _line;
        private int _column;
        private int _problemsAtStart;
        private T _item = default!;

        public RecordBuilder(RecordSchema<T> schema, BoundedProblemCollector problems, ICollection<T>? target)
        {
            Schema = schema;
            _problems = problems;
            _target = target;
            var n = schema.Fields.Length;
            _seen = new bool[n];
            _given = new bool[n];
            _lines = new int[n];
            _columns = new int[n];
        }

        public RecordSchema<T> Schema { get; }

        /// <summary>Starts a new record at a location (a JSON object's brace, a CSV row).</summary>
        public void Begin(string file, int line, int column) => Begin(file, line, column, new T());

        /// <summary>Starts a record at a location that fills <paramref name="item"/> (an object made by the caller).</summary>
        public void Begin(string file, int line, int column, T item)
        {
            _file = file;
            _line = line;
            _column = column;
            _problemsAtStart = _problems.Count;
            _item = item;
            Array.Clear(_seen, 0, _seen.Length);
            Array.Clear(_given, 0, _given.Length);
        }

        /// <summary>The record being built (by reference: a record that is a value is set in place).</summary>
        public ref T Item => ref _item;

        public void Set(string name, RawValue value, int line, int column)
        {
            var i = Schema.IndexOf(name);
            if (i < 0)
            {
                _problems.Add(_file, line, column, "UnknownKey",
                    ProblemText.Quote(name) + " is not a field of " + Schema.Record + "; its fields are " + Schema.Known + ".");
                return;
            }
            Set(i, value, line, column);
        }

        /// <summary>Sets field <paramref name="i"/> of the schema from a raw value, converting and checking it.</summary>
        public void Set(int i, RawValue value, int line, int column)
        {
            if (!Mark(i, value.IsGiven, line, column) || !value.IsGiven) return;
            var field = Schema.Fields[i];
            field.Assign(ref _item, value, new FieldSite(_file, line, column, field.Name, Schema.Record), _problems);
        }

        /// <summary>Records that field <paramref name="i"/> appeared in this record, with a value or without one; false
        /// (and a problem) when it appeared before. A caller that set the value itself (the fast JSON reader) calls this alone.</summary>
        public bool Mark(int i, bool given, int line, int column)
        {
            if (_seen[i])
            {
                _problems.Add(_file, line, column, "DuplicateKey", "'" + Schema.Fields[i].Name + "' is given twice in " + Schema.Record + ".");
                return false;
            }
            _seen[i] = true;
            _lines[i] = line;
            _columns[i] = column;
            if (given) _given[i] = true;
            return true;
        }

        /// <summary>Ends the record: true when it had no problem (then it is added to the list, and is still
        /// <see cref="Item"/> until the next <see cref="Begin(string, int, int)"/>).</summary>
        public bool End()
        {
            for (var i = 0; i < _given.Length; i++)
            {
                if (_given[i] || !Schema.Fields[i].Required) continue;
                var line = _seen[i] ? _lines[i] : _line;
                var column = _seen[i] ? _columns[i] : _column;
                _problems.Add(_file, line, column, "MissingKey", "'" + Schema.Fields[i].Name + "' of " + Schema.Record + " is required but not given.");
            }
            var item = _item;
            if (_problems.Count != _problemsAtStart) return false;
            if (Schema.Check != null && Schema.Check.Problem(item) is string broken)
            {
                var at = Schema.IndexOf(Schema.Check.Field);
                _problems.Add(_file, _seen[at] ? _lines[at] : _line, _seen[at] ? _columns[at] : _column, Schema.Check.Code, broken);
                return false;
            }
            if (Schema.Key != null && !_keys.Add(Schema.Key(item)))
            {
                _problems.Add(_file, _line, _column, "DuplicateId", "the id " + ProblemText.Quote(Schema.Key(item)) + " is used by an earlier entry too; each entry of this list needs its own id.");
                return false;
            }
            _target?.Add(item);
            return true;
        }
    }
}
