using System.ComponentModel;

namespace DrAudit.Cli
{
    /// <summary>--open: opens what was just written. A report that cannot be opened is a warning on standard error;
    /// the exit code stays that of the command, since the pack itself was written.</summary>
    public static class ReportOpening
    {
        public static void Open(Func<string> open, TextWriter stdout, TextWriter stderr)
        {
            try
            {
                stdout.WriteLine("Opened: " + open());
            }
            catch (Exception e) when (e is IOException || e is Win32Exception || e is InvalidOperationException || e is PlatformNotSupportedException)
            {
                stderr.WriteLine("draudit: warning: the report was not opened: " + e.Message);
            }
        }
    }
}
