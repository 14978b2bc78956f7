namespace DrAudit.Core.Hosting
{
    /// <summary>How the core talks to whoever runs it (a cmdlet, the CLI, a test): messages, progress and
    /// permission to write. The core never sees PowerShell.</summary>
    public interface IAuditHost
    {
        void WriteVerbose(string message);

        void WriteWarning(string message);

        void WriteProgress(ProgressReport progress);

        /// <summary>Asks whether <paramref name="action"/> may be done to <paramref name="target"/> (-WhatIf/-Confirm).</summary>
        bool ShouldProcess(string target, string action);
    }
}
