using System.Collections.Generic;

namespace DrAudit.Core.Model.Definition
{
    /// <summary>Something that has to come back for a service to work.</summary>
    public sealed class Component
    {
        public string Id { get; set; } = "";
        public string Name { get; set; } = "";
        public ComponentKind Kind { get; set; }
        public List<string> DependsOn { get; set; } = new List<string>();
        /// <summary>The backup block; null when the file has none (expected to be protected, matches nothing).</summary>
        public BackupSpec? Backup { get; set; }
        public SourceLocation? Location { get; set; }

        /// <summary>True unless the component says <c>backup: { required: false }</c>.</summary>
        public bool NeedsBackup => Backup == null || Backup.Required;

        public bool IsMicrosoft365 => Kind == ComponentKind.M365Mailbox || Kind == ComponentKind.M365Site || Kind == ComponentKind.M365OneDrive;
    }
}
