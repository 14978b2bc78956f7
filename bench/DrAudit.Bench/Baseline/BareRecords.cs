using System;
using System.Collections.Generic;
using System.Globalization;

namespace DrAudit.Bench.Baseline
{
    /// <summary>What the baseline keeps of the inventory to write its workbook: jobs, the runs in the audit window, and
    /// the newest point and point count per object and repository. Fed value by value by <see cref="BareParse.Json"/>.</summary>
    public sealed class BareRecords
    {
        private readonly DateTimeOffset _windowStart;
        private readonly DateTimeOffset _asOf;
        private string? _list;
        private readonly Dictionary<string, object?> _fields = new Dictionary<string, object?>(StringComparer.Ordinal);

        public BareRecords(DateTimeOffset windowStart, DateTimeOffset asOf)
        {
            _windowStart = windowStart;
            _asOf = asOf;
        }

        public Dictionary<string, (string Name, string Kind, string Repository)> Jobs { get; } = new Dictionary<string, (string, string, string)>(StringComparer.Ordinal);
        public List<(string Job, DateTimeOffset Start, DateTimeOffset? End, string Result, string? Message)> Runs { get; } = new List<(string, DateTimeOffset, DateTimeOffset?, string, string?)>();
        public Dictionary<(string Object, string Repository), (DateTimeOffset Newest, int Count, string Job, string Consistency)> Points { get; } =
            new Dictionary<(string, string), (DateTimeOffset, int, string, string)>();

        internal void StartArray(int depth, string? property)
        {
            if (depth == 1) _list = property;
        }

        internal void StartObject(int depth)
        {
            if (depth == 2) _fields.Clear();
        }

        internal void Value(int depth, string property, object? value)
        {
            if (depth == 3) _fields[property] = value;
        }

        internal void EndObject(int depth)
        {
            if (depth != 2) return;
            switch (_list)
            {
                case "jobs":
                    Jobs[Text("id")] = (Text("name"), Text("kind"), Text("repository"));
                    break;
                case "runs":
                    var start = Time("start");
                    if (start >= _windowStart && start <= _asOf)
                        Runs.Add((Text("job"), start, _fields.ContainsKey("end") ? Time("end") : (DateTimeOffset?)null, Text("result"), _fields.TryGetValue("message", out var m) ? (string?)m : null));
                    break;
                case "restorePoints":
                    var key = (Text("object"), Text("repository"));
                    var time = Time("time");
                    Points[key] = Points.TryGetValue(key, out var known)
                        ? (known.Newest > time ? known.Newest : time, known.Count + 1, Text("job"), Text("consistency"))
                        : (time, 1, Text("job"), Text("consistency"));
                    break;
            }
        }

        private string Text(string field) => _fields.TryGetValue(field, out var v) ? v as string ?? "" : "";

        private DateTimeOffset Time(string field) =>
            DateTimeOffset.Parse(Text(field), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
    }
}
