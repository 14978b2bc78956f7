namespace DrAudit.Core.Hosting
{
    /// <summary>A host that shows nothing and allows every write: for tests and library callers.</summary>
    public sealed class SilentAuditHost : IAuditHost
    {
        public static readonly SilentAuditHost Instance = new SilentAuditHost();

        public void WriteVerbose(string message) { }
        public void WriteWarning(string message) { }
        public void WriteProgress(ProgressReport progress) { }
        public bool ShouldProcess(string target, string action) => true;
    }
}
