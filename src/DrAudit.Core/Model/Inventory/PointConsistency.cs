namespace DrAudit.Core.Model.Inventory
{
    /// <summary>application | crash | file.</summary>
    public enum PointConsistency
    {
        Application,
        Crash,
        File,
    }
}
