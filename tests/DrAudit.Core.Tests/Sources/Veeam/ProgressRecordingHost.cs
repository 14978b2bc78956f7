using DrAudit.Core.Hosting;

namespace DrAudit.Core.Tests.Sources.Veeam
{
    /// <summary>Keeps every message and progress report a collector writes, for assertions (and password greps).</summary>
    public sealed class ProgressRecordingHost : IAuditHost
    {
        public List<string> Warnings { get; } = new();
        public List<string> Verbose { get; } = new();
        public List<ProgressReport> Progress { get; } = new();

        public void WriteVerbose(string message) => Verbose.Add(message);
        public void WriteWarning(string message) => Warnings.Add(message);
        public void WriteProgress(ProgressReport progress) => Progress.Add(progress);
        public bool ShouldProcess(string target, string action) => true;

        public IEnumerable<string> AllText() => Warnings.Concat(Verbose).Concat(Progress.Select(p => p.Activity + " " + p.Status));
    }
}
