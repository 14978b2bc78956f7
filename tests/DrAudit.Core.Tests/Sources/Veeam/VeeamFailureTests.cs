using System.Diagnostics;
using System.Net;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Simulators;
using DrAudit.Core.Tests.Simulators.Veeam;

namespace DrAudit.Core.Tests.Sources.Veeam
{
    /// <summary>Every way a live read can fail gives a Failed source with a clear reason, never an exception, never the password.</summary>
    public class VeeamFailureTests
    {
        private static void AssertFailed(VeeamRig rig, DrAudit.Core.Sources.SourceData data, string reason)
        {
            Assert.Equal(SourceState.Failed, data.State);
            Assert.Null(data.Inventory);
            Assert.StartsWith("Veeam source 'veeam-main' (" + rig.Server.Url, data.Error);
            Assert.Contains(reason, data.Error);
            Assert.DoesNotContain(rig.Server.Password, data.Error);
            Assert.DoesNotContain("sim-access-", data.Error);
            Assert.All(rig.Host.AllText(), t => Assert.DoesNotContain(rig.Server.Password, t));
        }

        [Fact]
        public async Task RefusedCredentialsAreAuthenticationRefused()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());
            var context = rig.Context();
            context.Credentials[VeeamRig.SourceId] = new NetworkCredential(rig.Server.User, "wrong-" + rig.Server.Password);

            var data = rig.Collect(context: context);

