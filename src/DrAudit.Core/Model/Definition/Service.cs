using System.Collections.Generic;

namespace DrAudit.Core.Model.Definition
{
    /// <summary>Something the business recognises ("practice management", "email", "payroll").</summary>
    public sealed class Service
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public string Tier { get; set; } = "";
        public ServiceOwners? Owners { get; set; }
        /// <summary>Effective targets: the service's own values, else its tier's.</summary>
        public ServiceTargets Targets { get; set; } = new ServiceTargets();
        /// <summary>Component ids, in the order written.</summary>
        public List<string> Components { get; set; } = new List<string>();
        /// <summary>The documented restore order as written; null when absent.</summary>
        public List<string>? RestoreOrder { get; set; }
        public string? Workaround { get; set; }
        public SourceLocation? Location { get; set; }

        public bool IsCritical => Tier == "critical";
    }
}
