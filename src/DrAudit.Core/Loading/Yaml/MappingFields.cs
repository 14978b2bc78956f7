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
        /// <summary>Mappings of up to this many entries are looked up by scanning them (most are this small); a larger one gets a dictionary.</summary>
        internal const int MaxScanned = 12;

        private readonly YamlValueReader _reader;
        private readonly IReadOnlyList<string>? _allowedKeys;
        private readonly Dictionary<string, KeyValuePair<LocatedScalar, LocatedNode>>? _index;

        /// <param name="index">The accepted entries by key for a mapping of more than <see cref="MaxScanned"/> entries; null for a smaller one.</param>
        internal MappingFields(YamlValueReader reader, LocatedMapping node, string what, IReadOnlyList<string>? allowedKeys,
            Dictionary<string, KeyValuePair<LocatedScalar, LocatedNode>>? index)
        {
            _reader = reader;
            Node = node;
            What = what;
            _allowedKeys = allowedKeys;
            _index = index;
        }

        public LocatedMapping Node { get; }
        /// <summary>How messages name this mapping ("a component", "the client definition").</summary>
        public string What { get; }
        public YamlValueReader Reader => _reader;

        /// <summary>The key as written, or null when absent.</summary>
        public LocatedScalar? KeyNode(string key) => TryGet(key, out var entry) ? entry.Key : null;

        /// <summary>The entry <paramref name="key"/> names: the first written (later ones are duplicates), and only when the key is allowed.</summary>
        private bool TryGet(string key, out KeyValuePair<LocatedScalar, LocatedNode> entry)
        {
            if (_index != null) return _index.TryGetValue(key, out entry);
            entry = default;
            var entries = Node.Entries;
            for (int i = 0; i < entries.Count; i++)
            {
                if (!(entries[i].Key is LocatedScalar written) || !string.Equals(written.Value, key, StringComparison.Ordinal) || written.IsNull) continue;
                if (_allowedKeys != null && !Allows(_allowedKeys, key)) return false;
                entry = new KeyValuePair<LocatedScalar, LocatedNode>(written, entries[i].Value);
                return true;
            }
            return false;
        }

        /// <summary>The first of <paramref name="entries"/> before <paramref name="end"/> whose key is the text <paramref name="key"/>, or null.</summary>
        internal static LocatedScalar? FirstKey(List<KeyValuePair<LocatedNode, LocatedNode>> entries, string key, int end)
        {
            for (int i = 0; i < end; i++)
                if (entries[i].Key is LocatedScalar written && string.Equals(written.Value, key, StringComparison.Ordinal) && !written.IsNull) return written;
            return null;
        }

        /// <summary>True when <paramref name="key"/> is one of <paramref name="allowedKeys"/> (ordinal).</summary>
        internal static bool Allows(IReadOnlyList<string> allowedKeys, string key)
        {
            for (int i = 0; i < allowedKeys.Count; i++)
                if (string.Equals(allowedKeys[i], key, StringComparison.Ordinal)) return true;
            return false;
        }

        /// <summary>The value of <paramref name="key"/>, or null when absent or empty (reported when required).</summary>
        public LocatedNode? Value(string key, bool required = false)
        {
            if (!TryGet(key, out var entry))
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

        public List<LocatedNode>? List(string key, string expectation, bool required = false)
        {
            var node = Value(key, required);
            if (node == null) return null;
            // The key is quoted for the message only when there is a problem to report.
            return node is LocatedSequence sequence ? sequence.Items : _reader.Sequence(node, "'" + key + "'", expectation);
        }

        public List<LocatedScalar>? ScalarList(string key, string expectation, bool required = false) =>
            Value(key, required) is LocatedNode n ? _reader.ScalarList(n, key, expectation) : null;
    }
}
