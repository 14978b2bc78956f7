using DrAudit.Core.Tests.Auditing;
using DrAudit.Core.Tests.Packs;

namespace DrAudit.Core.Tests.Cli
{
    public class PackOptionsCliTests
    {
        [Fact]
        public void AuditWritesAllThreeFormatsByDefault()
        {
            using var temp = new TempFolder();
            var pack = temp.Combine("pack");

            var run = CliRun.Of("audit", EngineFixtures.GoodClient, "--out", pack);

            Assert.Equal(4, run.ExitCode);
            foreach (var file in new[] { "readiness.json", "report.html", "evidence.xlsx", "manifest.json" })
                Assert.True(File.Exists(Path.Combine(pack, file)), file);
        }

        [Fact]
        public void FormatAndBrandingOptionsShapeThePack()
        {
            using var temp = new TempFolder();
            var pack = temp.Combine("pack");

            var run = CliRun.Of("audit", EngineFixtures.GoodClient, "--out", pack, "--format", "html", "--msp-name", "Tailspin <IT>", "--accent-color", "#aa3300");

            Assert.Equal(4, run.ExitCode);
            Assert.False(File.Exists(Path.Combine(pack, "readiness.json")));
            var html = File.ReadAllText(Path.Combine(pack, "report.html"));
            Assert.Contains("Tailspin &lt;IT&gt;", html);
            Assert.Contains("#aa3300", html);
        }

        [Theory]
        [InlineData("--format", "pdf")]
        [InlineData("--accent-color", "red")]
        [InlineData("--branding", "no-such-branding.yaml")]
        public void BadPackOptionsAreExitCodeOneAndWriteNothing(string option, string value)
        {
            using var temp = new TempFolder();
            var pack = temp.Combine("pack");

            var run = CliRun.Of("audit", EngineFixtures.GoodClient, "--out", pack, option, value);

            Assert.Equal(1, run.ExitCode);
            Assert.NotEmpty(run.Stderr);
            Assert.False(Directory.Exists(pack));
        }

        [Fact]
        public void VerifySaysIntactThenNamesTheChangedFile()
        {
            using var temp = new TempFolder();
            var pack = temp.Combine("pack");
            Assert.Equal(4, CliRun.Of("audit", EngineFixtures.GoodClient, "--out", pack, "--format", "json").ExitCode);

            var intact = CliRun.Of("verify", pack);
            Assert.Equal(0, intact.ExitCode);
            Assert.Contains("intact", intact.Stdout);

            File.AppendAllText(Path.Combine(pack, "readiness.json"), "\n");
            var changed = CliRun.Of("verify", pack);
            Assert.Equal(1, changed.ExitCode);
            Assert.Contains("changed: readiness.json", changed.Stdout);
            Assert.Contains("NOT intact", changed.Stdout);
        }
    }
}
