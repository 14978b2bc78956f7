using System;
using System.Collections.Generic;

namespace DrAudit.Core.Model.Renewal
{
    /// <summary>A client's contract period read from its dated evidence packs (<c>renewal.json</c>, kind
    /// <c>Renewal</c>): see docs/renewal.md. Every figure names the pack it came from.</summary>
    public sealed class RenewalReport
    {
        public string ApiVersion { get; set; } = "draudit/v1";
        public string Kind { get; set; } = "Renewal";
        public string ClientId { get; set; } = "";
        /// <summary>The latest name (from the latest pack used).</summary>
        public string ClientName { get; set; } = "";
        public string? Msp { get; set; }
        /// <summary>Every name the client carried in the period, oldest first: more than one means it was renamed.</summary>
        public List<RenewalClientName> Names { get; set; } = new List<RenewalClientName>();
        public DateTimeOffset From { get; set; }
        public DateTimeOffset To { get; set; }
        public DateTimeOffset GeneratedAt { get; set; }
        public string ToolVersion { get; set; } = "";
        public List<RenewalMonth> Months { get; set; } = new List<RenewalMonth>();
        public int MonthsAudited { get; set; }
        public int MonthsNotAudited { get; set; }
        public List<RenewalRootCause> RootCauses { get; set; } = new List<RenewalRootCause>();
        public List<RenewalServiceTesting> Testing { get; set; } = new List<RenewalServiceTesting>();
        public List<RenewalRestoreTest> RestoreTests { get; set; } = new List<RenewalRestoreTest>();
        public List<RenewalExercise> Exercises { get; set; } = new List<RenewalExercise>();
        public List<RenewalCommitment> Commitments { get; set; } = new List<RenewalCommitment>();
        public List<RenewalBudgetItem> Budget { get; set; } = new List<RenewalBudgetItem>();
        /// <summary>Every pack found in the period, used or not, oldest first.</summary>
        public List<RenewalPack> Packs { get; set; } = new List<RenewalPack>();
        /// <summary>What the reader must know: packs not used, months not audited, a rename, definitions that could not be read.</summary>
        public List<string> Notes { get; set; } = new List<string>();
    }
}
