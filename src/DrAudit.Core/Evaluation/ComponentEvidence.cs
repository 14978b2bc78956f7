using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Evaluation.Rules.Support;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Evaluation
{
    /// <summary>Everything the sources say about one component: the jobs that name its objects, its restore
    /// points (good ones separated out) and whether every source it is matched to could be read.</summary>
    public sealed class ComponentEvidence
    {
        /// <summary>The repositories of the good points: in order of their first point added, then (complete) of their first point in time.</summary>
        private List<ComponentRepository> _repositories = new List<ComponentRepository>();

        public ComponentEvidence(Component component)
        {
            Component = component;
        }

        public Component Component { get; }
        /// <summary>Ids of the sources its backup.match entries name.</summary>
        public List<string> MatchedSources { get; } = new List<string>();
        /// <summary>Matched sources that failed: what they would have proved is not visible.</summary>
        public List<string> FailedSources { get; } = new List<string>();
        /// <summary>Protected-object names that matched, as "source: object".</summary>
        public List<string> MatchedObjects { get; } = new List<string>();
        /// <summary>Jobs (enabled or not) whose objects match the component.</summary>
        public List<JobEvidence> Jobs { get; } = new List<JobEvidence>();
        /// <summary>Points at or before asOf whose run did not fail (and is not of unknown result), oldest first.</summary>
        public List<PointEvidence> GoodPoints { get; } = new List<PointEvidence>();
        /// <summary>Points at or before asOf whose run failed.</summary>
        public int FailedPoints { get; set; }
        /// <summary>Points at or before asOf whose run's result the source could not say.</summary>
        public int UnverifiedPoints { get; set; }

        /// <summary>The repositories holding the good points, in order of their first point in time (counted by source
        /// and repository id). Tallied once as the index adds the points: several rules and the readiness read it.</summary>
        public IReadOnlyList<ComponentRepository> Repositories => _repositories;
        /// <summary>Good points that name no repository (they add none to <see cref="Repositories"/>).</summary>
        public int PointsWithoutRepository { get; private set; }
        /// <summary>True when a good point's repository had facts attested rather than reported by its source.</summary>
        public bool HasAttestedPoint { get; private set; }

        /// <summary>True when every matched source could be read.</summary>
        public bool Visible => FailedSources.Count == 0;
        public IEnumerable<JobEvidence> EnabledJobs => Jobs.Where(j => j.Job.Enabled);
        public PointEvidence? NewestGoodPoint => GoodPoints.Count == 0 ? null : GoodPoints[GoodPoints.Count - 1];

        /// <summary>Adds a good point and counts it in its repository (the index calls it for each good point).</summary>
        internal void AddGoodPoint(PointEvidence point)
        {
            GoodPoints.Add(point);
            if (point.Attested != null) HasAttestedPoint = true;
            var repository = RepositoryOf(point);
            if (repository == null) PointsWithoutRepository++;
            else repository.Add(point.Time);
        }

        /// <summary>Puts the good points oldest first and the repositories in order of their first point (the index calls
        /// it once every point is in, with one <paramref name="buffer"/> for all its components).</summary>
        internal void Complete(PointOrderBuffer? buffer = null)
        {
            SortGoodPointsByTime(buffer ?? new PointOrderBuffer());
            if (_repositories.Count > 1)
            {
                // Only the first point of each repository matters: the walk stops once every repository has been seen.
                var ordered = new List<ComponentRepository>(_repositories.Count);
                for (int i = 0; i < GoodPoints.Count && ordered.Count < _repositories.Count; i++)
                {
                    var repository = RepositoryOf(GoodPoints[i]);
                    if (repository != null && !ordered.Contains(repository)) ordered.Add(repository);
                }
                _repositories = ordered;
            }
        }

        /// <summary>Puts the good points in order of time, as sorting the points themselves by time always did (the same
        /// sort, so points at the same moment keep the order they always had), but moving only their positions: a point
        /// is a value several times the size of a position. Points already each later than the one before stay as they are.</summary>
        private void SortGoodPointsByTime(PointOrderBuffer buffer)
        {
            var count = GoodPoints.Count;
            buffer.Ensure(count);
            var ticks = buffer.Ticks;
            var sorted = true;
            for (int i = 0; i < count; i++)
            {
                ticks[i] = GoodPoints[i].Time.UtcTicks;
                if (i > 0 && ticks[i] <= ticks[i - 1]) sorted = false;
            }
            if (sorted) return;
            var order = buffer.Order;
            var points = buffer.Points;
            for (int i = 0; i < count; i++)
            {
                order[i] = i;
                points[i] = GoodPoints[i];
            }
            // A comparer, not Array.Sort(keys, items): on .NET Framework that sorts primitive keys natively, which may
            // order equal times differently from the sort of the points themselves.
            Array.Sort(order, 0, count, buffer);
            for (int i = 0; i < count; i++) GoodPoints[i] = points[order[i]];
        }

        /// <summary>The repository a point is in (made on its first point); null when the point names none. A component's
        /// points are in a few repositories (the copies of each backup), so they are searched in turn: cheaper than a
        /// hash of two strings for each of its points.</summary>
        private ComponentRepository? RepositoryOf(PointEvidence point)
        {
            var id = point.Point.Repository;
            if (string.IsNullOrEmpty(id)) return null;
            foreach (var known in _repositories)
                if (string.Equals(known.Id, id, StringComparison.Ordinal) && string.Equals(known.SourceId, point.SourceId, StringComparison.Ordinal))
                    return known;
            var repository = new ComponentRepository(point.SourceId, id!, point.Repository, point.Attested);
            _repositories.Add(repository);
            return repository;
        }
    }
}
