using System;

namespace DrAudit.Core.Model.Definition
{
    /// <summary>Statements by a named person; null means the statement is absent (NoVisibility).</summary>
    public sealed class AccessAttestation
    {
        public string By { get; set; } = "";
        public DateTimeOffset On { get; set; }
        public bool? UnprivilegedCannotAccessOthers { get; set; }
        public bool? UnprivilegedCannotModify { get; set; }
        public bool? PrivilegedCannotAccessOthers { get; set; }
        public bool? PrivilegedCannotModify { get; set; }
        public bool? UnprivilegedCannotAccessOwn { get; set; }
        public bool? PrivilegedCannotAccessOwn { get; set; }
        public bool? BackupAdminsCannotDeleteInRetention { get; set; }
    }
}
