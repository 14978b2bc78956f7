using System.Diagnostics;
using DrAudit.Core.Auditing;
using DrAudit.Core.Loading.Definition;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Sources;
using DrAudit.Core.Tests.Cli;
using DrAudit.Core.Tests.Loading.Definition;
using DrAudit.Core.Tests.Simulators;
using DrAudit.Core.Tests.Simulators.Veeam;
using DrAudit.Core.Tests.Sources.Veeam;

namespace DrAudit.Core.Tests.Sources
{
    /// <summary>
    /// A Veeam server on 127.0.0.1 that accepts every request and never answers: the audit still finishes, soon after
    /// the source's deadline, and the source is Failed with the reason, so what it would have evidenced is NoVisibility.
    /// </summary>
    public class SourceDeadlineTests : IDisposable
    {
        private readonly DefinitionFolder _folder = new DefinitionFolder();

        public void Dispose() => _folder.Dispose();

        private static async Task<VeeamRig> UnresponsiveServer()
        {
            var rig = await VeeamRig.StartAsync(VeeamScenarios.Standard());
            rig.Server.Faults.Add(new SimFault { PathContains = "/", Times = 1000, Delay = TimeSpan.FromMinutes(10) });
            return rig;
        }

        private string Client(VeeamRig rig, string limits) => _folder.Write("client.yaml",
            "apiVersion: draudit/v1\n" +
            "client: { id: acme, name: Acme }\n" +
            "asOf: 2026-11-01T00:00:00Z\n" +
            "sources:\n" +
            "  - id: " + VeeamRig.SourceId + "\n" +
            "    type: veeam\n" +
            "    url: " + rig.Server.Url + "\n" +
            "    certificateThumbprint: " + rig.Server.Sha256 + "\n" +
            limits +
            "components:\n" +
            "  - id: sql01\n" +
            "    name: SQL01\n" +
            "    kind: server\n" +
            "    backup: { match: [ { source: " + VeeamRig.SourceId + ", object: SQL01 } ] }\n" +
            "services:\n" +
            "  - id: pm\n" +
            "    name: Practice management\n" +
            "    tier: critical\n" +
            "    components: [sql01]\n");

        private static ReadinessResult Audit(VeeamRig rig, string path, SourceTimeouts? timeouts = null)
        {
            var options = new AuditOptions();
            if (timeouts != null) options.Timeouts = timeouts;
            options.Credentials[VeeamRig.SourceId] = new System.Net.NetworkCredential(rig.Server.User, rig.Server.Password);
            return ReadinessAuditor.Audit(path, options, new RecordingAuditHost(), CancellationToken.None);
        }

        private static void AssertStoppedByDeadline(ReadinessResult result, string deadline)
        {
            var source = Assert.Single(result.Sources);
            Assert.Equal(SourceState.Failed, source.Status);
            Assert.True(source.Error!.Contains("did not finish within its deadline of " + deadline), source.Error);
            var rb01 = result.EssentialEight.Controls.Single(c => c.Id == "E8-RB-01");
            Assert.Equal(Outcome.NoVisibility, rb01.Services.Single(s => s.Service == "pm").Outcome);
        }

