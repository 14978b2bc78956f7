using System.Collections.Generic;
using Microsoft.Graph.Models;

namespace DrAudit.Collectors.M365
{
    /// <summary>Everything one read of <c>/solutions/backupRestore</c> returned, as the SDK parsed it, plus the names the
    /// collector resolved for protection units. <see cref="M365InventoryMapper"/> turns it into the neutral inventory.</summary>
    internal sealed class BackupRestoreSnapshot
    {
        public ServiceStatus? ServiceStatus { get; set; }
        public List<ProtectionPolicyBase> Policies { get; } = new List<ProtectionPolicyBase>();
        public List<ProtectionUnitBase> Units { get; } = new List<ProtectionUnitBase>();
        /// <summary>The latest restore point in the audit window, by protection unit id.</summary>
        public Dictionary<string, RestorePoint> LatestPoints { get; } = new Dictionary<string, RestorePoint>();
        /// <summary>Mail address (else user principal name) by directory object id.</summary>
        public Dictionary<string, string> UserNames { get; } = new Dictionary<string, string>();
        /// <summary>Web URL by site id.</summary>
        public Dictionary<string, string> SiteUrls { get; } = new Dictionary<string, string>();
        public List<RestoreSessionBase> Sessions { get; } = new List<RestoreSessionBase>();
        /// <summary>Restore artifacts by restore session id.</summary>
        public Dictionary<string, List<RestoreArtifactBase>> Artifacts { get; } = new Dictionary<string, List<RestoreArtifactBase>>();
    }
}
