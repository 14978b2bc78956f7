using System;
using System.Collections.Generic;

namespace DrAudit.Core.Model.Result
{
    /// <summary>One workload a source discovered in its environment (inventory <c>discovered</c>, v1.1) and what
    /// accounts for it (DR-16): a backup job of its source, a component that names it, an accountedFor entry, or nothing.</summary>
    public sealed class DiscoveredWorkloadStatus
    {
        public const string Protected = "protected";
        public const string Named = "named";
        public const string AccountedFor = "accountedFor";
        public const string Unaccounted = "unaccounted";

        public string Source { get; set; } = "";
        public string Object { get; set; } = "";
        /// <summary>vm | server | workstation | database | file-share | mailbox | site | onedrive | other.</summary>
        public string Kind { get; set; } = "";
        public string? Platform { get; set; }
        /// <summary>protected (an enabled job of its source backs it up), named (a component's backup.match names it
        /// but no enabled job backs it up: DR-02 judges that), accountedFor, or unaccounted.</summary>
        public string Status { get; set; } = Unaccounted;
        /// <summary>Names of the enabled jobs of its source that back it up.</summary>
        public List<string> Jobs { get; set; } = new List<string>();
        /// <summary>Ids of the components whose backup.match names it.</summary>
        public List<string> Components { get; set; } = new List<string>();
        /// <summary>Ids of the services those components belong to.</summary>
        public List<string> Services { get; set; } = new List<string>();
        /// <summary>True when a job backs it up but no component names it: "protected, in no service".</summary>
        public bool InNoService { get; set; }
        public string? AccountedForReason { get; set; }
        public string? AccountedForBy { get; set; }
        public DateTimeOffset? AccountedForOn { get; set; }
    }
}
