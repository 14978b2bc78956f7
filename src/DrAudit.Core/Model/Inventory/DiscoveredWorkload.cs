namespace DrAudit.Core.Model.Inventory
{
    /// <summary>A workload the source can see in the environment it protects (inventory <c>discovered</c>, v1.1),
    /// whether or not anything backs it up.</summary>
    public sealed class DiscoveredWorkload
    {
        /// <summary>Its name as the backup system shows it (the name a component's backup.match names).</summary>
        public string Object { get; set; } = "";
        public WorkloadKind Kind { get; set; }
        /// <summary>Where it runs, e.g. "vSphere vc01.contoso.local" or "Microsoft 365"; null when not stated.</summary>
        public string? Platform { get; set; }
    }
}
