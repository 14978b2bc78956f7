using System;
using System.Collections.Generic;
using System.Net;
using DrAudit.Core.Hosting;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Sources
{
    /// <summary>What a collector knows about the audit it collects for.</summary>
    public sealed class CollectionContext
    {
        public CollectionContext(DateTimeOffset asOf, Model.Duration auditWindow, IAuditHost host)
        {
            AsOf = asOf;
            AuditWindow = auditWindow;
            Host = host;
        }

        public DateTimeOffset AsOf { get; }
        public Model.Duration AuditWindow { get; }
        public IAuditHost Host { get; }

        /// <summary>Credentials the caller supplied per source id (a PSCredential, a resolved SecretManagement
        /// secret). A collector falls back to the source's <c>credential</c> environment variables. Never logged.</summary>
        public IDictionary<string, NetworkCredential> Credentials { get; } = new Dictionary<string, NetworkCredential>(StringComparer.Ordinal);

        /// <summary>When set, a live collector also saves every response it reads into this folder, in the layout its
        /// <c>capture:</c> mode reads back (Save-DrSourceCapture).</summary>
        public string? SaveCaptureTo { get; set; }

        /// <summary>The client definition being audited, when there is one: lets a collector attribute evidence to
        /// services (e.g. a Veeam SureBackup run to the services whose components it verified).</summary>
        public ClientDefinition? Definition { get; set; }

        /// <summary>Time allowed for one request to a live system (<see cref="SourceTimeouts"/> sets it per source).</summary>
        public TimeSpan RequestTimeout { get; set; } = SourceTimeouts.DefaultRequestTimeout;
    }
}
