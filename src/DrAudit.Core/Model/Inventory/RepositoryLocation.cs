namespace DrAudit.Core.Model.Inventory
{
    /// <summary>onsite | offsite | cloud | offline (tape, removed disk).</summary>
    public enum RepositoryLocation
    {
        Onsite,
        Offsite,
        Cloud,
        Offline,
    }
}
