using DrAudit.Core.Hosting;

namespace DrAudit.Core.Tests.Auditing
{
    /// <summary>Records what the core tells its host; answers ShouldProcess as told (-WhatIf when false).</summary>
    public sealed class RecordingAuditHost : IAuditHost
    {
        public RecordingAuditHost(bool allowWrites = true) { AllowWrites = allowWrites; }

        public bool AllowWrites { get; }
        public List<string> Verbose { get; } = new List<string>();
        public List<string> Warnings { get; } = new List<string>();
        public List<ProgressReport> Progress { get; } = new List<ProgressReport>();
        public List<(string Target, string Action)> Asked { get; } = new List<(string, string)>();

        public void WriteVerbose(string message) => Verbose.Add(message);
        public void WriteWarning(string message) => Warnings.Add(message);
        /// <summary>Called after each progress report is recorded.</summary>
        public Action<ProgressReport>? OnProgress { get; set; }

        public void WriteProgress(ProgressReport progress)
        {
            Progress.Add(progress);
            OnProgress?.Invoke(progress);
        }

        public bool ShouldProcess(string target, string action)
        {
            Asked.Add((target, action));
            return AllowWrites;
        }
    }
}
