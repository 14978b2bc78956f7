using DrAudit.Core.Model.Inventory;

namespace DrAudit.Core.Evaluation
{
    /// <summary>Where restore points are kept: their source, the repository the source lists for them and the facts
    /// about it that were attested. One is shared by all the points of a source in one repository.</summary>
    internal sealed class PointLocation
    {
        public PointLocation(string sourceId, Repository? repository, Attestation.AttestedFacts? attested, RecordList<RestorePoint> points)
        {
            SourceId = sourceId;
            Repository = repository;
            Attested = attested;
            Points = points;
        }

        public string SourceId { get; }
        public Repository? Repository { get; }
        public Attestation.AttestedFacts? Attested { get; }
        /// <summary>The source's restore points, where a point's evidence reads the point.</summary>
        public RecordList<RestorePoint> Points { get; }
    }
}
