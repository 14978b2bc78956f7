using System;
using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Veeam
{
    /// <summary>Everything read from one VBR server, as the API gave it (one JSON object per record).</summary>
    internal sealed class VeeamSnapshot
    {
        public string ApiVersion { get; set; } = "";
        public JObject? ServerInfo { get; set; }
        public List<JObject> Jobs { get; } = new List<JObject>();
        public List<JObject> JobStates { get; } = new List<JObject>();
        public List<JObject> Sessions { get; } = new List<JObject>();
        public List<JObject> Backups { get; } = new List<JObject>();
        /// <summary>Backup objects (protected machines) by backup id.</summary>
        public Dictionary<string, List<JObject>> BackupObjects { get; } = new Dictionary<string, List<JObject>>(StringComparer.Ordinal);
        public List<JObject> RestorePoints { get; } = new List<JObject>();
        public List<JObject> Repositories { get; } = new List<JObject>();
        /// <summary>Scale-out backup repositories; null when they could not be read (then their tiers are unknown).</summary>
        public List<JObject>? ScaleOutRepositories { get; set; }
        /// <summary>Task sessions (one per verified machine) by SureBackup session id.</summary>
        public Dictionary<string, List<JObject>> SureBackupTasks { get; } = new Dictionary<string, List<JObject>>(StringComparer.Ordinal);
        /// <summary>The configuration backup settings (<c>/configBackup</c>); null when they could not be read.</summary>
        public JObject? ConfigBackup { get; set; }
        /// <summary>vSphere roots the server manages (<c>/inventory/vmware/hosts</c>); null when they could not be read.</summary>
        public List<JObject>? VirtualInfrastructure { get; set; }
        /// <summary>Virtual machines by the name of the vSphere root holding them; a root missing here could not be read.</summary>
        public Dictionary<string, List<JObject>> VirtualMachines { get; } = new Dictionary<string, List<JObject>>(StringComparer.OrdinalIgnoreCase);
        /// <summary>Hyper-V servers the server manages (SCVMM, clusters, hosts: <c>POST /inventory</c>, platform HyperV, 1.3 and
        /// later); null when the revision has no Hyper-V inventory or the list could not be read.</summary>
        public List<JObject>? HyperVServers { get; set; }
        /// <summary>Hyper-V virtual machines by the name of the server holding them; a server missing here could not be read.</summary>
        public Dictionary<string, List<JObject>> HyperVMachines { get; } = new Dictionary<string, List<JObject>>(StringComparer.OrdinalIgnoreCase);
        /// <summary>Agent protection groups (1.3 and later); null when the revision has none or they could not be read.</summary>
        public List<JObject>? ProtectionGroups { get; set; }
        /// <summary>Computers discovered by each protection group, by group id; a group missing here could not be read.</summary>
        public Dictionary<string, List<JObject>> DiscoveredEntities { get; } = new Dictionary<string, List<JObject>>(StringComparer.Ordinal);
    }
}
