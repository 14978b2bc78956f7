using System;
using System.Collections.Generic;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Model.Renewal
{
    /// <summary>One root cause over the period (by its stable key): when it was first seen open, when (if) a complete
    /// audit no longer found it, and how long it stayed open between those audit points.</summary>
    public sealed class RenewalRootCause
    {
        public string Key { get; set; } = "";
        public string Title { get; set; } = "";
        public Severity Severity { get; set; }
        public List<string> Services { get; set; } = new List<string>();
        public string Remediation { get; set; } = "";
        /// <summary>The first pack of the period that found it.</summary>
        public string OpenedPack { get; set; } = "";
        public DateTimeOffset OpenedAsOf { get; set; }
        /// <summary>Open in the first pack of the period: it was opened before the period began.</summary>
        public bool OpenAtStart { get; set; }
        /// <summary>The first complete pack that no longer found it; null while still open.</summary>
        public string? ResolvedPack { get; set; }
        public DateTimeOffset? ResolvedAsOf { get; set; }
        public bool StillOpen => ResolvedPack == null;
        /// <summary>Days from the pack that found it to the pack that no longer did (or to the last pack used, while still open).</summary>
        public int DaysOpen { get; set; }
        /// <summary>The last pack that found it.</summary>
        public string LastSeenPack { get; set; } = "";
    }
}
