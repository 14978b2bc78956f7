using System.Diagnostics;
using DrAudit.Core.Packs;
using DrAudit.Core.Storage;
using DrAudit.Core.Tests.Auditing;
using DrAudit.Core.Tests.Cli;
using DrAudit.Core.Tests.Packs;

namespace DrAudit.Core.Tests.Storage
{
    /// <summary>A real draudit process killed (SIGKILL: no finally, no clean-up) at different moments of a
    /// `--force` replace: after the next run's recovery the folder holds a complete, intact pack, old or new.</summary>
    public class KilledRunTests
    {
        [Fact]
        public void AForcedAuditKilledAtAnyMomentLeavesAnIntactPackForTheNextRun()
        {
            using var temp = new TempFolder();
            var pack = temp.Combine("pack");
            Assert.Equal(4, CliRun.Of("audit", EngineFixtures.GoodClient, "--out", pack).ExitCode); // pack written, audit incomplete
            var cli = Path.Combine(AppContext.BaseDirectory, "draudit.dll");

            foreach (var delay in new[] { 50, 200, 400, 700, 1000, 1400, 2000, 3000 })
            {
                var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
                foreach (var arg in new[] { cli, "audit", EngineFixtures.GoodClient, "--out", pack, "--force" }) start.ArgumentList.Add(arg);
                using (var process = Process.Start(start)!)
                {
                    process.StandardOutput.ReadToEndAsync();
                    process.StandardError.ReadToEndAsync();
                    Thread.Sleep(delay);
                    if (!process.HasExited) process.Kill(entireProcessTree: true);
                    Assert.True(process.WaitForExit(60_000));
                }

                AtomicFolder.Recover(temp.Path, Core.Hosting.SilentAuditHost.Instance);

                Assert.Equal(new[] { "pack" }, temp.Entries());
                Assert.True(PackManifest.IsEvidencePack(pack), "killed after " + delay + " ms: no pack");
                Assert.True(EvidencePackVerifier.Verify(pack).Intact, "killed after " + delay + " ms: the pack is not intact");
            }
            Assert.Equal(4, CliRun.Of("audit", EngineFixtures.GoodClient, "--out", pack, "--force").ExitCode);
        }
    }
}
