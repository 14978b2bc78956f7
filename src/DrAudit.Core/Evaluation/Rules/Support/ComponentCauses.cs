using DrAudit.Core.Evaluation.Causes;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Evaluation.Rules.Support
{
    /// <summary>The causes the per-component rules name, shared so that every control a gap fails points at the same
    /// root cause: a component with no good restore point is "not backed up" when no enabled job protects it, and
    /// "out of date" when one does.</summary>
    public static class ComponentCauses
    {
        public static CauseReference Unreadable(AuditContext audit, string sourceId) =>
            CauseReference.SourceUnreadable(sourceId, audit.SourcesById.TryGetValue(sourceId, out var data) ? data.Definition.Type : null);

        /// <summary>The cause of a component having no good restore point at all.</summary>
        public static CauseReference NoGoodPoint(ServiceContext service, Component component)
        {
            foreach (var _ in service.EvidenceFor(component).EnabledJobs) return CauseReference.OutOfDate(component);
            return CauseReference.NoBackupJob(component);
        }
    }
}
