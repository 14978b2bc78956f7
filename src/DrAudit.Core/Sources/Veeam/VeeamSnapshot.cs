using System;
using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Sources.Veeam
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
        /// <summary>Task sessions (one per verified machine) by SureBackup session id.</summary>
        public Dictionary<string, List<JObject>> SureBackupTasks { get; } = new Dictionary<string, List<JObject>>(StringComparer.Ordinal);
    }
}
