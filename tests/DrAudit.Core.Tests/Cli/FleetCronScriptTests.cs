using System.Diagnostics;
using DrAudit.Core.Tests.Fleet;

namespace DrAudit.Core.Tests.Cli
{
    /// <summary>scripts/draudit-fleet.sh, run as cron would: no prompts, a log file, and draudit's exit code.</summary>
    public sealed class FleetCronScriptTests : IDisposable
    {
        private readonly FleetFolder _fleet = new FleetFolder();

        public void Dispose() => _fleet.Dispose();

        [SkippableFact]
        public void The_cron_script_logs_the_run_and_exits_with_the_fleet_code()
        {
            _fleet.Healthy("alpha");
            _fleet.Broken("broken.yaml");
            var log = Path.Combine(_fleet.Out, "run.log");

            var code = RunScript(_fleet.Clients, _fleet.Out, log);

            Assert.Equal(1, code);
            var text = File.ReadAllText(log);
            Assert.Contains("DrAudit fleet run: clients " + _fleet.Clients, text, StringComparison.Ordinal);
            Assert.Contains("alpha: Audited", text, StringComparison.Ordinal);
            Assert.Contains("broken.yaml: Failed", text, StringComparison.Ordinal);
            Assert.Contains("Exit code 1.", text, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(_fleet.Out, "alpha", FleetFolder.AsOfDate, "manifest.json")));
        }

        [SkippableFact]
        public void DRAUDIT_FORMAT_chooses_the_packs_formats_so_a_monthly_run_can_write_the_email_digest()
        {
            _fleet.Healthy("alpha");
            var log = Path.Combine(_fleet.Out, "run.log");

            var code = RunScript(_fleet.Clients, _fleet.Out, log, format: "json,email");

            Assert.Equal(0, code);
            var pack = Path.Combine(_fleet.Out, "alpha", FleetFolder.AsOfDate);
            Assert.True(File.Exists(Path.Combine(pack, "summary.eml")));
            Assert.True(File.Exists(Path.Combine(pack, "readiness.json")));
            Assert.False(File.Exists(Path.Combine(pack, "report.html")));
        }

        [SkippableFact]
        public void The_cron_script_exits_two_when_draudit_cannot_be_found()
        {
            var log = Path.Combine(_fleet.Out, "run.log");

            var code = RunScript(_fleet.Clients, _fleet.Out, log, draudit: "/nonexistent/draudit");

            Assert.Equal(2, code);
            Assert.Contains("was not found", File.ReadAllText(log), StringComparison.Ordinal);
        }

        private int RunScript(string clients, string root, string log, string? draudit = null, string? format = null)
        {
            Skip.If(OperatingSystem.IsWindows(), "The cron script is for Linux and macOS; Windows uses the Task Scheduler script.");
            Directory.CreateDirectory(root);
            var wrapper = Path.Combine(root, "draudit-wrapper.sh");
            var cli = Path.Combine(AppContext.BaseDirectory, "draudit.dll");
            File.WriteAllText(wrapper, "#!/bin/sh\nexec dotnet \"" + cli + "\" \"$@\"\n");
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(wrapper, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            var script = Path.Combine(RepoRoot(), "scripts", "draudit-fleet.sh");
            var start = new ProcessStartInfo("sh") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { script, clients, root, log }) start.ArgumentList.Add(arg);
            start.Environment["DRAUDIT"] = draudit ?? wrapper;
            if (format != null) start.Environment["DRAUDIT_FORMAT"] = format;
            using var process = Process.Start(start)!;
            process.StandardInput.Close();
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            Assert.True(process.WaitForExit(120_000), "the script did not finish");
            return process.ExitCode;
        }

        /// <summary>The repository, found from this source file's own path (wherever the build output went).</summary>
        private static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string thisFile = "") =>
            Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));
    }
}
