using System;

namespace DrAudit.Core.Sources.Rest
{
    /// <summary>A REST source (or a capture of it) gave an answer DrAudit cannot use: credentials refused, an error status,
    /// a malformed body, a capture without the answer. The message is fit for a report and holds no secret; the collector
    /// puts the source's name in front of it.</summary>
    public sealed class RestSourceException : Exception
    {
        public RestSourceException(string message, Exception? inner = null) : base(message, inner) { }

        /// <summary>The request itself got no answer to use: the account may not read it (HTTP 403), the server has no such
        /// resource (HTTP 404), or a capture holds no response for it. Data the audit can do without is then left unknown;
        /// anything else about the source was fine.</summary>
        public bool Unanswered { get; set; }
    }
}
