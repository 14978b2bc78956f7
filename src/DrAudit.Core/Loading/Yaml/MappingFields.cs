using System;
using System.Collections.Generic;
using DrAudit.Core.Model;

namespace DrAudit.Core.Loading.Yaml
{
    /// <summary>
    /// The checked keys of one mapping (see <see cref="YamlValueReader.Mapping"/>), read by name. A key with an
    /// empty value (<c>key:</c>, <c>~</c>, <c>null</c>) counts as absent; a missing required key is reported
    /// as MissingKey at the mapping, an empty one at its key.
    /// </summary>
    public sealed class MappingFields
    {
        private readonly YamlValueReader _reader;
        private readonly Dictionary<string, KeyValuePair<LocatedScalar, LocatedNode>> _values;

        internal MappingFields(YamlValueReader reader, LocatedMapping node, string what, Dictionary<string, KeyValuePair<LocatedScalar, LocatedNode>> values)
        {
            _reader = reader;
            Node = node;
            What = what;
            _values = values;
        }

        public LocatedMapping Node { get; }
        /// <summary>How messages name this mapping ("a component", "the client definition").</summary>
        public string What { get; }
        public YamlValueReader Reader => _reader;

        /// <summary>The key as written, or null when absent.</summary>
        public LocatedScalar? KeyNode(string key) => _values.TryGetValue(key, out var entry) ? entry.Key : null;

        /// <summary>The value of <paramref name="key"/>, or null when absent or empty (reported when required).</summary>
        public LocatedNode? Value(string key, bool required = false)
        {
            if (!_values.TryGetValue(key, out var entry))
            {
                if (required) Missing(key);
                return null;
            }
            if (entry.Value is LocatedScalar s && s.IsNull)
            {
                if (required) _reader.Report(entry.Key, "MissingKey", $"'{key}' in {What} has no value; it is required.");
                return null;
            }
            return entry.Value;
        }

        /// <summary>Reports that a required key is absent, at this mapping.</summary>
        public void Missing(string key, string? why = null) =>
            _reader.Report(Node, "MissingKey", $"{What} is missing the required key '{key}'{(why == null ? "" : "; " + why)}.");

        public string? Text(string key, bool required = false) => Value(key, required) is LocatedNode n ? _reader.Text(n, key) : null;

        public string? Id(string key, bool required = false) => Value(key, required) is LocatedNode n ? _reader.Id(n, key) : null;

        public bool? Bool(string key, bool required = false) => Value(key, required) is LocatedNode n ? _reader.Bool(n, key) : null;

        public int? WholeNumber(string key, bool required = false) => Value(key, required) is LocatedNode n ? _reader.WholeNumber(n, key) : null;

        public Duration? Duration(string key, bool required = false) => Value(key, required) is LocatedNode n ? _reader.Duration(n, key) : null;

        public DateTimeOffset? Date(string key, bool required = false) => Value(key, required) is LocatedNode n ? _reader.Date(n, key) : null;

        public DateTimeOffset? Time(string key, bool required = false) => Value(key, required) is LocatedNode n ? _reader.Time(n, key) : null;

        public T? Enum<T>(string key, bool required = false) where T : struct, System.Enum =>
            Value(key, required) is LocatedNode n ? _reader.Enum<T>(n, key) : null;

        public string? OneOf(string key, IReadOnlyList<string> allowed, bool required = false) =>
            Value(key, required) is LocatedNode n ? _reader.OneOf(n, key, allowed) : null;

        public MappingFields? Mapping(string key, string what, IReadOnlyList<string>? allowedKeys, bool required = false) =>
            Value(key, required) is LocatedNode n ? _reader.Mapping(n, what, allowedKeys) : null;

        public List<LocatedNode>? List(string key, string expectation, bool required = false) =>
            Value(key, required) is LocatedNode n ? _reader.Sequence(n, "'" + key + "'", expectation) : null;

        public List<LocatedScalar>? ScalarList(string key, string expectation, bool required = false) =>
            Value(key, required) is LocatedNode n ? _reader.ScalarList(n, key, expectation) : null;
    }
}
