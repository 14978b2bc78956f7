using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Renewal;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Renewal
{
    /// <summary>One pack as read: its record, and (only when verified) its readiness result and saved client definition.</summary>
    internal sealed class RenewalPackData
    {
        public RenewalPackData(RenewalPack record) { Record = record; }

        public RenewalPack Record { get; }
        /// <summary>Null unless the pack verified and its readiness result could be read.</summary>
        public ReadinessResult? Result { get; set; }
        /// <summary>The client definition saved under client/; null when it could not be read.</summary>
        public ClientDefinition? Definition { get; set; }
        /// <summary>Why the saved definition is not counted, in plain words for the client (no file, line or loader
        /// message: those are in the record's FileProblems); null when it was read.</summary>
        public string? DefinitionProblem { get; set; }
    }
}
