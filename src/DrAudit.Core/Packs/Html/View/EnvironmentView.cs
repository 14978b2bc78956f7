using System.Collections.Generic;

namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>The report's environment section (v1.1): every discovered workload and what accounts for it (DR-16),
    /// every attested repository fact and who attested it, and the audit's warnings.</summary>
    public sealed class EnvironmentView
    {
        public bool Enumerated { get; set; }
        public int Total { get; set; }
        public int Unaccounted { get; set; }
        public int InNoService { get; set; }
        public List<DiscoveredRowView> Workloads { get; set; } = new List<DiscoveredRowView>();
        public List<AttestedFactRowView> AttestedFacts { get; set; } = new List<AttestedFactRowView>();
        public List<string> Warnings { get; set; } = new List<string>();
        /// <summary>True when there is anything to show (the section is left out otherwise).</summary>
        public bool Any => Enumerated || AttestedFacts.Count > 0 || Warnings.Count > 0;
    }
}
