using DrAudit.Core.Packs.Email;
using DrAudit.Core.Tests.Auditing;
using DrAudit.Core.Tests.Packs;

namespace DrAudit.Core.Tests.Cli
{
    public class EmailFormatCliTests
    {
        [Fact]
        public void Format_email_adds_the_digest_beside_the_other_formats_asked_for()
        {
            using var temp = new TempFolder();
            var pack = temp.Combine("pack");

            var run = CliRun.Of("audit", EngineFixtures.GoodClient, "--out", pack, "--format", "json,email", "--msp-name", "Tailspin <IT>");

            Assert.Equal(4, run.ExitCode);
            Assert.True(File.Exists(Path.Combine(pack, EmailPackRenderer.MessageFile)));
            Assert.Contains("Tailspin &lt;IT&gt;", File.ReadAllText(Path.Combine(pack, EmailPackRenderer.HtmlFile)));
            Assert.True(File.Exists(Path.Combine(pack, "readiness.json")));
            Assert.False(File.Exists(Path.Combine(pack, "report.html")));
        }

        [Fact]
        public void An_unknown_format_names_email_among_the_choices()
        {
            using var temp = new TempFolder();

            var run = CliRun.Of("audit", EngineFixtures.GoodClient, "--out", temp.Combine("pack"), "--format", "json,pdf");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("json, html, excel and email", run.Stderr);
        }
    }
}
