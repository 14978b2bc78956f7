using System.Collections.Generic;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Sources;

namespace DrAudit.Core.Model.Result
{
    /// <summary>Exactly what a result was scored on: the definition as read and each source's data.</summary>
    public sealed class AuditInputs
    {
        public AuditInputs(ClientDefinition definition, IReadOnlyList<SourceData> sources)
        {
            Definition = definition;
            Sources = sources;
        }

        public ClientDefinition Definition { get; }
        public IReadOnlyList<SourceData> Sources { get; }
    }
}
