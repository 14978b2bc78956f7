using System;

namespace DrAudit.Core.Renewal
{
    /// <summary>Which client's packs a renewal reads, and over which period.</summary>
    public sealed class RenewalOptions
    {
        /// <summary>The client's id (its folder under <see cref="PackRoot"/>) or the client's folder of dated packs.</summary>
        public string Client { get; set; } = "";
        /// <summary>The folder fleet runs write to: <c>&lt;root&gt;/&lt;client id&gt;/&lt;yyyy-MM-dd&gt;/</c>.</summary>
        public string? PackRoot { get; set; }
        /// <summary>Start of the period; null: the first day of the month eleven months before <see cref="To"/>'s
        /// month, so the period is twelve calendar months.</summary>
        public DateTimeOffset? From { get; set; }
        /// <summary>End of the period; null: now.</summary>
        public DateTimeOffset? To { get; set; }
        public Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;
    }
}
