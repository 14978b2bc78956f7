using System;
using System.Linq;
using DrAudit.Core.Packs;

namespace DrAudit.Core.Fleet
{
    /// <summary>How a fleet run is done.</summary>
    public sealed class FleetAuditOptions
    {
        public const int DefaultThrottleLimit = 4;

        /// <summary>The root every client's packs go under (<c>&lt;root&gt;/&lt;client-id&gt;/&lt;yyyy-MM-dd&gt;/</c>).</summary>
        public string OutputRoot { get; set; } = "";

        /// <summary>How many clients are audited at once (1: one after another).</summary>
        public int ThrottleLimit { get; set; } = DefaultThrottleLimit;

        /// <summary>The audit point for every client; null: each definition's asOf, else now.</summary>
        public DateTimeOffset? AsOf { get; set; }

        /// <summary>"Now": used for generatedAt and for asOf when neither this nor the definition gives one.</summary>
        public Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;

        /// <summary>The formats of each client's pack; null: every format this version writes.</summary>
        public PackFormat? Formats { get; set; }

        internal PackFormat EffectiveFormats =>
            Formats ?? EvidencePackWriter.BuiltInRenderers.Aggregate((PackFormat)0, (all, r) => all | r.Format);
    }
}
