namespace DrAudit.Core.Model.Result
{
    /// <summary>Whether a source could be read; JSON writes it lowercase (ok | failed).</summary>
    public enum SourceState
    {
        Ok,
        Failed,
    }
}