            AssertFailed(rig, data, "authentication refused: the server did not accept the credentials of 'CONTOSO\\svc-draudit' (HTTP 401, Unauthorized");
            Assert.DoesNotContain("wrong-", data.Error);
        }

        [Fact]
        public async Task NoCredentialAnywhereSaysWhatToSet()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());
            var source = rig.Source();
            source.Credential = new DrAudit.Core.Model.Definition.CredentialReference { Env = "DRAUDIT_TEST_UNSET_USER_7", PasswordEnv = "DRAUDIT_TEST_UNSET_PASS_7" };

            var data = rig.Collect(source, rig.Context(withCredential: false));

            AssertFailed(rig, data, "no credential: set the environment variables DRAUDIT_TEST_UNSET_USER_7 and DRAUDIT_TEST_UNSET_PASS_7");
            Assert.Empty(rig.Server.Requests);
        }

        [Fact]
        public async Task CredentialsComeFromTheNamedEnvironmentVariables()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());
            var source = rig.Source();
            source.Credential = new DrAudit.Core.Model.Definition.CredentialReference { Env = "DRAUDIT_TEST_VBR_USER_8", PasswordEnv = "DRAUDIT_TEST_VBR_PASS_8" };
            Environment.SetEnvironmentVariable("DRAUDIT_TEST_VBR_USER_8", rig.Server.User);
            Environment.SetEnvironmentVariable("DRAUDIT_TEST_VBR_PASS_8", rig.Server.Password);
            try
            {
                var data = rig.Collect(source, rig.Context(withCredential: false));

                Assert.True(data.Ok, data.Error);
            }
            finally
            {
                Environment.SetEnvironmentVariable("DRAUDIT_TEST_VBR_USER_8", null);
                Environment.SetEnvironmentVariable("DRAUDIT_TEST_VBR_PASS_8", null);
            }
        }

        [Fact]
        public async Task ASelfSignedCertificateWithoutAPinIsRefused()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());

            var data = rig.Collect(rig.Source(thumbprint: null));

            AssertFailed(rig, data, "the server's TLS certificate is not trusted");
            Assert.Contains("SHA-256 " + rig.Server.Sha256, data.Error);
            Assert.Empty(rig.Server.Requests); // nothing, not even the password, went over the refused connection
        }

        [Fact]
        public async Task AThumbprintMismatchIsRefused()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());
            using var other = SimulatorCertificate.Create("CN=someone-else");

            var data = rig.Collect(rig.Source(thumbprint: other.GetCertHashString(System.Security.Cryptography.HashAlgorithmName.SHA256)));

            AssertFailed(rig, data, "does not match certificateThumbprint");
            Assert.Contains("TLS", data.Error);
            Assert.Empty(rig.Server.Requests);
        }

        [Theory]
        [InlineData("sha1-colons-lower")]
        [InlineData("sha256-upper")]
        public async Task AMatchingThumbprintIsAcceptedInAnyCaseWithColons(string form)
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());
            var thumbprint = form == "sha256-upper" ? rig.Server.Sha256.ToUpperInvariant()
                : string.Join(":", Enumerable.Range(0, 20).Select(i => rig.Server.Sha1.Substring(i * 2, 2))).ToLowerInvariant();

            var data = rig.Collect(rig.Source(thumbprint: thumbprint));

            Assert.True(data.Ok, data.Error);
        }

        [Fact]
        public async Task AnUnreachableServerIsReportedAsSuch()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());
            var source = rig.Source();
            source.Url = UnreachableLoopback.Url();

            var data = rig.Collect(source);

            Assert.Equal(SourceState.Failed, data.State);
            Assert.Contains("cannot connect", data.Error);
            Assert.Contains("after 3 attempts", data.Error); // two connection retries by default
        }

        [Fact]
        public async Task ThrottlingIsRetriedHonouringAFractionalRetryAfter()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());
            rig.Server.Faults.Add(new SimFault { PathContains = "/api/v1/jobs?", Times = 2, Status = 429, RetryAfter = "0.15" });
            var clock = Stopwatch.StartNew();

            var data = rig.Collect();

            Assert.True(data.Ok, data.Error);
            Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(300), "waited " + clock.Elapsed);
            Assert.Equal(3, rig.Server.Requests.Count(r => r.PathAndQuery.StartsWith("/api/v1/jobs?", StringComparison.Ordinal)));
            Assert.Contains(rig.Host.Verbose, v => v.Contains("HTTP 429") && v.Contains("retrying in 0.15 s"));
        }

        [Fact]
        public async Task ThrottlingBeyondTheRetryBudgetFailsTheSource()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());
            rig.Server.Faults.Add(new SimFault { PathContains = "/api/v1/sessions", Times = 100, Status = 429, RetryAfter = "30" });

            var data = rig.Collect();

            AssertFailed(rig, data, "HTTP 429");
            Assert.Contains("the server asked to wait 30 s, beyond the retry budget of 2 s", data.Error);
        }

        [Fact]
        public async Task ServiceUnavailableAndServerErrorsAreRetriedThenReported()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());
            rig.Server.Faults.Add(new SimFault { PathContains = "/api/v1/backups?", Times = 1, Status = 503 });
            rig.Server.Faults.Add(new SimFault { PathContains = "/api/v1/backups?", Times = 1, Status = 500 });

            var recovered = rig.Collect();
            Assert.True(recovered.Ok, recovered.Error);

            rig.Server.Faults.Add(new SimFault { PathContains = "/api/v1/backupInfrastructure", Times = 100, Status = 500, Body = VeeamSimulator.Error("UnknownError", "Database is unavailable.") });
            var failed = rig.Collect();
            AssertFailed(rig, failed, "GET /api/v1/backupInfrastructure/repositories?skip=0&limit=50 failed: HTTP 500 Internal Server Error after 5 attempts");
        }

        [Fact]
        public async Task ASlowServerTimesOut()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());
            rig.RequestTimeout = TimeSpan.FromMilliseconds(300);
            rig.Options.Retry.MaxRetries = 1;
            rig.Server.Faults.Add(new SimFault { PathContains = "/api/v1/jobs/states", Times = 2, Delay = TimeSpan.FromSeconds(5) });

            var data = rig.Collect();

            AssertFailed(rig, data, "GET /api/v1/jobs/states?skip=0&limit=50 failed: no answer within 0.3 s after 2 attempts");
        }

        [Fact]
        public async Task ASlowAnswerWithinTheTimeoutIsRead()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());
            rig.RequestTimeout = TimeSpan.FromSeconds(3);
            rig.Server.Faults.Add(new SimFault { PathContains = "/api/v1/jobs/states", Times = 1, Delay = TimeSpan.FromMilliseconds(200) });

            Assert.True(rig.Collect().Ok);
        }

        [Fact]
        public async Task CancellationStopsAnAnswerInProgress()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());
            rig.Server.Faults.Add(new SimFault { PathContains = "/api/v1/jobs/states", Times = 1, Delay = TimeSpan.FromSeconds(20) });
            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
            var clock = Stopwatch.StartNew();

            Assert.ThrowsAny<OperationCanceledException>(() => rig.Collect(cancellation: cancel.Token));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10));
        }

        [Theory]
        [InlineData("{\"data\": [", "is not valid JSON")]
        [InlineData("{\"items\": []}", "has no 'data' list")]
        [InlineData("{\"data\": [{\"name\": \"no id\"}]}", "malformed response: a job has no 'id' text")]
        public async Task AMalformedBodyIsAMalformedResponse(string body, string reason)
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());
            rig.Server.Faults.Add(new SimFault { PathContains = "/api/v1/jobs?", Times = 1, Status = 200, Body = body });

            var data = rig.Collect();

            AssertFailed(rig, data, reason);
            Assert.Contains("malformed response", data.Error);
        }

        [Fact]
        public async Task ABadTimestampIsAMalformedResponse()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());
            rig.Server.Faults.Add(new SimFault { PathContains = "/api/v1/sessions?", Times = 1, Status = 200,
                Body = "{\"data\":[{\"id\":\"s1\",\"jobId\":\"j-sql\",\"sessionType\":\"BackupJob\",\"creationTime\":\"yesterday\",\"state\":\"Stopped\",\"result\":{\"result\":\"Success\"}}],\"pagination\":{\"total\":1,\"count\":1}}" });

            var data = rig.Collect();

            AssertFailed(rig, data, "malformed response: session s1 has 'creationTime' \"yesterday\", which is not a date-time");
        }

        [Fact]
        public async Task AnErrorStatusOnAListIsReportedWithTheServersMessage()
        {
            await using var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());
            rig.Server.Faults.Add(new SimFault { PathContains = "/api/v1/backups?", Times = 1, Status = 403, Body = VeeamSimulator.Error("AccessDenied", "Insufficient rights.") });

            var data = rig.Collect();

            AssertFailed(rig, data, "GET /api/v1/backups?skip=0&limit=50 was refused (HTTP 403, AccessDenied: Insufficient rights)");
        }
    }
}
