using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;
using DrAudit.Core.Hosting;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Sources.Http;
using Microsoft.Identity.Client;

namespace DrAudit.Collectors.M365
{
    /// <summary>Builds the app-only credential an m365 source signs in with, in this order: a credential the caller
    /// injected; <c>certificateThumbprint</c> (CurrentUser\My, then LocalMachine\My); a certificate file passed as the
    /// source's credential (user name = path of a .pfx/.pem, password = its password); a client secret passed as the
    /// source's credential (password); a client secret in the environment variable named by <c>credential.env</c>;
    /// device code, only when prompting is allowed. Secrets are never logged. An <c>authorityHost</c> outside
    /// Microsoft's clouds signs in without instance discovery (see <see cref="GraphCloud.IsMicrosoftAuthority"/>).</summary>
    public static class M365CredentialFactory
    {
        /// <summary>User name of a <c>CollectionContext.Credentials</c> entry that allows device-code sign-in for the source.</summary>
        public const string DeviceCodeUserName = "devicecode";

        /// <summary>The credential, or null with <paramref name="problem"/> saying what is missing.</summary>
        internal static TokenCredential? Create(SourceDefinition source, NetworkCredential? supplied, GraphCloud cloud,
            M365CollectorOptions options, IAuditHost host, out string? problem)
        {
            problem = null;
            if (options.Credential != null) return options.Credential;
            var tenant = source.TenantId;
            var client = source.ClientId;
            if (string.IsNullOrWhiteSpace(tenant) || string.IsNullOrWhiteSpace(client))
            {
                problem = "an m365 source needs tenantId and clientId to sign in";
                return null;
            }
            var authority = SignInOptions(new ClientCertificateCredentialOptions(), cloud, options);
            authority.DisableInstanceDiscovery = !cloud.IsMicrosoftAuthority;
            if (!string.IsNullOrWhiteSpace(source.CertificateThumbprint))
            {
                var certificate = FindCertificate(source.CertificateThumbprint!, out problem);
                return certificate == null ? null : new ClientCertificateCredential(tenant, client, certificate, authority);
            }
            var userName = supplied?.UserName ?? "";
            var password = supplied?.Password ?? "";
            if (IsCertificateFile(userName))
            {
                if (!File.Exists(userName))
                {
                    problem = "the certificate file " + userName + " given for the source does not exist";
                    return null;
                }
                return password.Length == 0
                    ? new ClientCertificateCredential(tenant, client, userName, authority)
                    : new ClientCertificateCredential(tenant, client, new X509Certificate2(userName, password), authority);
            }
            var secretOptions = SignInOptions(new ClientSecretCredentialOptions(), cloud, options);
            secretOptions.DisableInstanceDiscovery = !cloud.IsMicrosoftAuthority;
            if (password.Length > 0) return new ClientSecretCredential(tenant, client, password, secretOptions);
            var env = source.Credential?.Env;
            if (!string.IsNullOrWhiteSpace(env))
            {
                var secret = Environment.GetEnvironmentVariable(env!);
                if (!string.IsNullOrEmpty(secret)) return new ClientSecretCredential(tenant, client, secret, secretOptions);
                problem = "the environment variable " + env + " named by credential.env holds no client secret";
                return null;
            }
            if (options.AllowPrompt || string.Equals(userName, DeviceCodeUserName, StringComparison.OrdinalIgnoreCase))
            {
                var deviceOptions = SignInOptions(new DeviceCodeCredentialOptions(), cloud, options);
                deviceOptions.DisableInstanceDiscovery = !cloud.IsMicrosoftAuthority;
                deviceOptions.TenantId = tenant;
                deviceOptions.ClientId = client;
                deviceOptions.DeviceCodeCallback = (code, _) =>
                {
                    host.WriteWarning("Sign in for source '" + source.Id + "': " + code.Message);
                    return System.Threading.Tasks.Task.CompletedTask;
                };
                return new DeviceCodeCredential(deviceOptions);
            }
            problem = source.Credential?.Secret != null
                ? "the secret '" + source.Credential.Secret + "' named by credential.secret was not supplied (resolve it with SecretManagement or pass -Credential)"
                : "no certificateThumbprint, client secret or credential is configured, and prompting is not allowed";
            return null;
        }

