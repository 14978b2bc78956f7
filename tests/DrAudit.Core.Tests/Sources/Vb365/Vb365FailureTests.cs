using System.Net;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Sources;
using DrAudit.Core.Tests.Simulators;
using DrAudit.Core.Tests.Simulators.Veeam;
using DrAudit.Core.Tests.Simulators.Vb365;

namespace DrAudit.Core.Tests.Sources.Vb365
{
    /// <summary>Every way a live VB365 read can fail gives a Failed source with a clear reason (NoVisibility for what it
    /// would have shown), never an exception, never the password or a token.</summary>
    public class Vb365FailureTests
    {
        private static void AssertFailed(Vb365Rig rig, SourceData data, string reason)
        {
            Assert.Equal(SourceState.Failed, data.State);
            Assert.Null(data.Inventory);
            Assert.StartsWith("Veeam Backup for Microsoft 365 source 'vb365' (", data.Error);
            Assert.Contains(reason, data.Error);
            Assert.DoesNotContain(rig.Server.Password, data.Error);
            Assert.DoesNotContain("sim365-", data.Error);
            Assert.All(rig.Host.AllText(), t => Assert.DoesNotContain(rig.Server.Password, t));
        }

        [Fact]
        public async Task RefusedCredentialsAreAuthenticationRefused()
        {
            await using var rig = await Vb365Rig.StartAsync(Vb365Scenarios.Standard());
            var context = rig.Context();
            context.Credentials[Vb365Rig.SourceId] = new NetworkCredential(rig.Server.User, "wrong-" + rig.Server.Password);

            var data = rig.Collect(context: context);

            AssertFailed(rig, data, "authentication refused: the server did not accept the credentials of 'CONTOSO-MSP\\svc-draudit' (HTTP 400, invalid_grant: The user name or password is incorrect)");
            Assert.DoesNotContain("wrong-", data.Error);
            Assert.DoesNotContain(rig.Server.Requests, r => r.Method == "GET");
            var token = rig.Server.Requests.Single();
            Assert.Equal(("POST", "/v8/Token", "password"), (token.Method, token.PathAndQuery, token.GrantType));
        }

        [Fact]
        public async Task NoCredentialAnywhereSaysWhatToSetAndSendsNothing()
        {
            await using var rig = await Vb365Rig.StartAsync(Vb365Scenarios.Standard());
            var source = rig.Source();
            source.Credential = new DrAudit.Core.Model.Definition.CredentialReference { Env = "DRAUDIT_TEST_UNSET_VB365_USER", PasswordEnv = "DRAUDIT_TEST_UNSET_VB365_PASS" };

            var data = rig.Collect(source, rig.Context(withCredential: false));

            AssertFailed(rig, data, "no credential: set the environment variables DRAUDIT_TEST_UNSET_VB365_USER and DRAUDIT_TEST_UNSET_VB365_PASS");
            Assert.Empty(rig.Server.Requests);
        }

        [Fact]
        public async Task AnUnreachableServerIsReportedAsSuch()
        {
            await using var rig = await Vb365Rig.StartAsync(Vb365Scenarios.Standard());
            var source = rig.Source();
            source.Url = UnreachableLoopback.Url();

            var data = rig.Collect(source);

            AssertFailed(rig, data, "cannot connect");
            Assert.Contains(source.Url, data.Error);
        }

        [Fact]
        public async Task AnUnpinnedSelfSignedCertificateIsRefused()
        {
            await using var rig = await Vb365Rig.StartAsync(Vb365Scenarios.Standard());
            var source = rig.Source();
            source.CertificateThumbprint = null;

            var data = rig.Collect(source);

            AssertFailed(rig, data, "certificate");
            Assert.Empty(rig.Server.Requests);
        }

        [Fact]
        public async Task ThrottlingIsRetriedHonouringRetryAfter()
        {
            await using var rig = await Vb365Rig.StartAsync(Vb365Scenarios.Standard());
            rig.Server.Faults.Add(new SimFault { PathContains = "/v8/RestorePoints?", Times = 2, Status = 429, RetryAfter = "0.1" });

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            Assert.Equal(2, rig.Server.Requests.Count(r => r.PathAndQuery.StartsWith("/v8/RestorePoints?", StringComparison.Ordinal) && r.Status == 429));
            Assert.Contains(rig.Host.Verbose, v => v.Contains("HTTP 429") && v.Contains("retrying in 0.1 s"));
            Assert.NotEmpty(data.Inventory!.RestorePoints);
        }