        [Fact]
        public async Task Deadline_in_the_client_definition_stops_an_unresponsive_source()
        {
            await using var rig = await UnresponsiveServer();
            var path = Client(rig, "    requestTimeout: 10m\n    deadline: PT2S\n");
            var clock = Stopwatch.StartNew();

            var result = Audit(rig, path);

            // Not before the definition's 2 seconds, less the timer's own resolution (a cancellation timer may fire a
            // millisecond or so before a stopwatch says 2 s; one run measured 1.999 s).
            Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1.9), TimeSpan.FromSeconds(60));
            AssertStoppedByDeadline(result, "2 seconds");
        }

        [Fact]
        public async Task Deadline_given_by_the_caller_wins_over_the_definition()
        {
            await using var rig = await UnresponsiveServer();
            var path = Client(rig, "    deadline: 1h\n");
            var clock = Stopwatch.StartNew();

            var result = Audit(rig, path, new SourceTimeouts { Deadline = TimeSpan.FromSeconds(1) });

            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "the audit took " + clock.Elapsed);
            AssertStoppedByDeadline(result, "1 second");
        }

        [Fact]
        public async Task Request_timeout_fails_each_attempt_and_the_source_with_the_reason()
        {
            await using var rig = await UnresponsiveServer();
            var path = Client(rig, "    requestTimeout: PT1S\n");
            var data = rig.Collect(context: WithTimeout(rig, TimeSpan.FromSeconds(1)));

            Assert.Equal(SourceState.Failed, data.State);
            Assert.Contains("no answer within 1 s", data.Error);
            Assert.Equal(TimeSpan.FromSeconds(1), ClientDefinitionLoader.Load(path).Sources[0].RequestTimeout!.Value.Value);
        }

        private static CollectionContext WithTimeout(VeeamRig rig, TimeSpan timeout)
        {
            var context = rig.Context();
            context.RequestTimeout = timeout;
            return context;
        }

        [Theory]
        [InlineData("requestTimeout: 0m", "it must be longer than zero")]
        [InlineData("requestTimeout: 2h", "it may be at most 1 hour")]
        [InlineData("deadline: 2d", "it may be at most 24 hours")]
        [InlineData("deadline: soon", "expected a duration")]
        public void Time_limits_out_of_bounds_are_located_problems(string line, string message)
        {
            var result = _folder.Read(DefinitionFolder.Minimal + "sources:\n  - id: inv\n    type: inventory\n    path: x.json\n    " + line + "\n");

            var problem = DefinitionFolder.Single(result, "BadDuration");
            Assert.Equal((18, line.IndexOf(':') + 7), (problem.Line, problem.Column));
            Assert.Contains(message, problem.Message);
        }

        [Theory]
        [InlineData("--source-deadline", "0")]
        [InlineData("--source-deadline", "25h")]
        [InlineData("--request-timeout", "2h")]
        [InlineData("--request-timeout", "soon")]
        public void Time_limits_out_of_bounds_on_the_command_line_are_exit_code_one(string option, string value)
        {
            var run = CliRun.Of("audit", Auditing.EngineFixtures.GoodClient, "--out", Path.Combine(_folder.Path, "pack"), option, value);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains(option + " '" + value + "'", run.Stderr);
            Assert.False(Directory.Exists(Path.Combine(_folder.Path, "pack")));
        }

        [Fact]
        public async Task Command_line_deadline_stops_an_unresponsive_source_and_the_pack_is_still_written()
        {
            await using var rig = await UnresponsiveServer();
            var path = Client(rig, "    credential: { env: DRAUDIT_TEST_DEADLINE_USER, passwordEnv: DRAUDIT_TEST_DEADLINE_PASS }\n");
            Environment.SetEnvironmentVariable("DRAUDIT_TEST_DEADLINE_USER", rig.Server.User);
            Environment.SetEnvironmentVariable("DRAUDIT_TEST_DEADLINE_PASS", rig.Server.Password);
            try
            {
                var pack = Path.Combine(_folder.Path, "pack");
                var run = CliRun.Of("audit", path, "--out", pack, "--source-deadline", "2s", "--format", "json");

                Assert.Equal(4, run.ExitCode); // pack written, audit incomplete: the source ran out of time
                Assert.Contains("did not finish within its deadline of 2 seconds", File.ReadAllText(Path.Combine(pack, "readiness.json")));
            }
            finally
            {
                Environment.SetEnvironmentVariable("DRAUDIT_TEST_DEADLINE_USER", null);
                Environment.SetEnvironmentVariable("DRAUDIT_TEST_DEADLINE_PASS", null);
            }
        }
    }
}
