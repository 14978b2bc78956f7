using System.Collections.Generic;
using DrAudit.Core.Model.Inventory;

namespace DrAudit.Core.Evaluation
{
    /// <summary>A job that protects a component, with its runs at or before asOf (oldest first) and its repository.</summary>
    public sealed class JobEvidence
    {
        public JobEvidence(string sourceId, Job job, IReadOnlyList<JobRun> runs, Repository? repository)
        {
            SourceId = sourceId;
            Job = job;
            Runs = runs;
            Repository = repository;
        }

        public string SourceId { get; }
        public Job Job { get; }
        public IReadOnlyList<JobRun> Runs { get; }
        /// <summary>The job's target repository, when known to its source.</summary>
        public Repository? Repository { get; }
        /// <summary>The repository's facts that were attested in the client definition (evidence quality Poor); null when none.</summary>
        public Attestation.AttestedFacts? Attested { get; set; }

        public string Describe() => $"{SourceId}: job '{Job.DisplayName}'";
    }
}
