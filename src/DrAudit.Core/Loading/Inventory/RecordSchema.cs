using System;
using System.Collections.Generic;
using System.Linq;

namespace DrAudit.Core.Loading.Inventory
{
    /// <summary>The fields a kind of inventory record has (a JSON object's keys, a CSV file's columns), shared by
    /// the JSON and CSV readers so both validate exactly the same way.</summary>
    internal sealed class RecordSchema<T>
    {
        private readonly Dictionary<string, int> _index;

        public RecordSchema(string record, IReadOnlyList<RecordField<T>> fields, Func<T, string>? key = null, RecordCheck<T>? check = null)
        {
            Check = check;
            Record = record;
            Fields = fields.ToArray();
            Key = key;
            _index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < Fields.Length; i++) _index.Add(Fields[i].Name, i);
            Known = string.Join(", ", fields.Select(f => f.Name));
        }

        /// <summary>The record with its article, for messages: "a repository".</summary>
        public string Record { get; }

        /// <summary>The fields in the order written in inventory.md (an array: read for every value of every record).</summary>
        public RecordField<T>[] Fields { get; }

        /// <summary>The id that must be unique among records of this kind; null when ids may repeat.</summary>
        public Func<T, string>? Key { get; }

        /// <summary>A rule across fields, checked once a record's fields are valid; null when there is none.</summary>
        public RecordCheck<T>? Check { get; }

        /// <summary>"id, name, location, ..." for messages.</summary>
        public string Known { get; }

        /// <summary>Field names are case-sensitive, as written in inventory.md.</summary>
        public int IndexOf(string name) => _index.TryGetValue(name, out var i) ? i : -1;

        /// <summary>The field whose name is these (unescaped) bytes of a JSON key, or -1. Records repeat their keys in
        /// one order, so the field at <paramref name="likely"/> (the one after the previous key's) is tried first.</summary>
        public int IndexOfUtf8(ReadOnlySpan<byte> name, int likely)
        {
            if (likely < Fields.Length && name.SequenceEqual(Fields[likely].Utf8Name)) return likely;
            for (var i = 0; i < Fields.Length; i++)
                if (name.SequenceEqual(Fields[i].Utf8Name)) return i;
            return -1;
        }
    }
}
