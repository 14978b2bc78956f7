using System;

namespace DrAudit.Core.Model.Definition
{
    /// <summary>A service's effective recovery targets (own values over tier defaults) and their approval.</summary>
    public sealed class ServiceTargets
    {
        public Duration Rpo { get; set; }
        public Duration Rto { get; set; }
        public Duration Retention { get; set; }
        public Duration RestoreTestEvery { get; set; }
        public Duration SyncTolerance { get; set; } = TierTargets.DefaultSyncTolerance;
        public string? ApprovedBy { get; set; }
        /// <summary>Date of approval (00:00 UTC).</summary>
        public DateTimeOffset? ApprovedOn { get; set; }
    }
}
