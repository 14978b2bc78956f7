using System.Collections.Generic;
using DrAudit.Core.Packs.Html.View;

namespace DrAudit.Core.Packs.Email
{
    /// <summary>What digest.liquid draws: one screen for the client's owner, every value already formatted. Lists are
    /// cut to <see cref="DigestViewBuilder"/>'s limits; what is left out is counted.</summary>
    public sealed class DigestView
    {
        public string ClientName { get; set; } = "";
        public string MspName { get; set; } = "";
        /// <summary>#rrggbb (validated branding), for inline styles.</summary>
        public string AccentColor { get; set; } = "";
        /// <summary>"1 November 2026"-style date of the audit point, as the report writes it.</summary>
        public string AsOfDate { get; set; } = "";
        /// <summary>"November 2026": the month the digest reports on.</summary>
        public string Month { get; set; } = "";
        public string ToolVersion { get; set; } = "";

        public int MaturityLevel { get; set; }
        public int ServicesReady { get; set; }
        public int ServicesTotal { get; set; }
        public int FindingsHigh { get; set; }
        public int FindingsMedium { get; set; }
        public int FindingsLow { get; set; }

        /// <summary>False when a backup system could not be read: the digest says so first.</summary>
        public bool Complete { get; set; } = true;
        /// <summary>"Veeam Backup & Replication": each system that could not be read, in business words.</summary>
        public List<string> Unreadable { get; set; } = new List<string>();

        /// <summary>What changed since the previous audit; null when there was none to compare with.</summary>
        public SinceLastAuditView? Since { get; set; }
        /// <summary>How many root causes are new and resolved in all, and how many beyond the ones listed in <see cref="Since"/>.</summary>
        public int NewRootCauses { get; set; }
        public int ResolvedRootCauses { get; set; }
        public int NewRootCausesMore { get; set; }
        /// <summary>How many findings are new and resolved (used when the older audit had no root causes to compare).</summary>
        public int NewFindings { get; set; }
        public int ResolvedFindings { get; set; }
        public int ResolvedRootCausesMore { get; set; }

        /// <summary>The most severe open root causes, at most <see cref="DigestViewBuilder.MaxRootCauses"/>.</summary>
        public List<RootCauseView> RootCauses { get; set; } = new List<RootCauseView>();
        public int RootCausesTotal { get; set; }
        public int RootCausesMore { get; set; }
    }
}
