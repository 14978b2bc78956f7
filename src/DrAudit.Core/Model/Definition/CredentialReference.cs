namespace DrAudit.Core.Model.Definition
{
    /// <summary>Names where a credential lives; never the credential itself.</summary>
    public sealed class CredentialReference
    {
        /// <summary>A SecretManagement secret name.</summary>
        public string? Secret { get; set; }
        /// <summary>Environment variable holding the user name (or client secret for m365).</summary>
        public string? Env { get; set; }
        /// <summary>Environment variable holding the password.</summary>
        public string? PasswordEnv { get; set; }
    }
}
