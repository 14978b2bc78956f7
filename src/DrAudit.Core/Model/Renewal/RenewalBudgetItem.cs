using System.Collections.Generic;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Model.Renewal
{
    /// <summary>One line of "what to budget for": ranked by business impact (the shortest RTO among the services it
    /// touches, then severity), never priced.</summary>
    public sealed class RenewalBudgetItem
    {
        public int Rank { get; set; }
        public RenewalBudgetItemKind Kind { get; set; }
        public string Title { get; set; } = "";
        /// <summary>The root cause key or the commitment's kind and subject: stable, to find it again next year.</summary>
        public string Key { get; set; } = "";
        public List<string> Services { get; set; } = new List<string>();
        /// <summary>The most critical tier among its services ("critical"); the client's most critical tier when it
        /// concerns the whole client.</summary>
        public string Tier { get; set; } = "";
        /// <summary>The shortest RTO among its services, in hours: the business impact it is ranked by.</summary>
        public double? RtoHours { get; set; }
        public Severity Severity { get; set; }
        /// <summary>Why it is on the list ("open 214 days", "expired 3 Mar 2026", "due 1 Jun 2027").</summary>
        public string Reason { get; set; } = "";
        public string Pack { get; set; } = "";
        public string ManifestSha256 { get; set; } = "";
    }
}
