using System;
using System.Collections.Generic;
using System.Linq;

namespace DrAudit.Core.Model.Definition
{
    /// <summary>A client definition (<c>draudit/v1</c>) as loaded and validated: see client-definition.md.</summary>
    public sealed class ClientDefinition
    {
        public const string SupportedApiVersion = "draudit/v1";
        public static readonly Duration DefaultAuditWindow = Duration.FromDays(35);

        /// <summary>Full path of the YAML file this was read from.</summary>
        public string FilePath { get; set; } = "";
        /// <summary>The file's text exactly as read (saved into evidence packs).</summary>
        public string Text { get; set; } = "";
        public string ApiVersion { get; set; } = SupportedApiVersion;
        public ClientInfo Client { get; set; } = new ClientInfo();
        /// <summary>The audit's point in time as written; null means "now" (see <see cref="ResolveAsOf"/>).</summary>
        public DateTimeOffset? AsOf { get; set; }
        public Duration AuditWindow { get; set; } = DefaultAuditWindow;
        /// <summary>Every tier in force: the built-in ones (possibly overridden key by key) and any new ones.</summary>
        public Dictionary<string, TierTargets> Tiers { get; set; } = new Dictionary<string, TierTargets>(StringComparer.Ordinal);
        public List<Service> Services { get; set; } = new List<Service>();
        public List<Component> Components { get; set; } = new List<Component>();
        public List<SourceDefinition> Sources { get; set; } = new List<SourceDefinition>();
        public List<RestoreTest> RestoreTests { get; set; } = new List<RestoreTest>();
        /// <summary>Files the restore tests were read from (when given as <c>{path: ...}</c>); saved into packs.</summary>
        public List<string> RestoreTestFiles { get; set; } = new List<string>();
        public AccessDefinition? Access { get; set; }
        public RecoveryDefinition? Recovery { get; set; }
        public List<Exercise> Exercises { get; set; } = new List<Exercise>();
        public List<RiskException> Exceptions { get; set; } = new List<RiskException>();
        /// <summary>Discovered workloads deliberately not backed up (v1.1).</summary>
        public List<AccountedFor> AccountedFor { get; set; } = new List<AccountedFor>();
        /// <summary>Controls the client has chosen not to implement (v1.1).</summary>
        public List<NotImplementedEntry> NotImplemented { get; set; } = new List<NotImplementedEntry>();

        public DateTimeOffset ResolveAsOf(DateTimeOffset now) => AsOf ?? now;

        public Component? FindComponent(string id) => Components.FirstOrDefault(c => c.Id == id);
        public Service? FindService(string id) => Services.FirstOrDefault(s => s.Id == id);
        public SourceDefinition? FindSource(string id) => Sources.FirstOrDefault(s => s.Id == id);
    }
}
