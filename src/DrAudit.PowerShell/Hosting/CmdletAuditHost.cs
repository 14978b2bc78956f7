using System;
using System.Management.Automation;
using DrAudit.Core.Hosting;
using DrAudit.Core.Text;

namespace DrAudit.PowerShell.Hosting
{
    /// <summary>Lets the core talk to PowerShell through the running cmdlet: verbose, warning, Write-Progress and -WhatIf/-Confirm.
    /// Every message passes <see cref="SafeText.ForConsole"/>: it may quote job names and run messages from a backup server.</summary>
    internal sealed class CmdletAuditHost : IAuditHost
    {
        private readonly Cmdlet _cmdlet;

        public CmdletAuditHost(Cmdlet cmdlet)
        {
            _cmdlet = cmdlet;
        }

        public void WriteVerbose(string message) => _cmdlet.WriteVerbose(SafeText.ForConsole(message));

        public void WriteWarning(string message) => _cmdlet.WriteWarning(SafeText.ForConsole(message));

        public void WriteProgress(ProgressReport progress)
        {
            // ProgressRecord refuses empty text and percentages outside -1..100.
            var activity = string.IsNullOrEmpty(progress.Activity) ? "DrAudit" : SafeText.ForConsole(progress.Activity);
            var status = string.IsNullOrEmpty(progress.Status) ? activity : SafeText.ForConsole(progress.Status);
            var record = new ProgressRecord(Math.Max(0, progress.ActivityId), activity, status)
            {
                PercentComplete = Math.Min(100, Math.Max(-1, progress.PercentComplete)),
                RecordType = progress.Completed ? ProgressRecordType.Completed : ProgressRecordType.Processing,
            };
            if (progress.ParentActivityId >= 0 && progress.ParentActivityId != record.ActivityId)
                record.ParentActivityId = progress.ParentActivityId;
            _cmdlet.WriteProgress(record);
        }

        public bool ShouldProcess(string target, string action) => _cmdlet.ShouldProcess(target, action);
    }
}
