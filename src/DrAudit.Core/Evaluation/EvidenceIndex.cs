using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Sources;

namespace DrAudit.Core.Evaluation
{
    /// <summary>Matches inventory objects, jobs, runs and points to components once per audit, in time linear in
    /// the data (hash lookups for exact names; wildcards scan a source's distinct object names, not its points).</summary>
    public sealed class EvidenceIndex
    {
        private readonly Dictionary<string, ComponentEvidence> _byComponent;

        private EvidenceIndex(Dictionary<string, ComponentEvidence> byComponent)
        {
            _byComponent = byComponent;
        }

        public ComponentEvidence For(string componentId) =>
            _byComponent.TryGetValue(componentId, out var e) ? e : throw new KeyNotFoundException($"No component '{componentId}'.");

        public static EvidenceIndex Build(ClientDefinition definition, DateTimeOffset asOf, IReadOnlyList<SourceData> sources) =>
            Build(definition, asOf, sources, Attestation.AttestedRepositoryResolver.Resolve(sources, asOf));

        /// <summary>Builds the index with repositories as <paramref name="repositories"/> resolved them (attested facts filled in).</summary>
        public static EvidenceIndex Build(ClientDefinition definition, DateTimeOffset asOf, IReadOnlyList<SourceData> sources,
            Attestation.AttestedRepositoryResolver repositories)
        {
            var perSource = sources.ToDictionary(s => s.Id, s => s.Ok ? new SourceIndex(s, asOf, repositories.For(s.Id)) : null, StringComparer.Ordinal);
            var result = new Dictionary<string, ComponentEvidence>(StringComparer.Ordinal);
            var order = new PointOrderBuffer();
            foreach (var component in definition.Components)
            {
                var evidence = new ComponentEvidence(component);
                result[component.Id] = evidence;
                if (component.Backup == null) continue;
                foreach (var group in component.Backup.Match.GroupBy(m => m.Source, StringComparer.Ordinal))
                {
                    evidence.MatchedSources.Add(group.Key);
                    if (!perSource.TryGetValue(group.Key, out var index) || index == null)
                    {
                        evidence.FailedSources.Add(group.Key);
                        continue;
                    }
                    var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    foreach (var match in group)
                        names.UnionWith(index.ObjectsMatching(new WildcardPattern(match.Object)));
                    index.Collect(names, evidence);
                }
                evidence.Complete(order);
            }
            return new EvidenceIndex(result);
        }

        /// <summary>One readable source's inventory, indexed by object name and job id.</summary>
        private sealed class SourceIndex
        {
            /// <summary>How many repositories a lookup of a point's repository remembers (a source has a few).</summary>
            private const int RepositoriesRemembered = 8;

            private readonly string _sourceId;
            /// <summary>The source's points (values in one list) and, for each object name, the positions of its points in it.</summary>
            private readonly RecordList<RestorePoint> _points;
            private readonly Dictionary<string, int[]> _pointsByObject;
            private readonly Dictionary<string, List<Job>> _jobsByObject = new Dictionary<string, List<Job>>(StringComparer.OrdinalIgnoreCase);
            private readonly Dictionary<string, JobRunTimeline> _runsByJob = new Dictionary<string, JobRunTimeline>(StringComparer.Ordinal);
            private readonly Attestation.SourceRepositories _repositories;
            private readonly Dictionary<string, JobEvidence> _jobEvidence = new Dictionary<string, JobEvidence>(StringComparer.Ordinal);
            private readonly Dictionary<string, Job> _jobs = new Dictionary<string, Job>(StringComparer.Ordinal);
            private readonly HashSet<string> _objectNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            /// <summary>The distinct object names in the order first seen (jobs' objects, then points'), each with whether it
            /// is plain ASCII (worked out once here, not by every wildcard for every name).</summary>
            private readonly List<(string Name, bool Ascii)> _objectNameList = new List<(string Name, bool Ascii)>();
            private List<(string Key, int Position)>? _sortedAsciiNames;
            /// <summary>Repositories already looked up by id, as the location of their points.</summary>
            private readonly List<(string? Id, PointLocation Location)> _repositoriesSeen = new List<(string? Id, PointLocation Location)>();

