namespace DrAudit.Core.Packs.Html.View
{
    /// <summary>One discovered workload in the report: what it is and what accounts for it.</summary>
    public sealed class DiscoveredRowView
    {
        public string Source { get; set; } = "";
        public string Workload { get; set; } = "";
        public string Kind { get; set; } = "";
        public string Platform { get; set; } = "";
        /// <summary>protected | named | accountedFor | unaccounted (for data attributes).</summary>
        public string Status { get; set; } = "";
        /// <summary>"protected, in no service", "accounted for", ...</summary>
        public string StatusWords { get; set; } = "";
        /// <summary>What accounts for it: jobs and services, or the accountedFor reason, who and when.</summary>
        public string By { get; set; } = "";
        public string CssClass { get; set; } = "";
    }
}
