namespace DrAudit.Core.Model.Inventory
{
    /// <summary>success | warning | failed | running. Unknown (a value a collector could not map) is never success.</summary>
    public enum RunResult
    {
        Success,
        Warning,
        Failed,
        Running,
        Unknown,
    }
}
