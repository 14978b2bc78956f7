using DrAudit.Core.Hosting;

namespace DrAudit.Cli
{
    /// <summary>Shows the core's progress and warnings (and verbose messages when asked) on standard error, so
    /// standard output carries only the command's result. Every write is allowed.</summary>
    public sealed class ConsoleAuditHost : IAuditHost
    {
        private readonly TextWriter _error;
        private readonly bool _verbose;

        public ConsoleAuditHost(TextWriter error, bool verbose)
        {
            _error = error;
            _verbose = verbose;
        }

        public void WriteVerbose(string message)
        {
            if (_verbose) _error.WriteLine("VERBOSE: " + message);
        }

        public void WriteWarning(string message) => _error.WriteLine("WARNING: " + message);

        public void WriteProgress(ProgressReport progress)
        {
            if (!progress.Completed) _error.WriteLine(progress.Activity + ": " + progress.Status);
        }

        public bool ShouldProcess(string target, string action) => true;
    }
}
