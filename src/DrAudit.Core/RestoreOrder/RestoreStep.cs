using System.Collections.Generic;

namespace DrAudit.Core.RestoreOrder
{
    /// <summary>One step of a service's restore order (what Get-DrRestoreOrder outputs).</summary>
    public sealed class RestoreStep
    {
        public string Service { get; set; } = "";
        /// <summary>1-based position in the order.</summary>
        public int Position { get; set; }
        public string ComponentId { get; set; } = "";
        public string ComponentName { get; set; } = "";
        /// <summary>The component kind as written in YAML (<c>file-share</c>); empty when the id names no component.</summary>
        public string Kind { get; set; } = "";
        /// <summary>The component's <c>dependsOn</c> as written.</summary>
        public List<string> DependsOn { get; set; } = new List<string>();
        /// <summary>True when the order is the service's documented <c>restoreOrder</c>; false when derived.</summary>
        public bool Documented { get; set; }
    }
}
