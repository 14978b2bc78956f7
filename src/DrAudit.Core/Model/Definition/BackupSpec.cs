using System.Collections.Generic;

namespace DrAudit.Core.Model.Definition
{
    /// <summary>How inventory objects prove a component is protected, or why no backup is expected.</summary>
    public sealed class BackupSpec
    {
        public bool Required { get; set; } = true;
        /// <summary>Mandatory when <see cref="Required"/> is false.</summary>
        public string? Reason { get; set; }
        public List<BackupMatch> Match { get; set; } = new List<BackupMatch>();
    }
}
