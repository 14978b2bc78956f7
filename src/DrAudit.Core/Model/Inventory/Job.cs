using System.Collections.Generic;

namespace DrAudit.Core.Model.Inventory
{
    public sealed class Job
    {
        public string Id { get; set; } = "";
        public string? Name { get; set; }
        public JobKind Kind { get; set; }
        public bool Enabled { get; set; } = true;
        /// <summary>Protected-object names.</summary>
        public List<string> Objects { get; set; } = new List<string>();
        public string? Repository { get; set; }
        /// <summary>Null when the source does not say.</summary>
        public Duration? Retention { get; set; }
        public bool? ApplicationAware { get; set; }
        public bool? Encrypted { get; set; }

        public string DisplayName => string.IsNullOrEmpty(Name) ? Id : Name!;
    }
}
