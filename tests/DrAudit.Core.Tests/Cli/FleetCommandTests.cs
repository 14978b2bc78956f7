using DrAudit.Core.Tests.Fleet;

namespace DrAudit.Core.Tests.Cli
{
    public sealed class FleetCommandTests : IDisposable
    {
        private readonly FleetFolder _fleet = new FleetFolder();

        public void Dispose() => _fleet.Dispose();

        [Fact]
        public void Fleet_prints_a_line_per_client_and_exits_one_when_a_client_failed()
        {
            _fleet.Healthy("alpha");
            _fleet.Broken("broken.yaml");

            var run = CliRun.Of("fleet", _fleet.Clients, "--out", _fleet.Out, "--throttle", "2");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("alpha: Audited, maturity ", run.Stdout, StringComparison.Ordinal);
            Assert.Contains("-> alpha/" + FleetFolder.AsOfDate, run.Stdout, StringComparison.Ordinal);
            Assert.Matches(@"broken\.yaml: Failed: .*broken\.yaml has 3 problem\(s\): .*unknown key 'servicez'", run.Stdout);
            Assert.Contains("2 clients: 1 audited (0 incomplete: a source could not be read), 1 failed.", run.Stdout, StringComparison.Ordinal);
            // The summary is dated by the run (no --as-of): today.
            Assert.Contains("Fleet summary: " + Path.Combine(_fleet.Out, "_fleet", DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), run.Stdout, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(_fleet.Out, "alpha", FleetFolder.AsOfDate, "readiness.json")));
        }

