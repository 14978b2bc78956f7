using System;
using System.Collections.Generic;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Vb365
{
    /// <summary>What was read from one VB365 server for one organization, as the API gave it (one JSON object per record).</summary>
    internal sealed class Vb365Snapshot
    {
        public JObject Organization { get; set; } = new JObject();
        public List<JObject> Jobs { get; } = new List<JObject>();
        /// <summary>Selected and excluded items by job id.</summary>
        public Dictionary<string, List<JObject>> SelectedItems { get; } = new Dictionary<string, List<JObject>>(StringComparer.Ordinal);
        public Dictionary<string, List<JObject>> ExcludedItems { get; } = new Dictionary<string, List<JObject>>(StringComparer.Ordinal);
        /// <summary>Backup copy jobs of the organization's backup jobs; null when they could not be read.</summary>
        public List<JObject>? CopyJobs { get; set; }
        public List<JObject> Sessions { get; } = new List<JObject>();
        public List<JObject> RestorePoints { get; } = new List<JObject>();
        public List<JObject> Repositories { get; } = new List<JObject>();
        /// <summary>Object storage repositories; null when they could not be read (then their immutability and location are unknown).</summary>
        public List<JObject>? ObjectStorage { get; set; }
        /// <summary>The organization's users, sites and teams: read only when a job protects the entire organization (or a
        /// workload of it); null when not needed or not readable.</summary>
        public List<JObject>? Users { get; set; }
        public List<JObject>? Sites { get; set; }
        public List<JObject>? Teams { get; set; }
    }
}
