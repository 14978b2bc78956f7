using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json.Nodes;
using DrAudit.Collectors.M365;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Sources;
using DrAudit.Core.Tests.Simulators.Graph;

namespace DrAudit.Core.Tests.Sources.M365
{
    /// <summary>The real Azure.Identity credential that <see cref="M365CredentialFactory"/> builds signs in against a
    /// fake Entra token endpoint (the source's <c>authorityHost:</c>), and Graph then sees the token it was issued.</summary>
    public sealed class M365SignInTests
    {
        private const string JwtBearer = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

        private static SourceDefinition Source(GraphSimulator sim, EntraTokenSimulator entra)
        {
            var source = M365TestTenant.Source(sim);
            source.AuthorityHost = entra.AuthorityHost;
            return source;
        }

        private static SourceData Collect(SourceDefinition source, EntraTokenSimulator entra, NetworkCredential? supplied = null)
        {
            var options = M365TestTenant.Options();
            options.Credential = null;
            options.SignInTransport = entra.Transport();
            var context = M365TestTenant.Context(new RecordingHost());
            if (supplied != null) context.Credentials[source.Id] = supplied;
            return new M365SourceCollector(options).Collect(source, context, CancellationToken.None);
        }

        private static void AssertGraphSawOnly(GraphSimulator sim, string token)
        {
            Assert.NotEmpty(sim.Authorizations);
            Assert.All(sim.Authorizations, a => Assert.Equal("Bearer " + token, a));
        }

        [Fact]
        public async Task ClientSecretFromTheEnvironmentVariableNamedByCredentialEnvSignsIn()
        {
            await using var entra = new EntraTokenSimulator();
            await using var sim = M365TestTenant.Populate(new GraphSimulator());
            sim.AcceptedToken = entra.IssuedToken;
            var variable = "DRAUDIT_TEST_M365_SECRET_" + Guid.NewGuid().ToString("N");
            var secret = "Qx8~" + Guid.NewGuid().ToString("N");
            var source = Source(sim, entra);
            source.Credential = new CredentialReference { Env = variable };
            Environment.SetEnvironmentVariable(variable, secret);
            try
            {
                var data = Collect(source, entra);

                Assert.True(data.Ok, data.Error);
                Assert.NotEmpty(data.Inventory!.Jobs);
                var form = Assert.Single(entra.TokenRequests); // one sign-in, then the cached token for every Graph call
                Assert.Equal("client_credentials", form["grant_type"]);
                Assert.Equal(source.ClientId, form["client_id"]);
                Assert.Equal(secret, form["client_secret"]);
                Assert.Equal(sim.BaseUrl + "/.default", form["scope"]);
                Assert.False(form.ContainsKey("client_assertion"));
                Assert.Contains("POST /" + source.TenantId + "/oauth2/v2.0/token", entra.Requests);
                AssertGraphSawOnly(sim, entra.IssuedToken);
            }
            finally
            {
                Environment.SetEnvironmentVariable(variable, null);
            }
        }

        [Fact]
        public async Task CertificateFilePassedAsTheCredentialSignsInWithAnAssertionSignedByThatCertificate()
        {
            await using var entra = new EntraTokenSimulator();
            await using var sim = M365TestTenant.Populate(new GraphSimulator());
            sim.AcceptedToken = entra.IssuedToken;
            using var certificate = AppCertificate();
            var password = "pfx-" + Guid.NewGuid().ToString("N");
            var pfx = Path.Combine(Path.GetTempPath(), "draudit-signin-" + Guid.NewGuid().ToString("N") + ".pfx");
            File.WriteAllBytes(pfx, certificate.Export(X509ContentType.Pkcs12, password));
            try
            {
                var source = Source(sim, entra);
                var data = Collect(source, entra, new NetworkCredential(pfx, password));

                Assert.True(data.Ok, data.Error);
                var form = Assert.Single(entra.TokenRequests);
                Assert.Equal("client_credentials", form["grant_type"]);
                Assert.Equal(source.ClientId, form["client_id"]);
                Assert.Equal(sim.BaseUrl + "/.default", form["scope"]);
                Assert.Equal(JwtBearer, form["client_assertion_type"]);
                Assert.False(form.ContainsKey("client_secret"));
                var tokenEndpoint = entra.AuthorityHost + "/" + source.TenantId + "/oauth2/v2.0/token";
                AssertAssertionSignedBy(form["client_assertion"], certificate, source.ClientId!, tokenEndpoint);
                AssertGraphSawOnly(sim, entra.IssuedToken);
            }
            finally
            {
                File.Delete(pfx);
            }
        }

        [Fact]
        public async Task CertificateThumbprintFindsTheCertificateInTheUserStoreAndSignsInWithIt()
        {
            await using var entra = new EntraTokenSimulator();
            await using var sim = M365TestTenant.Populate(new GraphSimulator());
            sim.AcceptedToken = entra.IssuedToken;
            using var certificate = AppCertificate();
            using var persisted = X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null,
                X509KeyStorageFlags.Exportable | X509KeyStorageFlags.PersistKeySet);
            using var store = new X509Store(StoreName.My, StoreLocation.CurrentUser);
            store.Open(OpenFlags.ReadWrite);
            store.Add(persisted);
            try
            {
                var source = Source(sim, entra);
                source.CertificateThumbprint = string.Join(":", Enumerable.Range(0, certificate.Thumbprint.Length / 2)
                    .Select(i => certificate.Thumbprint.Substring(i * 2, 2).ToLowerInvariant()));
                var data = Collect(source, entra);

                Assert.True(data.Ok, data.Error);
                var form = Assert.Single(entra.TokenRequests);
                Assert.Equal(JwtBearer, form["client_assertion_type"]);
                var tokenEndpoint = entra.AuthorityHost + "/" + source.TenantId + "/oauth2/v2.0/token";
                AssertAssertionSignedBy(form["client_assertion"], certificate, source.ClientId!, tokenEndpoint);
                AssertGraphSawOnly(sim, entra.IssuedToken);
            }
            finally
            {
                store.Remove(persisted);
            }
        }

