namespace DrAudit.Core.Model.Inventory
{
    /// <summary>backup | copy | replica | saas. Unknown is a kind a collector could not map.</summary>
    public enum JobKind
    {
        Backup,
        Copy,
        Replica,
        Saas,
        Unknown,
    }
}