            public SourceIndex(SourceData source, DateTimeOffset asOf, Attestation.SourceRepositories repositories)
            {
                _sourceId = source.Id;
                _repositories = repositories;
                var inventory = source.Inventory!;
                foreach (var job in inventory.Jobs)
                {
                    _jobs[job.Id] = job;
                    foreach (var name in job.Objects)
                    {
                        Add(_jobsByObject, name, job);
                        AddObjectName(name);
                    }
                }
                foreach (var runs in Group(inventory.Runs, (in JobRun r) => r.Start <= asOf, (in JobRun r) => r.Job, StringComparer.Ordinal))
                {
                    var timeline = new JobRunTimeline(runs.Key, inventory.Runs, runs.Value);
                    timeline.SortByStart();
                    _runsByJob[runs.Key] = timeline;
                }
                _points = inventory.RestorePoints;
                _pointsByObject = Group(inventory.RestorePoints, (in RestorePoint p) => p.Time <= asOf, (in RestorePoint p) => p.Object, StringComparer.OrdinalIgnoreCase);
                foreach (var name in _pointsByObject.Keys)
                    AddObjectName(name);
            }

            private void AddObjectName(string name)
            {
                if (_objectNames.Add(name)) _objectNameList.Add((name, WildcardPattern.IsAscii(name)));
            }

            /// <summary>The positions of the items kept by <paramref name="include"/>, grouped by key in the order each key is
            /// first seen, each group in the items' order (the items, runs or points, are values and stay where they are).
            /// Items usually come grouped already (a job's runs, an object's points): one pass notes each stretch of kept items
            /// with one key, hashing the key only when it changes, and each group's array is then made at its full size.</summary>
            private static Dictionary<string, int[]> Group<T>(RecordList<T> items, RecordTest<T> include, RecordKey<T> keyOf, StringComparer comparer)
            {
                var stretches = new Dictionary<string, List<(int Start, int Count)>>(comparer);
                string? key = null;
                int start = 0;
                for (int i = 0; i <= items.Count; i++)
                {
                    string? itemKey = null;
                    if (i < items.Count)
                    {
                        ref readonly var item = ref items.At(i);
                        if (include(in item)) itemKey = keyOf(in item);
                    }
                    if (key != null && itemKey != null && comparer.Equals(itemKey, key)) continue;
                    if (key != null)
                    {
                        if (!stretches.TryGetValue(key, out var list)) stretches[key] = list = new List<(int Start, int Count)>(1);
                        list.Add((start, i - start));
                    }
                    key = itemKey;
                    start = i;
                }

                var groups = new Dictionary<string, int[]>(stretches.Count, comparer);
                foreach (var stretch in stretches)
                {
                    var total = 0;
                    foreach (var (_, count) in stretch.Value) total += count;
                    var positions = new int[total];
                    var at = 0;
                    foreach (var (first, count) in stretch.Value)
                        for (int i = 0; i < count; i++) positions[at++] = first + i;
                    groups[stretch.Key] = positions;
                }
                return groups;
            }

            public IEnumerable<string> ObjectsMatching(WildcardPattern pattern)
            {
                if (!pattern.HasWildcard)
                    return _objectNames.Contains(pattern.Text) ? new[] { pattern.Text } : Array.Empty<string>();
                var matching = new List<string>();
                if (!pattern.IsAsciiPattern || pattern.LiteralPrefix.Length == 0)
                {
                    foreach (var (name, ascii) in _objectNameList)
                        if (pattern.IsMatch(name, ascii)) matching.Add(name);
                    return matching;
                }
                // Only ASCII names that start with the pattern's text before its first '*' can match it: they are one run of
                // the names in order (ASCII letters in upper case), found by binary search. Names beyond ASCII are tried
                // one by one, as before. The matches are returned in the order the names were first seen.
                var sorted = SortedAsciiNames();
                var prefix = WildcardPattern.AsciiUpper(pattern.LiteralPrefix);
                int lo = 0, hi = sorted.Count;
                while (lo < hi)
                {
                    int mid = (lo + hi) / 2;
                    if (string.CompareOrdinal(sorted[mid].Key, prefix) < 0) lo = mid + 1;
                    else hi = mid;
                }
                var found = new List<int>();
                for (int i = lo; i < sorted.Count && sorted[i].Key.StartsWith(prefix, StringComparison.Ordinal); i++)
                    if (pattern.IsMatch(_objectNameList[sorted[i].Position].Name, true)) found.Add(sorted[i].Position);
                for (int i = 0; i < _objectNameList.Count; i++)
                    if (!_objectNameList[i].Ascii && pattern.IsMatch(_objectNameList[i].Name, false)) found.Add(i);
                found.Sort();
                foreach (var position in found) matching.Add(_objectNameList[position].Name);
                return matching;
            }

