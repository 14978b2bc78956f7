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

        /// <summary>The repositories holding the good points, in order of first appearance (counted by source and
        /// repository id). Worked out once, when the index is complete: several rules and the readiness read it.</summary>
        public IReadOnlyList<ComponentRepository> Repositories { get; private set; } = new ComponentRepository[0];
        /// <summary>Good points that name no repository (they add none to <see cref="Repositories"/>).</summary>
        public int PointsWithoutRepository { get; private set; }
        /// <summary>True when a good point's repository had facts attested rather than reported by its source.</summary>
        public bool HasAttestedPoint { get; private set; }

        /// <summary>True when every matched source could be read.</summary>
        public bool Visible => FailedSources.Count == 0;
        public IEnumerable<JobEvidence> EnabledJobs => Jobs.Where(j => j.Job.Enabled);
        public PointEvidence? NewestGoodPoint => GoodPoints.Count == 0 ? null : GoodPoints[GoodPoints.Count - 1];

        /// <summary>Works out the summaries of the good points once they are all in, oldest first (the index calls it last).</summary>
        internal void Complete()
        {
            Repositories = ComponentRepository.Of(GoodPoints, out var withoutRepository);
            PointsWithoutRepository = withoutRepository;
            HasAttestedPoint = GoodPoints.Exists(p => p.Attested != null);
        }
    }
}
