namespace DrAudit.Core.Fleet
{
    /// <summary>One client in the fleet digest.</summary>
    public sealed class FleetDigestClientView
    {
        public string Name { get; set; } = "";
        /// <summary>"0 → 1", or the level alone when not compared; empty when not audited.</summary>
        public string Maturity { get; set; } = "";
        /// <summary>up | down | same.</summary>
        public string Direction { get; set; } = "";
        /// <summary>"2 new, 1 resolved".</summary>
        public string Change { get; set; } = "";
        /// <summary>"Not audited", "A source could not be read", or empty.</summary>
        public string Problem { get; set; } = "";
    }
}
