namespace DrAudit.Core.Model.Inventory
{
    /// <summary>Where restore points are kept. Null members are not known from the source (never assumed good).</summary>
    public sealed class Repository
    {
        public string Id { get; set; } = "";
        public string? Name { get; set; }
        public RepositoryLocation? Location { get; set; }
        public bool? Encrypted { get; set; }
        public bool? Immutable { get; set; }
        public int? ImmutableDays { get; set; }
        public bool? SharesProductionCredentials { get; set; }
    }
}