            /// <summary>The plain ASCII object names (ASCII letters in upper case) in ordinal order, each with its position
            /// in <see cref="_objectNameList"/>; made on the first wildcard with a literal start.</summary>
            private List<(string Key, int Position)> SortedAsciiNames()
            {
                if (_sortedAsciiNames != null) return _sortedAsciiNames;
                var sorted = new List<(string Key, int Position)>();
                for (int i = 0; i < _objectNameList.Count; i++)
                    if (_objectNameList[i].Ascii) sorted.Add((WildcardPattern.AsciiUpper(_objectNameList[i].Name), i));
                sorted.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
                return _sortedAsciiNames = sorted;
            }

            public void Collect(IEnumerable<string> objectNames, ComponentEvidence evidence)
            {
                var seenJobs = new HashSet<string>(evidence.Jobs.Where(j => j.SourceId == _sourceId).Select(j => j.Job.Id), StringComparer.Ordinal);
                foreach (var name in objectNames)
                {
                    evidence.MatchedObjects.Add($"{_sourceId}: {name}");
                    if (_jobsByObject.TryGetValue(name, out var jobs))
                        foreach (var job in jobs)
                            if (seenJobs.Add(job.Id))
                                evidence.Jobs.Add(JobEvidenceFor(job));
                    if (!_pointsByObject.TryGetValue(name, out var points)) continue;
                    if (evidence.GoodPoints.Capacity < evidence.GoodPoints.Count + points.Length)
                        evidence.GoodPoints.Capacity = evidence.GoodPoints.Count + points.Length;
                    // The job of the previous point, looked up again only when it changes.
                    JobRunTimeline? runs = null;
                    foreach (var position in points)
                    {
                        ref readonly var point = ref _points.At(position);
                        if (runs == null || !string.Equals(point.Job, runs.Job, StringComparison.Ordinal))
                            runs = string.IsNullOrEmpty(point.Job) || !_runsByJob.TryGetValue(point.Job!, out var found) ? null : found;
                        // The result of the latest run of the point's job that started at or before the point; null when none is recorded.
                        var runResult = runs?.LatestAtOrBefore(point.Time)?.Result;
                        if (runResult == RunResult.Failed) { evidence.FailedPoints++; continue; }
                        if (runResult == RunResult.Unknown) { evidence.UnverifiedPoints++; continue; }
                        evidence.AddGoodPoint(new PointEvidence(LocationOf(point), position, runResult));
                    }
                }
            }

            /// <summary>Where a point is: the repository it names (null when none, or one the source does not list) and its
            /// attested facts. The points of an object alternate between the repositories holding its copies, so the few
            /// looked up already are searched first.</summary>
            private PointLocation LocationOf(in RestorePoint point)
            {
                foreach (var seen in _repositoriesSeen)
                    if (string.Equals(seen.Id, point.Repository, StringComparison.Ordinal)) return seen.Location;
                var repository = _repositories.ById(point.Repository);
                var location = new PointLocation(_sourceId, repository, _repositories.AttestedFor(repository), _points);
                if (_repositoriesSeen.Count < RepositoriesRemembered) _repositoriesSeen.Add((point.Repository, location));
                return location;
            }

            private JobEvidence JobEvidenceFor(Job job)
            {
                if (_jobEvidence.TryGetValue(job.Id, out var existing)) return existing;
                _runsByJob.TryGetValue(job.Id, out var runs);
                var repository = _repositories.ById(job.Repository);
                var created = new JobEvidence(_sourceId, job, runs?.Runs ?? Array.Empty<JobRun>(), repository) { Attested = _repositories.AttestedFor(repository) };
                _jobEvidence[job.Id] = created;
                return created;
            }

            /// <summary>Whether a record (read in place) is one to keep.</summary>
            private delegate bool RecordTest<T>(in T record);

            /// <summary>The key a record (read in place) is grouped by.</summary>
            private delegate string RecordKey<T>(in T record);

            private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
            {
                if (!map.TryGetValue(key, out var list)) map[key] = list = new List<T>();
                list.Add(value);
            }
        }
    }
}
