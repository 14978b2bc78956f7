using System;

namespace DrAudit.Core.Sources.Http
{
    /// <summary>How a live collector retries a request the server could not serve yet (429, 5xx, a timeout, a dropped
    /// connection): exponential backoff from <see cref="BaseDelay"/>, or the server's Retry-After when it gives one, until
    /// <see cref="MaxRetries"/> or the total wait <see cref="Budget"/> is used up.</summary>
    public sealed class RetryPolicy
    {
        public static RetryPolicy Default { get; } = new RetryPolicy();

        public int MaxRetries { get; set; } = 5;
        /// <summary>Retries when no connection could be made at all (a server that is down rarely comes back within seconds).</summary>
        public int MaxConnectionRetries { get; set; } = 2;
        public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);
        /// <summary>The longest single wait when the server gives no Retry-After.</summary>
        public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);
        /// <summary>The most time all waits of one request may add up to; a Retry-After beyond it fails the request.</summary>
        public TimeSpan Budget { get; set; } = TimeSpan.FromMinutes(2);

        /// <summary>The wait before retry number <paramref name="retry"/> (1-based), or null when the policy gives up.</summary>
        public TimeSpan? NextDelay(int retry, TimeSpan? retryAfter, TimeSpan waitedSoFar)
        {
            if (retry > MaxRetries) return null;
            TimeSpan delay;
            if (retryAfter.HasValue)
            {
                delay = retryAfter.Value < TimeSpan.Zero ? TimeSpan.Zero : retryAfter.Value;
            }
            else
            {
                var factor = Math.Pow(2, Math.Min(retry - 1, 20));
                var ticks = Math.Min(BaseDelay.Ticks * factor, MaxDelay.Ticks);
                delay = TimeSpan.FromTicks((long)ticks);
            }
            return waitedSoFar + delay > Budget ? (TimeSpan?)null : delay;
        }
    }
}
