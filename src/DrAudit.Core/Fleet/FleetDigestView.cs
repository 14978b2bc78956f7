using System.Collections.Generic;

namespace DrAudit.Core.Fleet
{
    /// <summary>What fleet-digest.liquid draws: the MSP's one-screen view of a fleet run, every value formatted and every
    /// list cut to <see cref="FleetDigestRenderer.MaxClientsListed"/> with the rest counted.</summary>
    public sealed class FleetDigestView
    {
        public string MspName { get; set; } = "";
        public string AccentColor { get; set; } = "";
        public string Month { get; set; } = "";
        public string Date { get; set; } = "";
        public string ToolVersion { get; set; } = "";
        public int ClientsTotal { get; set; }
        public int ClientsAudited { get; set; }
        public int ClientsFailed { get; set; }
        public int ClientsWithFailedSources { get; set; }
        /// <summary>Clients compared with a previous pack.</summary>
        public int ClientsCompared { get; set; }
        public int NewRootCauses { get; set; }
        public int ResolvedRootCauses { get; set; }
        /// <summary>Clients whose maturity level or open root causes changed, the ones that got worse first.</summary>
        public List<FleetDigestClientView> Changed { get; set; } = new List<FleetDigestClientView>();
        public int ChangedMore { get; set; }
        /// <summary>Clients not audited, or audited without every source.</summary>
        public List<FleetDigestClientView> Attention { get; set; } = new List<FleetDigestClientView>();
        public int AttentionMore { get; set; }
        /// <summary>How many audited clients are at maturity level 0, 1, 2 and 3.</summary>
        public List<int> ClientsPerLevel { get; set; } = new List<int>();
    }
}
