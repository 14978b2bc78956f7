using System;
using System.Collections.Generic;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Collectors.Veeam
{
    /// <summary>One finished SureBackup session: when it ran, its result and the machines it verified.</summary>
    internal sealed class SureBackupRun
    {
        public string SessionId { get; set; } = "";
        public string? JobName { get; set; }
        public DateTimeOffset Start { get; set; }
        public DateTimeOffset End { get; set; }
        public RestoreResult Result { get; set; }
        public List<string> Objects { get; } = new List<string>();
    }
}
