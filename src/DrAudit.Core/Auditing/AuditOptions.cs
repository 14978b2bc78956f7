using System;
using System.Collections.Generic;
using System.Net;
using DrAudit.Core.Sources;

namespace DrAudit.Core.Auditing
{
    /// <summary>How an audit is run.</summary>
    public sealed class AuditOptions
    {
        /// <summary>The audit's point in time; overrides the definition's <c>asOf</c>. Null: the definition's, else now.</summary>
        public DateTimeOffset? AsOf { get; set; }

        /// <summary>"Now": used for asOf when neither the options nor the definition give one, and for generatedAt.</summary>
        public Func<DateTimeOffset> Clock { get; set; } = () => DateTimeOffset.UtcNow;

        /// <summary>How long each live source may take; values set here win over each source's own <c>requestTimeout</c> and <c>deadline</c>.</summary>
        public SourceTimeouts Timeouts { get; set; } = new SourceTimeouts();

        /// <summary>Credentials per source id (from -Credential, -SourceCredential or a resolved SecretManagement secret),
        /// handed to the collectors. Never logged or saved.</summary>
        public IDictionary<string, NetworkCredential> Credentials { get; } = new Dictionary<string, NetworkCredential>(StringComparer.Ordinal);
    }
}
