using System;
using System.Collections.Generic;

namespace DrAudit.Core.Model.Result
{
    /// <summary>What the evidence says about one component of a service.</summary>
    public sealed class ComponentStatus
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string Kind { get; set; } = "";
        public bool NeedsBackup { get; set; }
        /// <summary>Why no backup is expected, when it is not.</summary>
        public string? NoBackupReason { get; set; }
        /// <summary>"source: job name" for every enabled job protecting it.</summary>
        public List<string> Jobs { get; set; } = new List<string>();
        /// <summary>Repository ids holding its good points.</summary>
        public List<string> Repositories { get; set; } = new List<string>();
        public DateTimeOffset? NewestGoodPoint { get; set; }
        /// <summary>Age of the newest good point at asOf, in hours; null when none.</summary>
        public double? NewestGoodPointAgeHours { get; set; }
        /// <summary>False when a source it depends on failed.</summary>
        public bool Visible { get; set; } = true;
    }
}
