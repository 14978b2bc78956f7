using System;
using Azure.Identity;

namespace DrAudit.Collectors.M365
{
    /// <summary>Where Microsoft Graph and Entra sign-in live for a national cloud (<c>cloud:</c> global | usgov |
    /// usgovdod | china), with the source's <c>endpoint:</c> and <c>authorityHost:</c> overriding them.</summary>
    internal sealed class GraphCloud
    {
        private GraphCloud(string graphRoot, Uri authorityHost)
        {
            GraphRoot = graphRoot.TrimEnd('/');
            AuthorityHost = authorityHost;
        }

        /// <summary>Scheme and host of Graph, e.g. https://graph.microsoft.com (no version).</summary>
        public string GraphRoot { get; }
        public Uri AuthorityHost { get; }
        /// <summary>The v1.0 base URL requests go to.</summary>
        public string BaseUrl => GraphRoot + "/v1.0";
        /// <summary>The app-only scope: the Graph resource's .default.</summary>
        public string Scope => GraphRoot + "/.default";
        public string Host => new Uri(GraphRoot).Host;

        /// <summary>True when <see cref="AuthorityHost"/> is a sign-in host of Microsoft's public or national clouds on
        /// the standard HTTPS port. MSAL validates any other host by asking login.microsoftonline.com (instance
        /// discovery), which fails for a private authority or a test double; sign-in skips that step for them.</summary>
        public bool IsMicrosoftAuthority =>
            AuthorityHost.Port == 443 && Array.Exists(MicrosoftAuthorityHosts, h => string.Equals(h, AuthorityHost.Host, StringComparison.OrdinalIgnoreCase));

        /// <summary>Azure.Identity's cloud authority hosts, and the aliases MSAL knows for the same clouds.</summary>
        private static readonly string[] MicrosoftAuthorityHosts =
        {
            AzureAuthorityHosts.AzurePublicCloud.Host, AzureAuthorityHosts.AzureGovernment.Host, AzureAuthorityHosts.AzureChina.Host,
            "login.microsoft.com", "login.windows.net", "sts.windows.net", "login.usgovcloudapi.net", "login.partner.microsoftonline.cn",
        };

        /// <summary>The cloud named by <paramref name="cloud"/> (null: global); null for a name it does not know.</summary>
        public static GraphCloud? For(string? cloud, string? endpoint, string? authorityHost)
        {
            GraphCloud? known;
            switch ((cloud ?? "global").Trim().ToLowerInvariant())
            {
                case "global": known = new GraphCloud("https://graph.microsoft.com", AzureAuthorityHosts.AzurePublicCloud); break;
                case "usgov": known = new GraphCloud("https://graph.microsoft.us", AzureAuthorityHosts.AzureGovernment); break;
                case "usgovdod": known = new GraphCloud("https://dod-graph.microsoft.us", AzureAuthorityHosts.AzureGovernment); break;
                case "china": known = new GraphCloud("https://microsoftgraph.chinacloudapi.cn", AzureAuthorityHosts.AzureChina); break;
                default: return null;
            }
            var root = string.IsNullOrWhiteSpace(endpoint) ? known.GraphRoot : StripVersion(endpoint!.Trim());
            var authority = string.IsNullOrWhiteSpace(authorityHost) ? known.AuthorityHost : new Uri(authorityHost!.Trim());
            return new GraphCloud(root, authority);
        }

        /// <summary>"https://graph.microsoft.com/v1.0/" and "https://graph.microsoft.com" both give the root.</summary>
        private static string StripVersion(string endpoint)
        {
            var trimmed = endpoint.TrimEnd('/');
            return trimmed.EndsWith("/v1.0", StringComparison.OrdinalIgnoreCase) ? trimmed.Substring(0, trimmed.Length - 5) : trimmed;
        }
    }
}
