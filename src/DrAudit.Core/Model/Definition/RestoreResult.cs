namespace DrAudit.Core.Model.Definition
{
    public enum RestoreResult
    {
        Success,
        Partial,
        Failed,
    }
}
