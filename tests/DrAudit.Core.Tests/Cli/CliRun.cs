using DrAudit.Cli;

namespace DrAudit.Core.Tests.Cli
{
    /// <summary>One run of <c>draudit</c> in-process: exit code and what it printed.</summary>
    public sealed class CliRun
    {
        private CliRun(int exitCode, string stdout, string stderr)
        {
            ExitCode = exitCode;
            Stdout = stdout;
            Stderr = stderr;
        }

        public int ExitCode { get; }
        public string Stdout { get; }
        public string Stderr { get; }

        public static CliRun Of(params string[] args)
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();
            var code = CliApp.Run(args, stdout, stderr);
            return new CliRun(code, stdout.ToString(), stderr.ToString());
        }
    }
}
