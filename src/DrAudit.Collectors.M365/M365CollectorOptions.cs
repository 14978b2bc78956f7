using System;
using System.Net.Http;
using Azure.Core;
using DrAudit.Core.Sources.Http;

namespace DrAudit.Collectors.M365
{
    /// <summary>How <see cref="M365SourceCollector"/> connects, for callers that construct it themselves (the core uses
    /// the defaults). Prompting can also be allowed per source through <c>CollectionContext.Credentials</c>: an entry for
    /// the source id with user name <see cref="M365CredentialFactory.DeviceCodeUserName"/> and no password.</summary>
    public sealed class M365CollectorOptions
    {
        /// <summary>Signs in instead of the source's certificate or secret (tests, or a caller that already holds one).</summary>
        public TokenCredential? Credential { get; set; }

        /// <summary>Sends Graph requests instead of the network (tests). Not used in capture mode.</summary>
        public HttpMessageHandler? Transport { get; set; }

        /// <summary>Sends Entra ID sign-in requests (token, discovery) instead of the network: tests only, so a fake token
        /// endpoint with a test certificate can be trusted by this transport alone. Certificate validation stays on.</summary>
        internal HttpMessageHandler? SignInTransport { get; set; }

        /// <summary>Allows device-code sign-in (the code is shown as a warning) when no certificate or secret is configured.</summary>
        public bool AllowPrompt { get; set; }

        /// <summary>Retries of a throttled or failed request (429, 5xx, timeouts), shared with the other live collectors.</summary>
        public RetryPolicy Retry { get; set; } = RetryPolicy.Default;

        /// <summary>Requests in flight at once while reading per-unit restore point history and per-user OneDrive lookups
        /// (Graph throttles an app per tenant; 429 answers are retried by <see cref="Retry"/>).</summary>
        public int Concurrency { get; set; } = 4;

        /// <summary>Requests spent at most on one protection unit's restore point history (Graph returns at most five points
        /// a request). A unit whose window needs more is read back as far as that allows, and a warning says so.</summary>
        public int MaxRestorePointRequestsPerUnit { get; set; } = 60;

        /// <summary>Users resolved per <c>/users?$filter=id in (...)</c> request (Graph allows 15 values in an <c>in</c>).</summary>
        public int UserBatchSize { get; set; } = 15;
    }
}
