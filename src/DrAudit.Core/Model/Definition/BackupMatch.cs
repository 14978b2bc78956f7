namespace DrAudit.Core.Model.Definition
{
    /// <summary>A protected-object name (with <c>*</c> wildcards) in a named source.</summary>
    public sealed class BackupMatch
    {
        public string Source { get; set; } = "";
        public string Object { get; set; } = "";
    }
}
