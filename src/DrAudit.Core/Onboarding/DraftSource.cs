using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Onboarding
{
    /// <summary>One source of a draft: its entry as given, and what reading it gave.</summary>
    public sealed class DraftSource
    {
        public DraftSource(SourceDefinition definition) { Definition = definition; }

        public SourceDefinition Definition { get; }
        /// <summary>What the source calls itself (inventory <c>system</c>), when it says.</summary>
        public string? System { get; set; }
        /// <summary>Why it could not be read (words fit for a report, never a secret); null when it was read.</summary>
        public string? Error { get; set; }
        /// <summary>False when the source cannot list its environment (inventory without <c>discovered</c>), so workloads
        /// nothing protects are unknown rather than none.</summary>
        public bool Enumerates { get; set; }
        public int ProtectedObjects { get; set; }
        /// <summary>The backup server's name (v1.1 <c>backupServer</c>), when the source reports one.</summary>
        public string? BackupServer { get; set; }
    }
}
