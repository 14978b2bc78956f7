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
        public List<JobRun> Runs { get; set; } = new List<JobRun>();
        public List<RestorePoint> RestorePoints { get; set; } = new List<RestorePoint>();
    }
}
