using DrAudit.Core.Hosting;
using DrAudit.Core.Packs;
using DrAudit.Core.Tests.Auditing;
using DrAudit.Core.Tests.Packs;
using DrAudit.Core.Tests.Support;

namespace DrAudit.Core.Tests.Cli
{
    /// <summary>--open and the core's PackReport: the system handler is replaced by a recorder (DRAUDIT_OPEN_WITH), so
    /// nothing is opened. All tests that set the variable are in this one class, so they never run at the same time.</summary>
    public class OpenReportTests
    {
        private sealed class RecordingOpener : IFileOpener
        {
            public List<string> Opened { get; } = new List<string>();
            public void Open(string path) => Opened.Add(path);
        }

        [Fact]
        public void AuditOpenStartsTheHandlerWithTheWrittenReport()
        {
            using var temp = new TempFolder();
            using var recorder = new OpenRecorder(temp.Path);
            var pack = temp.Combine("pack");

            var run = CliRun.Of("audit", EngineFixtures.GoodClient, "--out", pack, "--open");

            Assert.Equal(4, run.ExitCode); // pack written; the engine fixture has a source that cannot be read
            Assert.Equal(Path.Combine(pack, "report.html"), recorder.Opened());
            Assert.Contains("Opened: " + Path.Combine(pack, "report.html"), run.Stdout);
        }

        [Fact]
        public void AuditOpenWithoutAnHtmlReportWarnsAndStillSucceeds()
        {
            using var temp = new TempFolder();
            using var recorder = new OpenRecorder(temp.Path);
            var pack = temp.Combine("pack");

            var run = CliRun.Of("audit", EngineFixtures.GoodClient, "--out", pack, "--format", "json", "--open");

            Assert.Equal(4, run.ExitCode); // pack written; the engine fixture has a source that cannot be read
            Assert.True(File.Exists(Path.Combine(pack, "readiness.json")));
            Assert.Contains("the report was not opened", run.Stderr);
            Assert.False(File.Exists(recorder.Record));
        }

        [Fact]
        public void WithoutOpenNothingIsStarted()
        {
            using var temp = new TempFolder();
            using var recorder = new OpenRecorder(temp.Path);

            var run = CliRun.Of("audit", EngineFixtures.GoodClient, "--out", temp.Combine("pack"));

            Assert.Equal(4, run.ExitCode); // pack written; the engine fixture has a source that cannot be read
            Thread.Sleep(200);
            Assert.False(File.Exists(recorder.Record));
        }

        [Fact]
        public void PackReportOpensTheReportOrSaysThereIsNone()
        {
            using var temp = new TempFolder();
            File.WriteAllText(temp.Combine("report.html"), "<html></html>");
            var opener = new RecordingOpener();

            var opened = PackReport.Open(temp.Path, opener);

            Assert.Equal(temp.Combine("report.html"), opened);
            Assert.Equal(new[] { temp.Combine("report.html") }, opener.Opened);
            Assert.Throws<FileNotFoundException>(() => PackReport.OpenFleetSummary(temp.Path, opener));
            Assert.Single(opener.Opened);
        }

        [Fact]
        public void TheSystemOpenerUsesTheOverrideProgramOrTheOperatingSystemsHandler()
        {
            var path = Path.Combine(Path.GetTempPath(), "a pack", "report.html");

            var chosen = SystemFileOpener.StartInfo(path, "/usr/bin/firefox");
            var system = SystemFileOpener.StartInfo(path, null);

            Assert.Equal("/usr/bin/firefox", chosen.FileName);
            Assert.Equal("\"" + path + "\"", chosen.Arguments);
            Assert.False(chosen.UseShellExecute);
            if (OperatingSystem.IsWindows()) Assert.True(system.UseShellExecute);
            else Assert.Equal(OperatingSystem.IsMacOS() ? "open" : "xdg-open", system.FileName);
        }
    }
}
