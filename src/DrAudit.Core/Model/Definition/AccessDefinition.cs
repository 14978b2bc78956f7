using System.Collections.Generic;

namespace DrAudit.Core.Model.Definition
{
    /// <summary>Who can reach and change backups (Essential Eight access controls).</summary>
    public sealed class AccessDefinition
    {
        public List<string> BackupAdmins { get; set; } = new List<string>();
        public AccessAttestation? Attested { get; set; }
    }
}
