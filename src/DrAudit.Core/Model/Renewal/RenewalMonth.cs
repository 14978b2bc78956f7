namespace DrAudit.Core.Model.Renewal
{
    /// <summary>One month of the period: its state, and the maturity level and DR readiness of the pack used for it.</summary>
    public sealed class RenewalMonth
    {
        /// <summary>"2026-03".</summary>
        public string Month { get; set; } = "";
        public RenewalMonthState State { get; set; }
        /// <summary>True when the month could be audited (<see cref="RenewalMonthState.Audited"/>).</summary>
        public bool Audited => State == RenewalMonthState.Audited;
        /// <summary>The pack the figures come from (folder name); null when no pack is used.</summary>
        public string? Pack { get; set; }
        public string? ManifestSha256 { get; set; }
        public int? MaturityLevel { get; set; }
        public int? ServicesReady { get; set; }
        public int? ServicesTotal { get; set; }
        /// <summary>What stopped the month being audited, when it was not.</summary>
        public string? Note { get; set; }
    }
}
