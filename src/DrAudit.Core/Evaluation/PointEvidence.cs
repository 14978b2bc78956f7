using System;
using DrAudit.Core.Evaluation.Rules.Support;
using DrAudit.Core.Model.Inventory;

namespace DrAudit.Core.Evaluation
{
    /// <summary>A restore point of a component, with the repository that holds it (null when the point names
    /// none or one its source does not list: then it counts as neither offsite nor immutable). A value: a component
    /// keeps its points in one array, not as an object each, and a point is read where its source keeps it.</summary>
    public readonly struct PointEvidence
    {
        /// <summary>No run recorded, in <see cref="_runResult"/>.</summary>
        private const int NoRun = -1;

        private readonly PointLocation _location;
        /// <summary>The point's position in its source's restore points.</summary>
        private readonly int _position;
        private readonly int _runResult;

        public PointEvidence(string sourceId, RestorePoint point, Repository? repository, RunResult? runResult, Attestation.AttestedFacts? attested = null)
            : this(new PointLocation(sourceId, repository, attested, new RecordList<RestorePoint> { point }), 0, runResult)
        {
        }

        internal PointEvidence(PointLocation location, int position, RunResult? runResult)
        {
            _location = location;
            _position = position;
            _runResult = runResult.HasValue ? (int)runResult.Value : NoRun;
        }

        public string SourceId => _location.SourceId;
        public RestorePoint Point => _location.Points.At(_position);
        public DateTimeOffset Time => _location.Points.At(_position).Time;
        public Repository? Repository => _location.Repository;
        /// <summary>The repository's facts that were attested in the client definition (evidence quality Poor); null when none.</summary>
        public Attestation.AttestedFacts? Attested => _location.Attested;
        /// <summary>Result of the job run that made the point; null when no run is recorded for it.</summary>
        public RunResult? RunResult => _runResult == NoRun ? (RunResult?)null : (RunResult)_runResult;
        /// <summary>Distinguishes repositories across sources: "source/repository", or null when the point names none.</summary>
        public string? RepositoryKey => string.IsNullOrEmpty(Point.Repository) ? null : SourceId + "/" + Point.Repository;

        /// <summary>"main: point of 'db' at 2026-10-31 22:00Z in 'nas' by job 'j'" (the words evidence lines use).</summary>
        public string Describe() =>
            EvidenceLineBuilder.Finish(EvidenceLineBuilder.Start().AppendPoint(this));
    }
}
