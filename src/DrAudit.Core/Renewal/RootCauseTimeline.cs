using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Model.Renewal;

namespace DrAudit.Core.Renewal
{
    /// <summary>
    /// Follows root causes by their stable key through the packs used for the period, oldest first. A cause is
    /// opened by the first pack that finds it (open at the start when that is the period's first pack) and resolved
    /// by the first <em>complete</em> pack that no longer finds it: an incomplete audit may simply not have seen it.
    /// A cause that returns after being resolved is a new entry. Days open are counted between those audit points
    /// (to the last pack used, while still open). A pack that records findings but no root causes (written before
    /// root causes existed) is skipped, as <see cref="Comparison.ReadinessComparer"/> does.
    /// </summary>
    internal static class RootCauseTimeline
    {
        public static List<RenewalRootCause> Follow(IReadOnlyList<RenewalPackData> packs, ICollection<string> notes)
        {
            var open = new Dictionary<string, RenewalRootCause>(StringComparer.Ordinal);
            var done = new List<RenewalRootCause>();
            RenewalPackData? first = null, last = null;
            foreach (var pack in packs)
            {
                var result = pack.Result!;
                if (result.RootCauses.Count == 0 && result.Findings.Count > 0)
                {
                    notes.Add("Pack " + pack.Record.Folder + " records findings but no root causes (an older DrAudit version): it is left out of the root-cause history.");
                    continue;
                }
                first ??= pack;
                last = pack;
                var found = result.RootCauses.GroupBy(c => c.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
                foreach (var cause in found.Values)
                {
                    if (!open.TryGetValue(cause.Key, out var entry))
                    {
                        entry = new RenewalRootCause
                        {
                            Key = cause.Key,
                            OpenedPack = pack.Record.Folder,
                            OpenedAsOf = result.AsOf,
                            OpenAtStart = ReferenceEquals(pack, first),
                        };
                        open.Add(cause.Key, entry);
                    }
                    entry.Title = cause.Title;
                    entry.Severity = cause.Severity;
                    entry.Services = cause.Services.ToList();
                    entry.Remediation = cause.Remediation;
                    entry.LastSeenPack = pack.Record.Folder;
                    entry.DaysOpen = Days(entry.OpenedAsOf, result.AsOf);
                }
                if (!result.Complete) continue;
                foreach (var key in open.Keys.Where(k => !found.ContainsKey(k)).ToList())
                {
                    var entry = open[key];
                    entry.ResolvedPack = pack.Record.Folder;
                    entry.ResolvedAsOf = result.AsOf;
                    entry.DaysOpen = Days(entry.OpenedAsOf, result.AsOf);
                    open.Remove(key);
                    done.Add(entry);
                }
            }
            foreach (var entry in open.Values)
            {
                entry.DaysOpen = Days(entry.OpenedAsOf, last!.Result!.AsOf);
                done.Add(entry);
            }
            return done
                .OrderBy(c => c.StillOpen ? 0 : 1)
                .ThenByDescending(c => c.Severity)
                .ThenBy(c => c.OpenedAsOf)
                .ThenBy(c => c.Key, StringComparer.Ordinal)
                .ToList();
        }

        private static int Days(DateTimeOffset from, DateTimeOffset to) => (int)Math.Round((to - from).TotalDays, MidpointRounding.AwayFromZero);
    }
}
