using System;
using DrAudit.Core.Hosting;

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
    }
}
