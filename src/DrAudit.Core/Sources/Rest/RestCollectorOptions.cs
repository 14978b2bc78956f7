using System;
using DrAudit.Core.Sources.Http;

namespace DrAudit.Core.Sources.Rest
{
    /// <summary>How a REST collector talks to a server: the same settings for every such collector, each with its own page
    /// size. The defaults suit production; tests shorten the waits.</summary>
    public abstract class RestCollectorOptions
    {
        /// <param name="pageSize">The collector's default records per page.</param>
        protected RestCollectorOptions(int pageSize)
        {
            PageSize = pageSize;
        }

        /// <summary>Retries of a throttled or failed request (429, 5xx, timeouts), shared with the other live collectors.</summary>
        public RetryPolicy Retry { get; set; } = RetryPolicy.Default;

        /// <summary>Records per page (<c>limit</c>) of the paged lists.</summary>
        public int PageSize { get; set; }

        /// <summary>How far before the audit window's start sessions and restore points are read.</summary>
        public TimeSpan ReadBeforeWindow { get; set; } = TimeSpan.FromDays(1);

        /// <summary>"Now", for token expiry and the capture's time.</summary>
        public Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;
    }
}
