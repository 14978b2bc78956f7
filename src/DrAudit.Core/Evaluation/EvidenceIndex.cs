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
                evidence.GoodPoints.Sort((a, b) => a.Time.CompareTo(b.Time));
                evidence.Complete();
            }
            return new EvidenceIndex(result);
        }

        /// <summary>One readable source's inventory, indexed by object name and job id.</summary>
        private sealed class SourceIndex
        {
            private readonly string _sourceId;
            private readonly Dictionary<string, List<RestorePoint>> _pointsByObject = new Dictionary<string, List<RestorePoint>>(StringComparer.OrdinalIgnoreCase);
            private readonly Dictionary<string, List<Job>> _jobsByObject = new Dictionary<string, List<Job>>(StringComparer.OrdinalIgnoreCase);
            private readonly Dictionary<string, List<JobRun>> _runsByJob = new Dictionary<string, List<JobRun>>(StringComparer.Ordinal);
            private readonly Attestation.SourceRepositories _repositories;
            private readonly Dictionary<string, JobEvidence> _jobEvidence = new Dictionary<string, JobEvidence>(StringComparer.Ordinal);
            private readonly Dictionary<string, Job> _jobs = new Dictionary<string, Job>(StringComparer.Ordinal);
            private readonly HashSet<string> _objectNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

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
                        _objectNames.Add(name);
                    }
                }
                foreach (var run in inventory.Runs)
                    if (run.Start <= asOf) Add(_runsByJob, run.Job, run);
                foreach (var runs in _runsByJob.Values)
                    runs.Sort((a, b) => a.Start.CompareTo(b.Start));
                foreach (var point in inventory.RestorePoints)
                {
                    if (point.Time > asOf) continue;
                    Add(_pointsByObject, point.Object, point);
                    _objectNames.Add(point.Object);
                }
            }

            public IEnumerable<string> ObjectsMatching(WildcardPattern pattern)
            {
                if (!pattern.HasWildcard)
                    return _objectNames.Contains(pattern.Text) ? new[] { pattern.Text } : Array.Empty<string>();
                return _objectNames.Where(pattern.IsMatch);
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
                    if (evidence.GoodPoints.Capacity < evidence.GoodPoints.Count + points.Count)
                        evidence.GoodPoints.Capacity = evidence.GoodPoints.Count + points.Count;
                    foreach (var point in points)
                    {
                        var runResult = RunResultFor(point);
                        if (runResult == RunResult.Failed) { evidence.FailedPoints++; continue; }
                        if (runResult == RunResult.Unknown) { evidence.UnverifiedPoints++; continue; }
                        var repository = _repositories.ById(point.Repository);
                        evidence.GoodPoints.Add(new PointEvidence(_sourceId, point, repository, runResult) { Attested = _repositories.AttestedFor(repository) });
                    }
                }
            }

            private JobEvidence JobEvidenceFor(Job job)
            {
                if (_jobEvidence.TryGetValue(job.Id, out var existing)) return existing;
                _runsByJob.TryGetValue(job.Id, out var runs);
                var repository = _repositories.ById(job.Repository);
                var created = new JobEvidence(_sourceId, job, (IReadOnlyList<JobRun>?)runs ?? Array.Empty<JobRun>(), repository) { Attested = _repositories.AttestedFor(repository) };
                _jobEvidence[job.Id] = created;
                return created;
            }

            /// <summary>The result of the latest run of the point's job that started at or before the point; null when none is recorded.</summary>
            private RunResult? RunResultFor(RestorePoint point)
            {
                if (string.IsNullOrEmpty(point.Job) || !_runsByJob.TryGetValue(point.Job!, out var runs)) return null;
                int lo = 0, hi = runs.Count - 1, found = -1;
                while (lo <= hi)
                {
                    int mid = (lo + hi) / 2;
                    if (runs[mid].Start <= point.Time) { found = mid; lo = mid + 1; }
                    else hi = mid - 1;
                }
                return found < 0 ? (RunResult?)null : runs[found].Result;
            }

            private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
            {
                if (!map.TryGetValue(key, out var list)) map[key] = list = new List<T>();
                list.Add(value);
            }
        }
    }
}
