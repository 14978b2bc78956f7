using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Evaluation.Rules.Support;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Evaluation.Rules
{
    /// <summary>E8-RB-02 (ISM-1810): there is a moment T in [asOf − auditWindow, asOf] at which every component
    /// needing backup has a good point in [T − syncTolerance, T]; points up to syncTolerance before the window may
    /// complete a set. With one component, any good point in the window. Found with one sliding window over the
    /// service's merged, sorted good points. A failed source can only add points, so a set the visible components
    /// cannot form is proven missing; one they can form still needs the invisible components (NoVisibility).</summary>
    public sealed class E8Rb02BackupsSynchronisedRule : ServiceRule
    {
        public override string ControlId => "E8-RB-02";

        public override Judgement Judge(ServiceContext service)
        {
            var components = service.ComponentsNeedingBackup;
            if (components.Count == 0)
                return Judgement.NotApplicable($"{service.Name} has no component that needs backup.");
            var audit = service.Audit;
            var tolerance = service.Targets.SyncTolerance.Value;
            var from = components.Count == 1 ? audit.WindowStart : audit.WindowStart - tolerance;
            var visible = components.Where(c => service.EvidenceFor(c).Visible).ToList();
            var invisible = components.Where(c => !service.EvidenceFor(c).Visible).ToList();
            var window = audit.AuditWindow.ToWords();
            var toleranceWords = DurationWords.Of(tolerance);
            var invisibleVerdicts = invisible.Select(c => ComponentVerdict.Invisible(service, service.EvidenceFor(c))).ToList();

            var search = Search(service, visible, from, tolerance);
            if (visible.Count > 0 && search.Covered < visible.Count)
            {
                var none = visible.Where(c => PointIn(service.EvidenceFor(c), from, audit.AsOf) == null).ToList();
                var missing = visible.Where(c => PointIn(service.EvidenceFor(c), search.Moment - tolerance, search.Moment) == null).ToList();
                var statement = $"{service.Name}: no moment in the last {window} has a good restore point of every component within {toleranceWords} of each other";
                statement += none.Count > 0
                    ? $"; {ComponentStatements.Names(none)} {ComponentStatements.Verb(none.Count, "has", "have")} no good restore point in that time."
                    : $"; at best {ComponentStatements.N(search.Covered)} of {ComponentStatements.N(components.Count)} components line up " +
                      $"(at {ComponentStatements.Time(search.Moment)}), without {ComponentStatements.Names(missing)}.";
                var lines = none.Count > 0
                    ? none.Select(c => $"{Sources(service, c)}: no good restore point of {c.Name} between {ComponentStatements.Time(from)} and {ComponentStatements.Time(audit.AsOf)}")
                    : SetEvidence(service, visible, search.Moment, tolerance);
                return Judgement.Ineffective(statement, ComponentEvidenceQuality.Weakest(service, components),
                    lines.Concat(invisibleVerdicts.SelectMany(v => v.Evidence)).Take(ComponentVerdicts.MaxEvidence))
                    .Because(none.Select(c => ComponentCauses.NoGoodPoint(service, c)));
            }
            if (invisible.Count > 0)
                return Judgement.NoVisibility(
                    $"{service.Name}: a common point in time cannot be confirmed for {ComponentStatements.Count(invisible.Count, components.Count)}: {ComponentStatements.Details(invisibleVerdicts)}.",
                    invisibleVerdicts.SelectMany(v => v.Evidence).Take(ComponentVerdicts.MaxEvidence))
                    .Because(invisibleVerdicts.SelectMany(v => v.Causes));
            var statementOk = components.Count == 1
                ? $"{service.Name}: its only component needing backup ({components[0].Name}) has a good restore point in the last {window}, the latest at {ComponentStatements.Time(search.Moment)}."
                : $"{service.Name}: every component has a good restore point within {toleranceWords} of {ComponentStatements.Time(search.Moment)}, the latest common point in time in the last {window}.";
            return Judgement.Effective(statementOk, ComponentEvidenceQuality.Weakest(service, components),
                SetEvidence(service, visible, search.Moment, tolerance).Take(ComponentVerdicts.MaxEvidence));
        }

        /// <summary>The latest moment T covering the most components (all of them when a common point exists).</summary>
        private readonly struct SyncSearch
        {
            public SyncSearch(int covered, DateTimeOffset moment) { Covered = covered; Moment = moment; }
            public int Covered { get; }
            public DateTimeOffset Moment { get; }
        }

        private static SyncSearch Search(ServiceContext service, IReadOnlyList<Component> components, DateTimeOffset from, TimeSpan tolerance)
        {
            var audit = service.Audit;
            // Each component's points are oldest first: those in [from, asOf] are one run of them, found by binary search.
            var firsts = new int[components.Count];
            var count = 0;
            for (int c = 0; c < components.Count; c++)
            {
                var points = service.EvidenceFor(components[c]).GoodPoints;
                firsts[c] = FirstAtOrAfter(points, from);
                for (int i = firsts[c]; i < points.Count && points[i].Time <= audit.AsOf; i++) count++;
            }
            var times = Buffer(ref _times, count);
            var owners = Buffer(ref _owners, count);
            var runStarts = new List<int>(components.Count + 1);
            int n = 0;
            for (int c = 0; c < components.Count; c++)
            {
                runStarts.Add(n);
                var points = service.EvidenceFor(components[c]).GoodPoints;
                for (int i = firsts[c]; i < points.Count && points[i].Time <= audit.AsOf; i++)
                {
                    times[n] = points[i].Time.UtcTicks;
                    owners[n] = c;
                    n++;
                }
            }
            runStarts.Add(n);
            MergeRuns(ref times, ref owners, runStarts);

            var counts = new int[components.Count];
            long windowStart = audit.WindowStart.UtcTicks, toleranceTicks = tolerance.Ticks;
            int covered = 0, left = 0, bestCovered = 0;
            long bestMoment = audit.AsOf.UtcTicks;
            for (int right = 0; right < n; right++)
            {
                if (counts[owners[right]]++ == 0) covered++;
                var moment = Math.Max(times[right], windowStart);
                while (times[left] < moment - toleranceTicks)
                {
                    if (--counts[owners[left]] == 0) covered--;
                    left++;
                }
                if (covered >= bestCovered) { bestCovered = covered; bestMoment = moment; }
            }
            return new SyncSearch(bestCovered, new DateTimeOffset(bestMoment, TimeSpan.Zero));
        }

        /// <summary>The good points' times and their components (and the merge's second pair): one set per thread, grown
        /// to the most points a service has had in its window and reused from service to service.</summary>
        [ThreadStatic] private static long[]? _times, _mergedTimes;
        [ThreadStatic] private static int[]? _owners, _mergedOwners;

        /// <summary>The buffer, made (or made larger) to hold at least <paramref name="count"/> items.</summary>
        private static T[] Buffer<T>(ref T[]? buffer, int count)
        {
            if (buffer == null || buffer.Length < count) buffer = new T[Math.Max(count, 256)];
            return buffer;
        }

        /// <summary>Puts <paramref name="times"/> (with their <paramref name="owners"/>) in order when they are runs that
        /// are each in order already (one per component; <paramref name="runStarts"/> holds where each begins, then the
        /// end): adjacent runs are merged pairwise until one is left, cheaper than sorting them all again. Among equal
        /// times the owners may end in any order: the sliding window gives the same answer whatever that order (it
        /// checks the best moment after each time, and equal times share the moment and the window).</summary>
        private static void MergeRuns(ref long[] times, ref int[] owners, List<int> runStarts)
        {
            var mergedTimes = Buffer(ref _mergedTimes, times.Length);
            var mergedOwners = Buffer(ref _mergedOwners, owners.Length);
            while (runStarts.Count > 2)
            {
                var merged = new List<int>(runStarts.Count / 2 + 2);
                for (int r = 0; r + 1 < runStarts.Count; r += 2)
                {
                    int left = runStarts[r], middle = runStarts[r + 1], end = r + 2 < runStarts.Count ? runStarts[r + 2] : middle;
                    merged.Add(left);
                    int a = left, b = middle, to = left;
                    while (a < middle && b < end)
                    {
                        if (times[b] < times[a]) { mergedTimes[to] = times[b]; mergedOwners[to++] = owners[b++]; }
                        else { mergedTimes[to] = times[a]; mergedOwners[to++] = owners[a++]; }
                    }
                    for (; a < middle; a++) { mergedTimes[to] = times[a]; mergedOwners[to++] = owners[a]; }
                    for (; b < end; b++) { mergedTimes[to] = times[b]; mergedOwners[to++] = owners[b]; }
                }
                merged.Add(runStarts[runStarts.Count - 1]);
                (times, mergedTimes) = (mergedTimes, times);
                (owners, mergedOwners) = (mergedOwners, owners);
                runStarts = merged;
            }
        }

        /// <summary>The index of the first of the sorted points at or after <paramref name="start"/>; the count when none is.</summary>
        private static int FirstAtOrAfter(List<PointEvidence> points, DateTimeOffset start)
        {
            int lo = 0, hi = points.Count;
            while (lo < hi)
            {
                int mid = (lo + hi) / 2;
                if (points[mid].Time < start) lo = mid + 1;
                else hi = mid;
            }
            return lo;
        }

        /// <summary>The newest good point of the component in [start, end], by binary search over its sorted points.</summary>
        private static PointEvidence? PointIn(ComponentEvidence evidence, DateTimeOffset start, DateTimeOffset end)
        {
            var points = evidence.GoodPoints;
            int lo = 0, hi = points.Count - 1, found = -1;
            while (lo <= hi)
            {
                int mid = (lo + hi) / 2;
                if (points[mid].Time <= end) { found = mid; lo = mid + 1; }
                else hi = mid - 1;
            }
            return found >= 0 && points[found].Time >= start ? points[found] : null;
        }

        private static IEnumerable<string> SetEvidence(ServiceContext service, IEnumerable<Component> components, DateTimeOffset moment, TimeSpan tolerance) =>
            components.Select(c =>
            {
                var point = PointIn(service.EvidenceFor(c), moment - tolerance, moment);
                return point != null
                    ? EvidenceLineBuilder.Finish(EvidenceLineBuilder.Start().AppendPoint(point.Value))
                    : $"{Sources(service, c)}: no good restore point of {c.Name} between {ComponentStatements.Time(moment - tolerance)} and {ComponentStatements.Time(moment)}";
            });

        private static string Sources(ServiceContext service, Component component)
        {
            var sources = service.EvidenceFor(component).MatchedSources;
            return sources.Count == 0 ? "definition" : string.Join(", ", sources);
        }
    }
}
