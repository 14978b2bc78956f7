namespace DrAudit.Core.Model.Definition
{
    /// <summary>Where backup inventory comes from. Type-specific settings are validated by the loader.</summary>
    public sealed class SourceDefinition
    {
        public const string VeeamType = "veeam";
        public const string M365Type = "m365";
        public const string InventoryType = "inventory";
        /// <summary>Veeam Backup for Microsoft 365 through its REST API (a DrAudit extension of the contract's types).</summary>
        public const string Vb365Type = "vb365";

        public string Id { get; set; } = "";
        public string Type { get; set; } = "";
        public string? Url { get; set; }
        public CredentialReference? Credential { get; set; }
        public string? CertificateThumbprint { get; set; }
        public string? ApiVersion { get; set; }
        public string? TenantId { get; set; }
        public string? ClientId { get; set; }
        public string? Cloud { get; set; }
        public string? Endpoint { get; set; }
        public string? AuthorityHost { get; set; }
        /// <summary>vb365: the Microsoft 365 organization to read (its name, e.g. contoso.onmicrosoft.com, or its id), among
        /// the many tenants one server may protect.</summary>
        public string? Organization { get; set; }
        /// <summary>Absolute path (resolved against the definition's folder) of an inventory file or CSV folder.</summary>
        public string? Path { get; set; }
        /// <summary>Absolute path of a folder of saved responses, read instead of a live connection.</summary>
        public string? Capture { get; set; }
        /// <summary>Time allowed for one request to a live system (<c>requestTimeout</c>, a DrAudit extension); null: the default.</summary>
        public Duration? RequestTimeout { get; set; }
        /// <summary>Time allowed for reading the whole source (<c>deadline</c>, a DrAudit extension); null: the default.</summary>
        public Duration? Deadline { get; set; }
        public SourceLocation? Location { get; set; }
        /// <summary>Attested facts about the source's repositories (v1.1).</summary>
        public System.Collections.Generic.List<RepositoryAttestation> Repositories { get; set; } = new System.Collections.Generic.List<RepositoryAttestation>();
    }
}
