using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Sources;

namespace DrAudit.Core.Model.Result
{
    /// <summary>Exactly what a result was scored on: the definition as read and each source's data.</summary>
    public sealed class AuditInputs
    {
        public AuditInputs(ClientDefinition definition, IReadOnlyList<SourceData> sources, Evaluation.EvidenceIndex? evidence = null)
        {
            Definition = definition;
            Sources = sources;
            Evidence = evidence;
        }

        public ClientDefinition Definition { get; }
        public IReadOnlyList<SourceData> Sources { get; }
        /// <summary>The jobs and points the rules matched to each component (built once per audit, reused by the
        /// workbook instead of matching a large inventory again); null when the inputs were assembled without it.</summary>
        public Evaluation.EvidenceIndex? Evidence { get; }

        /// <summary>Every restore test the audit may use: the definition's and those of readable sources, at or before
        /// <paramref name="asOf"/>, oldest first. Rules, the report and the workbook all read this one list.</summary>
        public static List<RestoreTest> RestoreTestsAt(ClientDefinition definition, IEnumerable<SourceData> sources, System.DateTimeOffset asOf) =>
            definition.RestoreTests
                .Concat(sources.Where(s => s.Ok).SelectMany(s => s.RestoreTests))
                .Where(t => t.Date <= asOf)
                .OrderBy(t => t.Date)
                .ToList();
    }
}
