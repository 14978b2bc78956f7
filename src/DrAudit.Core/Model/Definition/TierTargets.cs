using System.Collections.Generic;

namespace DrAudit.Core.Model.Definition
{
    /// <summary>Business-approved defaults for a tier; a service of that tier inherits what it does not set.</summary>
    public sealed class TierTargets
    {
        public static readonly Duration DefaultSyncTolerance = Duration.FromHours(2);

        public string Name { get; set; } = "";
        public Duration Rpo { get; set; }
        public Duration Rto { get; set; }
        public Duration RestoreTestEvery { get; set; }
        public Duration Retention { get; set; }
        public Duration SyncTolerance { get; set; } = DefaultSyncTolerance;
        public bool BuiltIn { get; set; }

        /// <summary>The built-in tiers of client-definition.md, fresh copies each call.</summary>
        public static Dictionary<string, TierTargets> BuiltInTiers() => new Dictionary<string, TierTargets>
        {
            ["critical"] = new TierTargets { Name = "critical", Rpo = Duration.FromHours(4), Rto = Duration.FromHours(8), RestoreTestEvery = Duration.FromDays(180), Retention = Duration.FromDays(90), BuiltIn = true },
            ["important"] = new TierTargets { Name = "important", Rpo = Duration.FromHours(24), Rto = Duration.FromHours(48), RestoreTestEvery = Duration.FromDays(365), Retention = Duration.FromDays(30), BuiltIn = true },
            ["standard"] = new TierTargets { Name = "standard", Rpo = Duration.FromDays(7), Rto = Duration.FromDays(5), RestoreTestEvery = Duration.FromDays(365), Retention = Duration.FromDays(30), BuiltIn = true },
        };
    }
}