        /// <summary>Why signing in failed, for the report: "sign-in refused" with Entra ID's error code and description when
        /// the token endpoint answered with an error (a wrong secret, an unknown certificate or app), otherwise what stopped
        /// the sign-in (the authority cannot be reached). Entra ID never echoes a secret, and this adds none.</summary>
        internal static string DescribeFailure(AuthenticationFailedException e, SourceDefinition source)
        {
            if (e.InnerException is MsalServiceException refused)
            {
                var status = refused.StatusCode > 0 ? "HTTP " + refused.StatusCode.ToString(CultureInfo.InvariantCulture) + " " : "";
                return "sign-in refused: Entra ID did not accept app " + source.ClientId + " for tenant " + source.TenantId + " (" + status
                    + refused.ErrorCode + ": " + Shorten(ServerDescription(refused.Message)) + "). Check the client secret or certificate registered for the app.";
            }
            return "signing in to Entra ID as app " + source.ClientId + " failed: " + Shorten(e.Message);
        }

        /// <summary>Entra ID's own error description, which MSAL appends to its advice for some error codes.</summary>
        private static string ServerDescription(string message)
        {
            const string marker = "Original exception: ";
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            return at < 0 ? message : message.Substring(at + marker.Length);
        }

        /// <summary>The message on one line, without Azure.Identity's troubleshooting link or Entra ID's trace ids.</summary>
        private static string Shorten(string message)
        {
            var lines = message.Split(new[] { '\r', '\n' }, StringSplitOptions.RemoveEmptyEntries)
                .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("See the troubleshooting guide", StringComparison.Ordinal));
            var text = string.Join(" ", lines);
            var trace = text.IndexOf(" Trace ID:", StringComparison.Ordinal);
            if (trace > 0) text = text.Substring(0, trace);
            return text.Length > 400 ? text.Substring(0, 400) + "..." : text;
        }

        /// <summary>Points <paramref name="credentialOptions"/> at the cloud's authority host, through the test transport when one is set.</summary>
        private static T SignInOptions<T>(T credentialOptions, GraphCloud cloud, M365CollectorOptions options) where T : TokenCredentialOptions
        {
            credentialOptions.AuthorityHost = cloud.AuthorityHost;
            if (options.SignInTransport != null) credentialOptions.Transport = new HttpClientTransport(options.SignInTransport);
            return credentialOptions;
        }

        private static bool IsCertificateFile(string path) =>
            path.EndsWith(".pfx", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".p12", StringComparison.OrdinalIgnoreCase)
            || path.EndsWith(".pem", StringComparison.OrdinalIgnoreCase);

        /// <summary>The certificate with a private key whose thumbprint is <paramref name="thumbprint"/>, from the current
        /// user's personal store, then the machine's.</summary>
        private static X509Certificate2? FindCertificate(string thumbprint, out string? problem)
        {
            problem = null;
            if (!CertificateThumbprint.TryParse(thumbprint, out var wanted) || wanted == null)
            {
                problem = "certificateThumbprint '" + thumbprint + "' is not a SHA-1 or SHA-256 thumbprint";
                return null;
            }
            foreach (var location in new[] { StoreLocation.CurrentUser, StoreLocation.LocalMachine })
            {
                try
                {
                    using (var store = new X509Store(StoreName.My, location))
                    {
                        store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
                        foreach (var certificate in store.Certificates)
                        {
                            if (wanted.Matches(certificate) && certificate.HasPrivateKey) return certificate;
                        }
                    }
                }
                catch (System.Security.Cryptography.CryptographicException)
                {
                    // The store does not exist for this user or machine: try the next one.
                }
            }
            problem = "no certificate with thumbprint " + wanted.Hex + " and its private key is in the CurrentUser or LocalMachine personal store";
            return null;
        }
    }
}
