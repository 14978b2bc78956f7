using System;
using DrAudit.Core.Sources.Http;

namespace DrAudit.Collectors.Vb365
{
    /// <summary>How the vb365 collector talks to a server. The defaults suit production; tests shorten the waits.</summary>
    public sealed class Vb365CollectorOptions
    {
        /// <summary>Retries of a throttled or failed request (429, 5xx, timeouts), shared with the other live collectors.</summary>
        public RetryPolicy Retry { get; set; } = RetryPolicy.Default;
        /// <summary>Records per page (<c>limit</c>) of the paged collections.</summary>
        public int PageSize { get; set; } = 100;
        /// <summary>How far before the audit window's start sessions and restore points are read.</summary>
        public TimeSpan ReadBeforeWindow { get; set; } = TimeSpan.FromDays(1);
        /// <summary>"Now", for token expiry and the capture's time.</summary>
        public Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;
    }
}
