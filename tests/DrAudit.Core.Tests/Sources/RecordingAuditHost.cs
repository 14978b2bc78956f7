using DrAudit.Core.Hosting;

namespace DrAudit.Core.Tests.Sources
{
    /// <summary>Keeps the warnings and verbose messages a collector writes, for assertions.</summary>
    public sealed class RecordingAuditHost : IAuditHost
    {
        public List<string> Warnings { get; } = new List<string>();
        public List<string> Verbose { get; } = new List<string>();

        public void WriteVerbose(string message) => Verbose.Add(message);
        public void WriteWarning(string message) => Warnings.Add(message);
        public void WriteProgress(ProgressReport progress) { }
        public bool ShouldProcess(string target, string action) => true;
    }
}
