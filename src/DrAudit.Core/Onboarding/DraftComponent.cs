using System.Collections.Generic;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Onboarding
{
    /// <summary>A component of a draft client definition: what a source protects, grouped as docs/onboarding.md says.</summary>
    public sealed class DraftComponent
    {
        public string Id { get; set; } = "";
        /// <summary>The protected object's name (or the SaaS job's), until someone gives it a name the business uses.</summary>
        public string Name { get; set; } = "";
        public ComponentKind Kind { get; set; } = ComponentKind.Other;
        /// <summary>Why the kind is what it is ("discovered as vm on ..."), or what to check when it is a guess.</summary>
        public string KindReason { get; set; } = "";
        /// <summary>True when nothing the source reports says what the object is.</summary>
        public bool KindIsGuess { get; set; }
        /// <summary>One exact (wildcard-free) match per protected object name.</summary>
        public List<BackupMatch> Matches { get; set; } = new List<BackupMatch>();
        /// <summary>The jobs that protect it, by display name.</summary>
        public List<string> Jobs { get; set; } = new List<string>();
    }
}
