using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Evaluation.Rules.Support
{
    /// <summary>Phrasing shared by the per-component rules: lists of component names, counts, possessives,
    /// times and source failures, all culture-invariant.</summary>
    public static class ComponentStatements
    {
        /// <summary>How many components a statement names before it says "and N more".</summary>
        public const int MaxNamed = 3;

        /// <summary>"A, B and C", or "A, B, C and 2 more".</summary>
        public static string Names(IEnumerable<Component> components)
        {
            // Only the names a statement shows are kept; the rest are counted.
            var named = new List<string>(MaxNamed);
            var count = 0;
            foreach (var component in components)
                if (count++ < MaxNamed) named.Add(component.Name);
            return List(named, count, ", ");
        }

        /// <summary>"A, B and C" for the components of the verdicts, or "A, B, C and 2 more".</summary>
        public static string Names(IReadOnlyList<ComponentVerdict> verdicts) => List(verdicts, v => v.Component.Name, ", ");

        /// <summary>The verdicts' clauses joined: "A has no job; B's newest point is 5 hours old; and 2 more". Only the
        /// verdicts named are worded.</summary>
        public static string Details(IReadOnlyList<ComponentVerdict> verdicts) => List(verdicts, v => v.Detail, "; ");

        private static string List<T>(IReadOnlyList<T> items, Func<T, string> text, string separator)
        {
            var named = new List<string>(MaxNamed);
            for (int i = 0; i < items.Count && i < MaxNamed; i++) named.Add(text(items[i]));
            return List(named, items.Count, separator);
        }

        /// <summary>The first names of a list of <paramref name="count"/> items joined, and how many more there are.</summary>
        private static string List(IReadOnlyList<string> named, int count, string separator)
        {
            var and = separator == "; " ? "; and " : " and ";
            if (count == 0) return "";
            if (count == 1) return named[0];
            if (count <= MaxNamed)
                return string.Join(separator, named.Take(count - 1)) + and + named[count - 1];
            return string.Join(separator, named.Take(MaxNamed)) + and + (count - MaxNamed).ToString(CultureInfo.InvariantCulture) + " more";
        }

        /// <summary>"2 of 5 components", or "its only component" when the service has one.</summary>
        public static string Count(int count, int total) =>
            total == 1 && count == 1 ? "its only component" : $"{N(count)} of {N(total)} components";

        /// <summary>The verb for a count of things: Verb(1, "has", "have") is "has".</summary>
        public static string Verb(int count, string singular, string plural) => count == 1 ? singular : plural;

        /// <summary>"PAYROLL-DB's", "Files'".</summary>
        public static string Possessive(string name) =>
            name.EndsWith("s", StringComparison.OrdinalIgnoreCase) ? name + "'" : name + "'s";

        /// <summary>A point in time as evidence lines print it: "2026-10-31 22:00Z" (UTC; the year in at least four
        /// digits, as the format "yyyy-MM-dd HH:mm" writes it). Written digit by digit: evidence lines print thousands of
        /// times per audit, and a custom format string is parsed again on every call.</summary>
        public static string Time(DateTimeOffset time) => EvidenceLineBuilder.Finish(EvidenceLineBuilder.Start().AppendTime(time));

        /// <summary>A whole number, invariant.</summary>
        public static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>A percentage with at most one decimal: "94.7 %".</summary>
        public static string Percent(double fraction) =>
            (Math.Floor(fraction * 1000 + 1e-6) / 10).ToString("0.#", CultureInfo.InvariantCulture) + " %";

        /// <summary>"source 'm365' could not be read", or "sources 'a' and 'b' could not be read". The reason (which
        /// may name a path or tell an engineer what to set) stays in the result's sources, never in a statement.</summary>
        public static string SourceFailures(AuditContext audit, IReadOnlyCollection<string> sourceIds)
        {
            var parts = sourceIds.Select(id => $"'{id}'").ToList();
            return (parts.Count == 1 ? "source " : "sources ") + List(parts, parts.Count, ", ") + " could not be read";
        }

        private static string? ErrorOf(AuditContext audit, string sourceId) =>
            audit.SourcesById.TryGetValue(sourceId, out var data) ? data.Error : "not defined";

        /// <summary>Evidence lines for failed sources: "m365: source could not be read (see Sources)"; the reason is in
        /// the result's sources, where the engineer reads it.</summary>
        public static IEnumerable<string> SourceFailureEvidence(AuditContext audit, IEnumerable<string> sourceIds) =>
            sourceIds.Select(id => ErrorOf(audit, id) == "not defined" ? $"{id}: source is not defined" : $"{id}: source could not be read (see Sources)");
    }
}
