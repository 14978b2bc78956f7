namespace DrAudit.Core.Loading
{
    /// <summary>An Error stops the file being used; a Warning is reported and the file still loads.</summary>
    public enum ProblemSeverity
    {
        Error,
        Warning,
    }
}
