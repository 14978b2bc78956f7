using System;
using System.Collections.Generic;

namespace DrAudit.Core.Model.Inventory
{
    /// <summary>The neutral backup inventory (<c>draudit/v1</c>, kind <c>Inventory</c>) every collector produces: see inventory.md.</summary>
    public sealed class Inventory
    {
        public const string InventoryKind = "Inventory";

        public string ApiVersion { get; set; } = "draudit/v1";
        public string Kind { get; set; } = InventoryKind;
        public string Source { get; set; } = "";
        public string? System { get; set; }
        public DateTimeOffset? CollectedAt { get; set; }
        public List<Repository> Repositories { get; set; } = new List<Repository>();
        public List<Job> Jobs { get; set; } = new List<Job>();
        public RecordList<JobRun> Runs { get; set; } = new RecordList<JobRun>();
        public RecordList<RestorePoint> RestorePoints { get; set; } = new RecordList<RestorePoint>();
        /// <summary>The backup system's own server and its configuration backup (v1.1); null when the source does not say.</summary>
        public BackupServer? BackupServer { get; set; }
        /// <summary>Every workload the source can see in its environment (v1.1). Null when the source cannot enumerate
        /// its environment; an empty list means it could and found nothing.</summary>
        public List<DiscoveredWorkload>? Discovered { get; set; }
    }
}
