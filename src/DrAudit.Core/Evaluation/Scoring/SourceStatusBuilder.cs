using DrAudit.Core.Model.Result;
using DrAudit.Core.Sources;

namespace DrAudit.Core.Evaluation.Scoring
{
    /// <summary>How reading one source went, for the result.</summary>
    public static class SourceStatusBuilder
    {
        public static SourceStatus Build(SourceData source) => new SourceStatus
        {
            Id = source.Id,
            Type = source.Definition.Type,
            Status = source.Ok ? SourceState.Ok : SourceState.Failed,
            CollectedAt = source.CollectedAt ?? source.Inventory?.CollectedAt,
            System = source.Inventory?.System,
            Error = source.Ok ? null : source.Error ?? "The source gave no inventory.",
            EvidenceQuality = source.Ok ? source.Quality : (EvidenceQuality?)null,
        };
    }
}
