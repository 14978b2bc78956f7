using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using DrAudit.Core.Model;

namespace DrAudit.Core.Loading.Yaml
{
    /// <summary>
    /// Converts located YAML nodes of one file into values, reporting every problem (with its line and column)
    /// to a shared <see cref="ProblemCollector"/> and returning null for a value that cannot be used.
    /// The text of a sensitive node is never put into a message, nor the name of an unexpected key inside a
    /// sensitive mapping (a secret written as a key) unless the name itself says it holds a secret.
    /// </summary>
    public sealed class YamlValueReader
    {
        public const string DateForm = "an ISO 8601 date such as 2026-03-02";
        public const string TimeForm = "an ISO 8601 date-time with an offset such as 2026-09-11T22:00:00Z, or a date such as 2026-09-11";
        private static readonly Regex IdPattern = new Regex("^[a-z0-9-]+$", RegexOptions.CultureInvariant);
        private static readonly Regex DatePattern = new Regex(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant);
        private static readonly Regex TimePattern = new Regex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant);
        private static readonly Regex SensitiveKey = new Regex("password|secret|token|^credential$|apikey|api-key|passphrase", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

        private readonly Dictionary<string, bool> _sensitiveKeys = new Dictionary<string, bool>(StringComparer.Ordinal);

        public YamlValueReader(string file, ProblemCollector problems)
        {
            File = file;
            Problems = problems;
        }

        /// <summary>Full path of the file the nodes come from; every problem names it.</summary>
        public string File { get; }
        public ProblemCollector Problems { get; }

        public void Report(LocatedNode at, string code, string message, ProblemSeverity severity = ProblemSeverity.Error) =>
            Report(at.Line, at.Column, code, message, severity);

        public void Report(int line, int column, string code, string message, ProblemSeverity severity = ProblemSeverity.Error) =>
            Problems.Add(new DefinitionProblem(File, line, column, code, message, severity));

        public SourceLocation Locate(LocatedNode node) => new SourceLocation(File, node.Line, node.Column);

        /// <summary>How a scalar is quoted in a message: its text, or a placeholder when it may be a secret.</summary>
        public static string Show(LocatedScalar scalar) => scalar.Sensitive ? "(value not shown)" : ProblemText.Quote(scalar.Value);

        /// <summary>
        /// Reads a mapping, reporting non-text keys, duplicate keys (the first wins) and keys not in
        /// <paramref name="allowedKeys"/> (null allows any key). Values under keys that may hold secrets are marked sensitive.
        /// A mapping of up to <see cref="MappingFields.MaxScanned"/> entries is looked up by scanning its entries; a larger
        /// one gets a dictionary of its keys.
        /// </summary>
        public MappingFields? Mapping(LocatedNode node, string what, IReadOnlyList<string>? allowedKeys)
        {
            if (!(node is LocatedMapping mapping))
            {
                WrongType(node, what, "a mapping" + (allowedKeys == null ? "" : " with keys " + string.Join(", ", allowedKeys)));
                return null;
            }
            var entries = mapping.Entries;
            var index = entries.Count > MappingFields.MaxScanned
                ? new Dictionary<string, KeyValuePair<LocatedScalar, LocatedNode>>(entries.Count, StringComparer.Ordinal)
                : null;
            for (int i = 0; i < entries.Count; i++)
            {
                var entry = entries[i];
                if (!(entry.Key is LocatedScalar key) || key.IsNull)
                {
                    Report(entry.Key, "WrongType", $"a key in {what} is {entry.Key.Description}; keys must be text.");
                    continue;
                }
                if (IsSensitiveKey(key.Value)) entry.Value.MarkSensitive();
                if (allowedKeys != null && !MappingFields.Allows(allowedKeys, key.Value))
                {
                    var near = NearKey(allowedKeys, key.Value);
                    var hint = near != null ? $" (did you mean '{near}'?)" : "";
                    Report(key, "UnknownKey", $"unknown key {ShownKey(mapping, key, near)} in {what}{hint}; allowed keys: {string.Join(", ", allowedKeys)}.");
                    continue;
                }
                var first = index == null
                    ? MappingFields.FirstKey(entries, key.Value, i)
                    : index.TryGetValue(key.Value, out var earlier) ? earlier.Key : null;
                if (first != null)
                {
                    var shown = ShownKey(mapping, key, allowedKeys == null ? null : NearKey(allowedKeys, key.Value));
                    Report(key, "DuplicateKey", $"{shown} is given more than once in {what}; the first is at line {first.Line.ToString(CultureInfo.InvariantCulture)}.");
                    continue;
                }
                if (index != null) index[key.Value] = new KeyValuePair<LocatedScalar, LocatedNode>(key, entry.Value);
            }
            return new MappingFields(this, mapping, what, allowedKeys, index);
        }

        /// <summary>True when a key of this name may hold a secret (what it holds is then never shown). Keys repeat, so each
        /// name is matched once per file.</summary>
        private bool IsSensitiveKey(string key)
        {
            if (_sensitiveKeys.TryGetValue(key, out var sensitive)) return sensitive;
            sensitive = SensitiveKey.IsMatch(key);
            _sensitiveKeys[key] = sensitive;
            return sensitive;
        }

        /// <summary>The allowed key spelled as <paramref name="key"/> but for case, or null.</summary>
        private static string? NearKey(IReadOnlyList<string> allowedKeys, string key)
        {
            for (int i = 0; i < allowedKeys.Count; i++)
                if (string.Equals(allowedKeys[i], key, StringComparison.OrdinalIgnoreCase)) return allowedKeys[i];
            return null;
        }

        /// <summary>How a problem names a key: quoted, unless it sits in a sensitive mapping where its name could be a secret.</summary>
        private string ShownKey(LocatedMapping mapping, LocatedScalar key, string? near) =>
            mapping.Sensitive && near == null && !IsSensitiveKey(key.Value) ? "(name not shown: it may be a secret)" : ProblemText.Quote(key.Value);

        /// <summary>The items of a list, or null (WrongType) when the node is not a list.</summary>
        public List<LocatedNode>? Sequence(LocatedNode node, string key, string expectation)
        {
            if (node is LocatedSequence sequence) return sequence.Items;
            WrongType(node, key, expectation);
            return null;
        }

        /// <summary>A list of non-empty scalars (ids, names), or null when it is not one.</summary>
        public List<LocatedScalar>? ScalarList(LocatedNode node, string key, string expectation)
        {
            if (!(node is LocatedSequence sequence))
            {
                WrongType(node, "'" + key + "'", expectation);
                return null;
            }
            var items = sequence.Items;
            var result = new List<LocatedScalar>(items.Count);
            foreach (var item in items)
            {
                if (item is LocatedScalar s && !s.IsNull) result.Add(s);
                else WrongType(item, "an item of '" + key + "'", expectation);
            }
            return result;
        }

        public string? Text(LocatedNode node, string key)
        {
            if (node is LocatedScalar s && !s.IsNull) return s.Value;
            WrongType(node, "'" + key + "'", "text");
            return null;
        }

        public bool? Bool(LocatedNode node, string key)
        {
            var s = Scalar(node, key, "true or false");
            if (s == null) return null;
            if (string.Equals(s.Value, "true", StringComparison.OrdinalIgnoreCase)) return true;
            if (string.Equals(s.Value, "false", StringComparison.OrdinalIgnoreCase)) return false;
            Report(s, "WrongType", $"'{key}' is {Show(s)}; expected true or false.");
            return null;
        }

        public int? WholeNumber(LocatedNode node, string key)
        {
            var s = Scalar(node, key, "a whole number");
            if (s == null) return null;
            if (int.TryParse(s.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n;
            Report(s, "WrongType", $"'{key}' is {Show(s)}; expected a whole number (0 or more).");
            return null;
        }

        public Duration? Duration(LocatedNode node, string key)
        {
            var s = Scalar(node, key, Model.Duration.ExpectedForm);
            if (s == null) return null;
            if (Model.Duration.TryParse(s.Value, out var d))
            {
                if (TimeBounds.Contains(d)) return d;
                Report(s, "BadDuration", $"'{key}' is {Show(s)}; a duration must be {TimeBounds.DurationRange}.");
                return null;
            }
            Report(s, "BadDuration", $"'{key}' is {Show(s)}; expected {Model.Duration.ExpectedForm}.");
            return null;
        }

        /// <summary>An ISO 8601 date, as 00:00 UTC of that day.</summary>
        public DateTimeOffset? Date(LocatedNode node, string key)
        {
            var s = Scalar(node, key, DateForm);
            if (s == null) return null;
            if (TryDate(s.Value, out var date)) return InRange(s, key, date);
            Report(s, "BadDate", $"'{key}' is {Show(s)}; expected {DateForm}.");
            return null;
        }

        /// <summary>An ISO 8601 date-time with an offset; a bare date means 00:00 UTC.</summary>
        public DateTimeOffset? Time(LocatedNode node, string key)
        {
            var s = Scalar(node, key, TimeForm);
            if (s == null) return null;
            if (TryDate(s.Value, out var date)) return InRange(s, key, date);
            if (TimePattern.IsMatch(s.Value)
                && DateTimeOffset.TryParse(s.Value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
                return InRange(s, key, time);
            Report(s, "BadDate", $"'{key}' is {Show(s)}; expected {TimeForm}.");
            return null;
        }

        /// <summary>An id: lowercase letters, digits and '-'.</summary>
        public string? Id(LocatedNode node, string key)
        {
            var s = Scalar(node, key, "an id");
            if (s == null) return null;
            if (IdPattern.IsMatch(s.Value)) return s.Value;
            Report(s, "BadId", $"'{key}' is {Show(s)}; an id may hold only lowercase letters, digits and '-'.");
            return null;
        }

        /// <summary>An enum value written in kebab case; BadValue lists the allowed values.</summary>
        public T? Enum<T>(LocatedNode node, string key) where T : struct, System.Enum
        {
            var allowed = KebabCase.AllowedValues<T>();
            return OneOf(node, key, allowed) is string text && KebabCase.TryParse<T>(text, out var value) ? value : (T?)null;
        }

        /// <summary>A text that must be one of <paramref name="allowed"/>; BadValue lists them.</summary>
        public string? OneOf(LocatedNode node, string key, IReadOnlyList<string> allowed)
        {
            if (!(node is LocatedScalar s) || s.IsNull)
            {
                WrongType(node, "'" + key + "'", "one of " + string.Join(" | ", allowed));
                return null;
            }
            if (MappingFields.Allows(allowed, s.Value)) return s.Value;
            Report(s, "BadValue", $"'{key}' is {Show(s)}; expected one of: {string.Join(", ", allowed)}.");
            return null;
        }

        public void WrongType(LocatedNode node, string what, string expectation) =>
            Report(node, "WrongType", $"{what} is {node.Description}; expected {expectation}.");

        private LocatedScalar? Scalar(LocatedNode node, string key, string expectation)
        {
            if (node is LocatedScalar s && !s.IsNull) return s;
            WrongType(node, "'" + key + "'", expectation);
            return null;
        }

        /// <summary>The date when it lies within <see cref="TimeBounds"/>; otherwise BadDate and null.</summary>
        private DateTimeOffset? InRange(LocatedScalar s, string key, DateTimeOffset value)
        {
            if (TimeBounds.Contains(value)) return value;
            Report(s, "BadDate", $"'{key}' is {Show(s)}; a date must be {TimeBounds.DateRange}.");
            return null;
        }

        private static bool TryDate(string text, out DateTimeOffset date)
        {
            date = default;
            if (!DatePattern.IsMatch(text)) return false;
            if (!DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return false;
            date = new DateTimeOffset(day.Year, day.Month, day.Day, 0, 0, 0, TimeSpan.Zero);
            return true;
        }
    }
}
