using DrAudit.Core.Fleet;
using DrAudit.Core.Tests.Cli;

namespace DrAudit.Core.Tests.Fleet
{
    /// <summary>
    /// One hostile client must not take the fleet down: 20,000 nested brackets (which overflowed the stack and killed
    /// the whole process), an alias bomb, a client file that is a link to /dev/zero. The others still get their packs,
    /// the hostile ones are listed as failed with a located reason, and the fleet summary is written.
    /// </summary>
    public sealed class HostileFleetTests : IDisposable
    {
        private readonly FleetFolder _fleet = new FleetFolder();

        public void Dispose() => _fleet.Dispose();

        private void HostileFleet()
        {
            _fleet.Healthy("alpha");
            _fleet.Healthy("bravo");
            File.WriteAllText(Path.Combine(_fleet.Clients, "deep.yaml"), "apiVersion: draudit/v1\nclient: " + new string('[', 20_000) + "\n");
            File.WriteAllText(Path.Combine(_fleet.Clients, "bomb.yaml"), "apiVersion: draudit/v1\n" + string.Concat(Enumerable.Range(0, 7).Select(i =>
                (char)('a' + i) + ": &" + (char)('a' + i) + " [" + string.Join(",", Enumerable.Repeat(i == 0 ? "x" : "*" + (char)('a' + i - 1), 10)) + "]\n")));
            if (!OperatingSystem.IsWindows()) File.CreateSymbolicLink(Path.Combine(_fleet.Clients, "zero.yaml"), "/dev/zero");
        }

        [Fact]
        public void Hostile_clients_fail_alone_and_the_fleet_summary_is_written()
        {
            HostileFleet();

            var run = FleetAuditor.Run(new[] { _fleet.Clients },
                new FleetAuditOptions { OutputRoot = _fleet.Out, ThrottleLimit = 2, Clock = () => FleetFolder.GeneratedAt },
                new Sources.RecordingAuditHost(), null, CancellationToken.None);

            Assert.Equal(FleetOutcome.SomeFailed, run.Outcome);
            Assert.Equal(FleetClientStatus.Audited, run.Clients.Single(c => c.ClientId == "alpha").Status);
            Assert.Equal(FleetClientStatus.Audited, run.Clients.Single(c => c.ClientId == "bravo").Status);
            var failed = run.Clients.Where(c => c.Status == FleetClientStatus.Failed).ToDictionary(c => Path.GetFileName(c.Definition)!, c => c.Error!);
            Assert.Contains("deep.yaml:2:", failed["deep.yaml"]);
            Assert.Contains("nested more than 64 deep", failed["deep.yaml"]);
            Assert.Contains("more than 1,000,000 values", failed["bomb.yaml"]);
            if (!OperatingSystem.IsWindows()) Assert.Contains("not a regular file", failed["zero.yaml"]);
            Assert.True(File.Exists(Path.Combine(_fleet.Out, "alpha", FleetFolder.AsOfDate, "manifest.json")));
            Assert.True(File.Exists(Path.Combine(_fleet.Out, "bravo", FleetFolder.AsOfDate, "manifest.json")));
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(_fleet.Out, "_fleet"), "*.json", SearchOption.AllDirectories));
            Assert.DoesNotContain(Directory.GetDirectories(_fleet.Out, "*", SearchOption.AllDirectories), d => Path.GetFileName(d).StartsWith(".", StringComparison.Ordinal));
        }

        [Fact]
        public void The_fleet_command_survives_a_hostile_client_too()
        {
            HostileFleet();

            var run = CliRun.Of("fleet", _fleet.Clients, "--out", _fleet.Out);

            Assert.Equal(1, run.ExitCode);
            Assert.DoesNotContain("unexpected error", run.Stderr);
            Assert.True(File.Exists(Path.Combine(_fleet.Out, "alpha", FleetFolder.AsOfDate, "manifest.json")));
            Assert.True(Directory.Exists(Path.Combine(_fleet.Out, "_fleet")));
        }
        [Theory]
        [InlineData(false)]
        [InlineData(true)]
        public void A_fleet_root_that_is_or_is_inside_an_evidence_pack_is_refused_before_anything_is_written(bool inside)
        {
            _fleet.Healthy("alpha");
            var pack = Path.Combine(_fleet.Root, "pack");
            Directory.CreateDirectory(pack);
            File.WriteAllText(Path.Combine(pack, "manifest.json"), "{ \"apiVersion\": \"draudit/v1\", \"kind\": \"EvidencePackManifest\", \"files\": [] }");
            var root = inside ? Path.Combine(pack, "fleet") : pack;

            var run = CliRun.Of("fleet", _fleet.Clients, "--out", root);

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("Refusing to write " + root, run.Stderr);
            Assert.DoesNotContain("unexpected error", run.Stderr);
            Assert.Equal(new[] { "manifest.json" }, Directory.GetFileSystemEntries(pack).Select(Path.GetFileName));
        }
    }
}
