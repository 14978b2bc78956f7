using System;
using System.Collections.Generic;
using DrAudit.Core.Loading.Yaml;
using DrAudit.Core.Model;
using DrAudit.Core.Sources;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Loading.Definition
{
    /// <summary>Reads <c>sources</c>: where backup inventory comes from (client-definition.md "sources").</summary>
    internal static class SourceReader
    {
        private static readonly string[] Keys =
        {
            "id", "type", "url", "credential", "certificateThumbprint", "apiVersion", "tenantId", "clientId",
            "cloud", "endpoint", "authorityHost", "organization", "path", "capture", "repositories", "requestTimeout", "deadline",
        };
        private static readonly string[] RepositoryKeys =
        {
            "match", "location", "encrypted", "immutable", "immutableDays", "sharesProductionCredentials", "attestedBy", "attestedOn",
        };
        /// <summary>Every source type (shared with <see cref="Onboarding.SourceSpec"/>).</summary>
        internal static readonly string[] Types = { SourceDefinition.VeeamType, SourceDefinition.M365Type, SourceDefinition.Vb365Type, SourceDefinition.InventoryType };
        internal static readonly string[] Clouds = { "global", "usgov", "usgovdod", "china" };
        private static readonly string[] CredentialKeys = { "secret", "env", "passwordEnv" };

        public static void Read(DefinitionContext context, MappingFields top)
        {
            var items = top.List("sources", "a list of sources");
            if (items == null) return;
            foreach (var item in items)
            {
                var source = ReadOne(context, item);
                if (source != null) context.Definition.Sources.Add(source);
            }
        }

        private static SourceDefinition? ReadOne(DefinitionContext context, LocatedNode item)
        {
            var f = context.Yaml.Mapping(item, "a source", Keys);
            if (f == null) return null;
            var source = new SourceDefinition { Location = context.Yaml.Locate(item) };
            source.Id = f.Id("id", required: true) ?? "";
            if (source.Id.Length > 0) DefinitionContext.Claim(context.Yaml, context.Sources, source.Id, source, f.Value("id")!, "source");
            source.Type = f.OneOf("type", Types, required: true) ?? "";
            source.Url = Url(f, "url");
            source.CertificateThumbprint = f.Text("certificateThumbprint");
            source.ApiVersion = f.Text("apiVersion");
            source.TenantId = f.Text("tenantId");
            source.ClientId = f.Text("clientId");
            source.Cloud = f.OneOf("cloud", Clouds);
            source.Endpoint = Url(f, "endpoint");
            source.AuthorityHost = Url(f, "authorityHost");
            source.Organization = f.Text("organization");
            source.Path = PathValue(context, f, "path");
            source.Capture = PathValue(context, f, "capture");
            source.Credential = Credential(f);
            source.Repositories = Repositories(context, f);
            source.RequestTimeout = Timeout(f, "requestTimeout", SourceTimeouts.RequestTimeoutProblem);
            source.Deadline = Timeout(f, "deadline", SourceTimeouts.DeadlineProblem);

            var hasCapture = f.Value("capture") != null;
            switch (source.Type)
            {
                case SourceDefinition.InventoryType when f.Value("path") == null && !hasCapture:
                    f.Missing("path", "an inventory source needs path (or capture)");
                    break;
                case SourceDefinition.VeeamType when f.Value("url") == null && !hasCapture:
                    f.Missing("url", "a veeam source needs url (or capture)");
                    break;
                case SourceDefinition.Vb365Type:
                    if (f.Value("url") == null && !hasCapture) f.Missing("url", "a vb365 source needs url (or capture)");
                    // One server protects many tenants: the source must say whose data it audits, live or from a capture.
                    if (f.Value("organization") == null) f.Missing("organization", "a vb365 source needs organization: the Microsoft 365 organization's name (e.g. contoso.onmicrosoft.com) or id");
                    break;
                case SourceDefinition.M365Type when !hasCapture:
                    if (f.Value("tenantId") == null) f.Missing("tenantId", "an m365 source needs tenantId and clientId (or capture)");
                    if (f.Value("clientId") == null) f.Missing("clientId", "an m365 source needs tenantId and clientId (or capture)");
                    break;
            }
            return source;
        }

        /// <summary>A source's time limit (docs/limits.md): a duration longer than zero and no longer than its bound.</summary>
        private static Duration? Timeout(MappingFields f, string key, Func<TimeSpan, string?> problem)
        {
            var value = f.Duration(key);
            if (value == null) return null;
            if (problem(value.Value.Value) is string why)
            {
                f.Reader.Report(f.Value(key)!, "BadDuration", $"'{key}' is {value.Value}; {why}.");
                return null;
            }
            return value;
        }

        private static string? Url(MappingFields f, string key)
        {
            var node = f.Value(key);
            var text = node == null ? null : f.Reader.Text(node, key);
            if (text == null || node == null) return null;
            if (HasUserInfo(text))
            {
                f.Reader.Report(node, "CredentialInUrl", $"'{key}' carries a user name or password (user:password@host); DrAudit never takes credentials in a URL. " +
                    "Remove them and give the credential through credential: (an environment variable or a SecretManagement secret) or -Credential. The value is not shown.");
                return null;
            }
            if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
                return text;
            f.Reader.Report(node, "BadValue", $"'{key}' is {YamlValueReader.Show((LocatedScalar)node)}; expected an absolute http(s) URL such as https://vbr01.example.local:9419.");
            return null;
        }

        /// <summary>True when the URL's authority (between "scheme://" and the first '/', '?' or '#') holds an '@': a user
        /// name, or a user and password. Checked on the text, so even a URL that is otherwise malformed is never echoed.</summary>
        internal static bool HasUserInfo(string url)
        {
            var scheme = url.IndexOf("://", StringComparison.Ordinal);
            var start = scheme < 0 ? 0 : scheme + 3;
            var end = url.IndexOfAny(new[] { '/', '?', '#' }, start);
            var authority = end < 0 ? url.Substring(start) : url.Substring(start, end - start);
            return authority.IndexOf('@') >= 0 || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.UserInfo));
        }

        private static string? PathValue(DefinitionContext context, MappingFields f, string key)
        {
            var node = f.Value(key);
            var text = node == null ? null : f.Reader.Text(node, key);
            return text == null || node == null ? null : context.ResolvePath(node, text, key);
        }

        /// <summary>Reads <c>repositories</c> (v1.1): attested facts about repositories the source does not fully
        /// describe. Each entry names its repository, at least one fact, and who attested it when.</summary>
        private static System.Collections.Generic.List<RepositoryAttestation> Repositories(DefinitionContext context, MappingFields source)
        {
            var result = new System.Collections.Generic.List<RepositoryAttestation>();
            var items = source.List("repositories", "a list of attested repository facts");
            if (items == null) return result;
            foreach (var item in items)
            {
                var f = context.Yaml.Mapping(item, "an attested repository", RepositoryKeys);
                if (f == null) continue;
                var attestation = new RepositoryAttestation
                {
                    Match = f.Text("match", required: true) ?? "",
                    Location = f.Enum<Model.Inventory.RepositoryLocation>("location"),
                    Encrypted = f.Bool("encrypted"),
                    Immutable = f.Bool("immutable"),
                    ImmutableDays = f.WholeNumber("immutableDays"),
                    SharesProductionCredentials = f.Bool("sharesProductionCredentials"),
                    AttestedBy = f.Text("attestedBy", required: true) ?? "",
                    AttestedOn = f.Date("attestedOn", required: true) ?? default,
                    DefinedAt = context.Yaml.Locate(item),
                };
                var facts = new[] { "location", "encrypted", "immutable", "immutableDays", "sharesProductionCredentials" };
                if (!System.Linq.Enumerable.Any(facts, k => f.KeyNode(k) != null))
                    context.Yaml.Report(item, "MissingKey", "an attested repository states no fact; give at least one of " + string.Join(", ", facts) + ".");
                result.Add(attestation);
            }
            return result;
        }

        /// <summary>Reads <c>credential</c>: the names of a secret or of environment variables, never a secret itself.</summary>
        private static CredentialReference? Credential(MappingFields source)
        {
            var f = source.Mapping("credential", "a credential ({secret: name} or {env: VAR, passwordEnv: VAR})", CredentialKeys);
            if (f == null) return null;
            var credential = new CredentialReference
            {
                Secret = f.Text("secret"),
                Env = f.Text("env"),
                PasswordEnv = f.Text("passwordEnv"),
            };
            var hasSecret = f.Value("secret") != null;
            var hasEnv = f.Value("env") != null;
            if (hasSecret && (hasEnv || f.Value("passwordEnv") != null))
                f.Reader.Report(f.Node, "BadValue", "a credential names either a secret ({secret: name}) or environment variables ({env: VAR, passwordEnv: VAR}), not both.");
            else if (!hasSecret && !hasEnv)
                f.Missing("secret", "give {secret: name} or {env: VAR, passwordEnv: VAR}");
            return credential;
        }
    }
}