        /// <summary>The clients are audited and their packs written, then the summary cannot be written (here a file sits
        /// where its folder goes; a full disk is the same): the run says exactly that, exits 1 (a scheduler notices), and
        /// no longer says "nothing was audited" with exit 2 after listing the audited clients.</summary>
        [Fact]
        public void Fleet_whose_summary_cannot_be_written_says_so_and_keeps_the_clients_packs()
        {
            _fleet.Healthy("alpha");
            Directory.CreateDirectory(_fleet.Out);
            File.WriteAllText(Path.Combine(_fleet.Out, "_fleet"), "in the way");

            var run = CliRun.Of("fleet", _fleet.Clients, "--out", _fleet.Out);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("alpha: Audited, maturity ", run.Stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("nothing was audited", run.Stderr, StringComparison.Ordinal);
            Assert.Contains("draudit: the fleet summary was not written: ", run.Stderr, StringComparison.Ordinal);
            Assert.Contains("The packs of the clients audited above were written.", run.Stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("Fleet summary: ", run.Stdout, StringComparison.Ordinal);
            Assert.True(DrAudit.Core.Packs.EvidencePackVerifier.Verify(Path.Combine(_fleet.Out, "alpha", FleetFolder.AsOfDate)).Intact);
        }

        [Fact]
        public void Fleet_exits_zero_when_every_client_is_audited_and_says_what_changed_the_second_time()
        {
            _fleet.Healthy("alpha");
            Assert.Equal(0, CliRun.Of("fleet", _fleet.Clients, "--out", _fleet.Out).ExitCode);
            _fleet.Healthy("alpha", othersAttested: true);

            var second = CliRun.Of("fleet", _fleet.Clients, "--out", _fleet.Out);

            Assert.Equal(0, second.ExitCode);
            Assert.Contains("-> alpha/" + FleetFolder.AsOfDate + ".2 (since " + FleetFolder.AsOfDate + ": 0 new, 1 resolved)", second.Stdout, StringComparison.Ordinal);
        }

        [Fact]
        public void Fleet_sign_signs_every_clients_pack()
        {
            _fleet.Healthy("alpha");
            _fleet.Healthy("beta");
            using var certificate = Packs.Signing.TestCertificates.SelfSigned();
            var pfx = Packs.Signing.TestCertificates.SavePfx(certificate, Path.Combine(_fleet.Out + "-signing.pfx"), null);

            var run = CliRun.Of("fleet", _fleet.Clients, "--out", _fleet.Out, "--sign", pfx);

            Assert.Equal(0, run.ExitCode);
            foreach (var client in new[] { "alpha", "beta" })
            {
                var verification = DrAudit.Core.Packs.EvidencePackVerifier.Verify(Path.Combine(_fleet.Out, client, FleetFolder.AsOfDate));
                Assert.True(verification.Intact);
                Assert.Equal(certificate.Thumbprint, verification.Signature!.SignerThumbprint);
            }
            File.Delete(pfx);
        }

        [Theory]
        [InlineData("fleet")]
        [InlineData("fleet clients")]
        [InlineData("fleet clients --out out --throttle 0")]
        [InlineData("fleet clients --out out --throttle many")]
        [InlineData("fleet clients --out out --as-of yesterday")]
        public void Bad_fleet_arguments_are_exit_code_two_nothing_ran(string commandLine)
        {
            var run = CliRun.Of(commandLine.Split(' '));

            Assert.Equal(2, run.ExitCode);
            Assert.StartsWith("draudit: ", run.Stderr, StringComparison.Ordinal);
            Assert.False(Directory.Exists("out"));
        }

        [Fact]
        public void Fleet_with_no_client_definitions_is_exit_code_two()
        {
            var run = CliRun.Of("fleet", _fleet.Clients, "--out", _fleet.Out);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("No client definitions", run.Stderr, StringComparison.Ordinal);
        }

        [Fact]
        public void Compare_reports_the_changes_between_two_packs_as_text_or_json()
        {
            _fleet.Healthy("alpha");
            CliRun.Of("fleet", _fleet.Clients, "--out", _fleet.Out);
            _fleet.Healthy("alpha", othersAttested: true, canModify: true);
            CliRun.Of("fleet", _fleet.Clients, "--out", _fleet.Out);
            var older = Path.Combine(_fleet.Out, "alpha", FleetFolder.AsOfDate);
            var newer = older + ".2";

            var text = CliRun.Of("compare", older, newer);
            var json = CliRun.Of("compare", older, newer, "--json");

            Assert.Equal(0, text.ExitCode);
            Assert.Contains("Findings: 1 new, ", text.Stdout, StringComparison.Ordinal);
            Assert.Matches(@"(?m)^\s+new\s+E8-RB-06\s", text.Stdout);
            Assert.Matches(@"(?m)^\s+resolved\s+E8-RB-05\s", text.Stdout);
            Assert.Contains("E8-RB-06 (client): Effective -> Ineffective", text.Stdout, StringComparison.Ordinal);
            Assert.Equal(0, json.ExitCode);
            var parsed = Newtonsoft.Json.Linq.JObject.Parse(json.Stdout);
            Assert.Equal(FleetFolder.AsOfDate + ".2", (string)parsed["differencePack"]!);
            Assert.Equal(2, parsed["controls"]!.Count());
        }

        [Fact]
        public void Compare_refuses_a_missing_pack_and_packs_of_different_clients()
        {
            _fleet.Healthy("alpha");
            _fleet.Healthy("bravo");
            CliRun.Of("fleet", _fleet.Clients, "--out", _fleet.Out);

            var missing = CliRun.Of("compare", Path.Combine(_fleet.Out, "nope"), Path.Combine(_fleet.Out, "alpha", FleetFolder.AsOfDate));
            var different = CliRun.Of("compare", Path.Combine(_fleet.Out, "alpha", FleetFolder.AsOfDate), Path.Combine(_fleet.Out, "bravo", FleetFolder.AsOfDate));
            var one = CliRun.Of("compare", Path.Combine(_fleet.Out, "alpha", FleetFolder.AsOfDate));

            Assert.Equal(1, missing.ExitCode);
            Assert.Contains("no evidence pack", missing.Stderr, StringComparison.Ordinal);
            Assert.Equal(1, different.ExitCode);
            Assert.Contains("different clients", different.Stderr, StringComparison.Ordinal);
            Assert.Equal(1, one.ExitCode);
        }
    }
}