        [Fact]
        public async Task ThrottlingBeyondTheRetryBudgetFailsTheSource()
        {
            await using var rig = await Vb365Rig.StartAsync(Vb365Scenarios.Standard());
            rig.Server.Faults.Add(new SimFault { PathContains = "/v8/JobSessions", Times = 100, Status = 429, RetryAfter = "30" });

            var data = rig.Collect();

            AssertFailed(rig, data, "HTTP 429");
        }

        [Fact]
        public async Task AnExpiredTokenIsRefreshedAndTheReadGoesOn()
        {
            await using var rig = await Vb365Rig.StartAsync(Vb365Scenarios.Standard());
            var now = Vb365Scenarios.AsOf;
            rig.Server.Clock = () => now;
            rig.Options.Clock = () => now;
            rig.Server.TokenLifetimeSeconds = 300;
            // Each answer takes a simulated minute: the token runs out several times during the read.
            rig.Server.AfterGet = () => now = now.AddMinutes(1);

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            Assert.Contains(rig.Server.Requests, r => r.GrantType == "refresh_token" && r.Status == 200);
            Assert.DoesNotContain(rig.Server.Requests, r => r.Method == "GET" && r.Status == 401);
        }

        [Fact]
        public async Task ATokenTheServerRevokedIsRenewedOnceOnA401()
        {
            await using var rig = await Vb365Rig.StartAsync(Vb365Scenarios.Standard());
            rig.Server.Faults.Add(new SimFault { PathContains = "/v8/BackupRepositories", Times = 1, Status = 401, Body = Vb365Simulator.Error("Authorization has been denied for this request.") });

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            Assert.Contains(rig.Server.Requests, r => r.GrantType == "refresh_token");
            Assert.Equal(2, rig.Server.Requests.Count(r => r.PathAndQuery == "/v8/BackupRepositories"));
        }

        [Fact]
        public async Task AnAccountWithoutRightsToARequiredCollectionFailsTheSourceSayingSo()
        {
            await using var rig = await Vb365Rig.StartAsync(Vb365Scenarios.Standard());
            rig.Server.Faults.Add(new SimFault { PathContains = "/v8/JobSessions", Times = int.MaxValue, Status = 403, Body = Vb365Simulator.Error("Access is denied.") });

            var data = rig.Collect();

            AssertFailed(rig, data, "GET /v8/JobSessions?endTimeLowerBound=");
            Assert.Contains("was refused (HTTP 403: Access is denied): the account may lack the rights to read it", data.Error);
        }

        [Fact]
        public async Task AnOptionalCollectionTheAccountMayNotReadStaysUnknown()
        {
            await using var rig = await Vb365Rig.StartAsync(Vb365Scenarios.Standard());
            rig.Server.Faults.Add(new SimFault { PathContains = "/v8/ObjectStorageRepositories", Times = int.MaxValue, Status = 403, Body = Vb365Simulator.Error("Access is denied.") });

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            var offsite = data.Inventory!.Repositories.Single(r => r.Name == "Offsite Wasabi");
            // Encryption is on the backup repository itself; where the bucket is and whether it is locked are unknown.
            Assert.Equal((true, (bool?)null, (int?)null), (offsite.Encrypted, offsite.Immutable, offsite.ImmutableDays));
            Assert.Null(offsite.Location);
            Assert.Contains(rig.Host.Verbose, v => v.Contains("the object storage repositories") && v.Contains("stays unknown"));
        }

        [Fact]
        public async Task AnOrganizationTheServerDoesNotHaveIsNamedWithoutListingTheOthers()
        {
            await using var rig = await Vb365Rig.StartAsync(Vb365Scenarios.Standard());

            var data = rig.Collect(rig.Source("northwind.onmicrosoft.com"));

            AssertFailed(rig, data, "the server has no organization 'northwind.onmicrosoft.com' that this account can see (it lists 2)");
            Assert.DoesNotContain("contoso", data.Error, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("fabrikam", data.Error, StringComparison.OrdinalIgnoreCase);
        }

        [Fact]
        public async Task AMalformedPageIsAMalformedResponse()
        {
            await using var rig = await Vb365Rig.StartAsync(Vb365Scenarios.Standard());
            rig.Server.Faults.Add(new SimFault { PathContains = "/v8/RestorePoints?", Times = 1, Status = 200, Body = "{\"offset\": 0, \"limit\": 7, \"items\": []}" });

            var data = rig.Collect();

            AssertFailed(rig, data, "malformed response: GET /v8/RestorePoints?organizationId=");
            Assert.Contains("has no 'results' list", data.Error);
        }
    }
}
