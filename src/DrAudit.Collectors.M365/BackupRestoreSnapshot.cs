using System;
using System.Collections.Generic;
using Microsoft.Graph.Models;

namespace DrAudit.Collectors.M365
{
    /// <summary>Everything one read of <c>/solutions/backupRestore</c> and of the tenant returned, as the SDK parsed it,
    /// plus the names the collector resolved for protection units. <see cref="M365InventoryMapper"/> turns it into the
    /// neutral inventory.</summary>
    internal sealed class BackupRestoreSnapshot
    {
        public ServiceStatus? ServiceStatus { get; set; }
        public List<ProtectionPolicyBase> Policies { get; } = new List<ProtectionPolicyBase>();
        public List<ProtectionUnitBase> Units { get; } = new List<ProtectionUnitBase>();
        /// <summary>Every restore point in the audit window, by protection unit id, newest first.</summary>
        public Dictionary<string, List<RestorePoint>> Points { get; } = new Dictionary<string, List<RestorePoint>>(StringComparer.Ordinal);
        /// <summary>Units whose history was read back only to the given time (the request budget per unit ran out first).</summary>
        public Dictionary<string, DateTimeOffset> HistoryCut { get; } = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        /// <summary>Mail address (else user principal name) by directory object id.</summary>
        public Dictionary<string, string> UserNames { get; } = new Dictionary<string, string>();
        /// <summary>Web URL by site id.</summary>
        public Dictionary<string, string> SiteUrls { get; } = new Dictionary<string, string>();
        public List<RestoreSessionBase> Sessions { get; } = new List<RestoreSessionBase>();
        /// <summary>Restore artifacts by restore session id.</summary>
        public Dictionary<string, List<RestoreArtifactBase>> Artifacts { get; } = new Dictionary<string, List<RestoreArtifactBase>>();

        /// <summary>The tenant's users (members and guests) as <c>GET /users</c> listed them; null when they could not be listed.</summary>
        public List<User>? TenantUsers { get; set; }
        /// <summary>Directory object ids of users who have a OneDrive (a drive protection unit, or <c>/users/{id}/drive</c> answered).</summary>
        public HashSet<string> OneDriveOwners { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        /// <summary>The tenant's SharePoint sites (not OneDrives) as <c>/sites/getAllSites</c> listed them; null when they could not be listed.</summary>
        public List<Site>? TenantSites { get; set; }
        /// <summary>Why the tenant's mailboxes, OneDrives or sites could not all be listed; null when they were.</summary>
        public string? DiscoveryGap { get; set; }
    }
}
