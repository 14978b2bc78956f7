using System;
using DrAudit.Core.Sources.Http;

namespace DrAudit.Collectors.Veeam
{
    /// <summary>How the Veeam collector talks to a server. The defaults suit production; tests shorten the waits.</summary>
    public sealed class VeeamCollectorOptions
    {
        public RetryPolicy Retry { get; set; } = RetryPolicy.Default;
        /// <summary>Records per page (<c>limit</c>); the API's default in 1.3 is 200.</summary>
        public int PageSize { get; set; } = 200;
        /// <summary>How far before the audit window's start sessions and restore points are read (points just before the
        /// window may complete a synchronised set).</summary>
        public TimeSpan ReadBeforeWindow { get; set; } = TimeSpan.FromDays(1);
        /// <summary>"Now", for token expiry and the capture's time.</summary>
        public Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;
    }
}
