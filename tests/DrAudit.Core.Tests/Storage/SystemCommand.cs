using System.Diagnostics;

namespace DrAudit.Core.Tests.Storage
{
    /// <summary>Runs a system command (mount, chattr) for a test that sets up a real condition; false when it is not
    /// there or fails, so the test can skip and say why.</summary>
    internal static class SystemCommand
    {
        public static bool Run(string program, params string[] args)
        {
            try
            {
                using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
                process.WaitForExit(10_000);
                return process.HasExited && process.ExitCode == 0;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return false;
            }
        }
    }
}
