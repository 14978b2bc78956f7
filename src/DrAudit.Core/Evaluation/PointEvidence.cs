using System;
using DrAudit.Core.Model.Inventory;

namespace DrAudit.Core.Evaluation
{
    /// <summary>A restore point of a component, with the repository that holds it (null when the point names
    /// none or one its source does not list: then it counts as neither offsite nor immutable).</summary>
    public sealed class PointEvidence
    {
        public PointEvidence(string sourceId, RestorePoint point, Repository? repository, RunResult? runResult)
        {
            SourceId = sourceId;
            Point = point;
            Repository = repository;
            RunResult = runResult;
        }

        public string SourceId { get; }
        public RestorePoint Point { get; }
        public DateTimeOffset Time => Point.Time;
        public Repository? Repository { get; }
        /// <summary>The repository's facts that were attested in the client definition (evidence quality Poor); null when none.</summary>
        public Attestation.AttestedFacts? Attested { get; set; }
        /// <summary>Result of the job run that made the point; null when no run is recorded for it.</summary>
        public RunResult? RunResult { get; }
        /// <summary>Distinguishes repositories across sources: "source/repository", or null when the point names none.</summary>
        public string? RepositoryKey => string.IsNullOrEmpty(Point.Repository) ? null : SourceId + "/" + Point.Repository;

        public string Describe() =>
            $"{SourceId}: point of '{Point.Object}' at " + Rules.Support.ComponentStatements.Time(Time) +
            (string.IsNullOrEmpty(Point.Repository) ? "" : $" in '{Point.Repository}'") +
            (string.IsNullOrEmpty(Point.Job) ? "" : $" by job '{Point.Job}'");
    }
}