        [Fact]
        public void AThumbprintWithNoCertificateInAnyStoreFailsTheSourceSayingSo()
        {
            var source = new SourceDefinition { Id = "m365", Type = "m365", TenantId = "11111111-2222-3333-4444-555555555555",
                ClientId = "66666666-7777-8888-9999-000000000000", CertificateThumbprint = new string('a', 40) };

            var data = new DrAudit.Collectors.M365.M365SourceCollector().Collect(source,
                new CollectionContext(DateTimeOffset.UtcNow, DrAudit.Core.Model.Duration.FromDays(35), DrAudit.Core.Hosting.SilentAuditHost.Instance),
                CancellationToken.None);

            Assert.False(data.Ok);
            Assert.Contains("no certificate with thumbprint", data.Error);
        }

        [Theory]
        [InlineData(400)]
        [InlineData(401)]
        public async Task ARefusedSignInFailsTheSourceWithTheReasonAndNeverTheSecret(int status)
        {
            await using var entra = new EntraTokenSimulator { RefuseWith = status };
            await using var sim = M365TestTenant.Populate(new GraphSimulator());
            sim.AcceptedToken = entra.IssuedToken;
            var secret = "Zr7~" + Guid.NewGuid().ToString("N");
            var source = Source(sim, entra);

            var data = Collect(source, entra, new NetworkCredential("app", secret));

            Assert.False(data.Ok);
            Assert.Equal(SourceState.Failed, data.State);
            Assert.Equal(secret, Assert.Single(entra.TokenRequests)["client_secret"]);
            Assert.True(data.Error!.StartsWith("sign-in refused: Entra ID did not accept app " + source.ClientId + " for tenant " + source.TenantId
                + " (HTTP " + status.ToString(System.Globalization.CultureInfo.InvariantCulture) + " invalid_client: " + EntraTokenSimulator.RefusalDescription + ").", StringComparison.Ordinal), data.Error);
            Assert.DoesNotContain(secret, data.Error, StringComparison.Ordinal);
            Assert.Empty(sim.Requests); // Graph is never called without a token
        }

        [Theory]
        [InlineData("global", null, true)]
        [InlineData("usgov", null, true)]
        [InlineData("china", null, true)]
        [InlineData("global", "https://login.microsoftonline.us", true)]
        [InlineData("global", "https://LOGIN.windows.net/", true)]
        [InlineData("global", "https://login.contoso-sts.example", false)]
        [InlineData("global", "https://127.0.0.1:8443", false)]
        [InlineData("global", "https://login.microsoftonline.com:8443", false)]
        public void InstanceDiscoveryIsSkippedOnlyForAuthorityHostsOutsideMicrosoftsClouds(string cloud, string? authorityHost, bool microsoft)
        {
            Assert.Equal(microsoft, GraphCloud.For(cloud, null, authorityHost)!.IsMicrosoftAuthority);
        }

        /// <summary>The client assertion is a JWT whose header names the certificate by thumbprint, whose claims name
        /// the app and the token endpoint, and whose signature the certificate's public key verifies.</summary>
        private static void AssertAssertionSignedBy(string jwt, X509Certificate2 certificate, string clientId, string tokenEndpoint)
        {
            var parts = jwt.Split('.');
            Assert.Equal(3, parts.Length);
            var header = JsonNode.Parse(Base64Url(parts[0]))!.AsObject();
            var claims = JsonNode.Parse(Base64Url(parts[1]))!.AsObject();
            var sha1 = Base64UrlText(certificate.GetCertHash(HashAlgorithmName.SHA1));
            var sha256 = Base64UrlText(certificate.GetCertHash(HashAlgorithmName.SHA256));
            var x5t = header["x5t"]?.GetValue<string>();
            var x5tS256 = header["x5t#S256"]?.GetValue<string>();
            Assert.True(x5t != null || x5tS256 != null, "The assertion header names no certificate: " + header.ToJsonString());
            if (x5t != null) Assert.Equal(sha1, x5t);
            if (x5tS256 != null) Assert.Equal(sha256, x5tS256);
            Assert.Equal(clientId, claims["iss"]!.GetValue<string>());
            Assert.Equal(clientId, claims["sub"]!.GetValue<string>());
            Assert.Equal(tokenEndpoint, claims["aud"]!.GetValue<string>());

            var padding = header["alg"]!.GetValue<string>() switch
            {
                "RS256" => RSASignaturePadding.Pkcs1,
                "PS256" => RSASignaturePadding.Pss,
                var alg => throw new Xunit.Sdk.XunitException("Unexpected assertion algorithm " + alg),
            };
            using var key = certificate.GetRSAPublicKey()!;
            var signed = Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]);
            Assert.True(key.VerifyData(signed, Base64Url(parts[2]), HashAlgorithmName.SHA256, padding), "The assertion's signature does not verify with the certificate's public key.");
            using var stranger = RSA.Create(2048);
            Assert.False(stranger.VerifyData(signed, Base64Url(parts[2]), HashAlgorithmName.SHA256, padding));
        }

        private static X509Certificate2 AppCertificate()
        {
            using var key = RSA.Create(2048);
            var request = new CertificateRequest("CN=DrAudit sign-in test app", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
            return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null, X509KeyStorageFlags.Exportable);
        }

        private static byte[] Base64Url(string text)
        {
            var s = text.Replace('-', '+').Replace('_', '/');
            return Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '='));
        }

        private static string Base64UrlText(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
