using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace DrAudit.Core.Tests.Simulators.Graph
{
    /// <summary>The Entra ID (v2.0) endpoints that MSAL, under Azure.Identity, calls for an app-only sign-in, on
    /// https://127.0.0.1 with a certificate made for the test: OpenID discovery and the token
    /// endpoint <c>/{tenant}/oauth2/v2.0/token</c>, which records each form it receives and answers with
    /// <see cref="IssuedToken"/> or, when <see cref="RefuseWith"/> is set, with an OAuth error. Only the handler from
    /// <see cref="Transport"/> trusts the certificate.</summary>
    public sealed class EntraTokenSimulator : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private readonly X509Certificate2 _tlsCertificate;

        public EntraTokenSimulator()
        {
            _tlsCertificate = CreateTlsCertificate();
            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseKestrelHttpsConfiguration();
            builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.UseHttps(_tlsCertificate)));
            builder.Logging.ClearProviders();
            _app = builder.Build();
            _app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", OpenIdConfiguration);
            _app.MapPost("/{tenant}/oauth2/v2.0/token", TokenAsync);
            _app.Map("/{**path}", (HttpContext http) => { Requests.Enqueue(http.Request.Method + " " + http.Request.Path); http.Response.StatusCode = 404; });
            _app.StartAsync().GetAwaiter().GetResult();
            AuthorityHost = _app.Urls.First().TrimEnd('/');
        }

        /// <summary>https://127.0.0.1:port: the source's <c>authorityHost:</c>.</summary>
        public string AuthorityHost { get; }
        /// <summary>The access token a successful sign-in gets.</summary>
        public string IssuedToken { get; } = "entra-sim-" + Guid.NewGuid().ToString("N");
        /// <summary>When set, the token endpoint answers with this status and <c>invalid_client</c>.</summary>
        public int? RefuseWith { get; set; }
        public const string RefusalDescription = "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.";

        /// <summary>Method and path of every request, in order.</summary>
        public ConcurrentQueue<string> Requests { get; } = new();
        /// <summary>The form fields of every token request, in order.</summary>
        public ConcurrentQueue<Dictionary<string, string>> TokenRequests { get; } = new();

        /// <summary>The certificate this simulator serves (a test trusts it in its own transport only).</summary>
        public X509Certificate2 TlsCertificate => _tlsCertificate;

        /// <summary>A handler for <c>M365CollectorOptions.SignInTransport</c> that connects to the host each request names,
        /// trusts this simulator's certificate and nothing else, and refuses (and records) any host but 127.0.0.1: a
        /// sign-in that asked login.microsoftonline.com for instance discovery would fail.</summary>
        public LoopbackOnlyHandler Transport() => new LoopbackOnlyHandler(_tlsCertificate);

        private IResult OpenIdConfiguration(HttpContext http, string tenant)
        {
            Requests.Enqueue(http.Request.Method + " " + http.Request.Path);
            var root = AuthorityHost + "/" + tenant;
            return Results.Json(new JsonObject
            {
                ["token_endpoint"] = root + "/oauth2/v2.0/token",
                ["authorization_endpoint"] = root + "/oauth2/v2.0/authorize",
                ["device_authorization_endpoint"] = root + "/oauth2/v2.0/devicecode",
                ["issuer"] = root + "/v2.0",
                ["token_endpoint_auth_methods_supported"] = new JsonArray("client_secret_post", "private_key_jwt", "client_secret_basic"),
                ["response_types_supported"] = new JsonArray("code", "id_token", "code id_token", "id_token token"),
                ["tenant_region_scope"] = "OC",
            });
        }

        private async Task<IResult> TokenAsync(HttpContext http, string tenant)
        {
            Requests.Enqueue(http.Request.Method + " " + http.Request.Path);
            var form = await http.Request.ReadFormAsync();
            TokenRequests.Enqueue(form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal));
            if (RefuseWith is int status)
            {
                return Results.Json(new JsonObject
                {
                    ["error"] = "invalid_client",
                    ["error_description"] = RefusalDescription + " Trace ID: 0d4c8b2e Correlation ID: 5b1f Timestamp: 2026-11-01 00:00:00Z",
                    ["error_codes"] = new JsonArray(7000215),
                    ["timestamp"] = "2026-11-01 00:00:00Z",
                    ["trace_id"] = "0d4c8b2e-0000-0000-0000-000000000000",
                    ["correlation_id"] = "5b1f0000-0000-0000-0000-000000000000",
                }, statusCode: status);
            }
            return Results.Json(new JsonObject { ["token_type"] = "Bearer", ["expires_in"] = 3599, ["ext_expires_in"] = 3599, ["access_token"] = IssuedToken });
        }

        /// <summary>A self-signed server certificate for 127.0.0.1, round-tripped through PKCS#12 so the TLS stack on
        /// every platform can use its private key.</summary>
        private static X509Certificate2 CreateTlsCertificate()
        {
            using var key = RSA.Create(2048);
            var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var names = new SubjectAlternativeNameBuilder();
            names.AddIpAddress(IPAddress.Loopback);
            names.AddDnsName("localhost");
            request.CertificateExtensions.Add(names.Build());
            request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(new OidCollection { new Oid("1.3.6.1.5.5.7.3.1") }, false));
            using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
            return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _tlsCertificate.Dispose();
        }
    }
}
