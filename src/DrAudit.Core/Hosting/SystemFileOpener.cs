using System;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace DrAudit.Core.Hosting
{
    /// <summary>
    /// Opens a file with the operating system's handler: the shell's file association on Windows, <c>open</c> on macOS,
    /// <c>xdg-open</c> elsewhere. When the environment variable DRAUDIT_OPEN_WITH names a program, that program is started
    /// with the file as its only argument instead (a chosen browser, or a test's recorder).
    /// </summary>
    public sealed class SystemFileOpener : IFileOpener
    {
        /// <summary>The environment variable naming a program to open files with instead of the system's handler.</summary>
        public const string OverrideVariable = "DRAUDIT_OPEN_WITH";

        public static SystemFileOpener Instance { get; } = new SystemFileOpener();

        public void Open(string path)
        {
            var start = StartInfo(path, Environment.GetEnvironmentVariable(OverrideVariable));
            using (Process.Start(start)) { }
        }

        /// <summary>How <paramref name="path"/> is opened: with <paramref name="program"/> when given, else the system's way.</summary>
        public static ProcessStartInfo StartInfo(string path, string? program)
        {
            if (!string.IsNullOrWhiteSpace(program)) return new ProcessStartInfo(program!, Quote(path)) { UseShellExecute = false };
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows)) return new ProcessStartInfo(path) { UseShellExecute = true };
            var opener = RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "open" : "xdg-open";
            return new ProcessStartInfo(opener, Quote(path)) { UseShellExecute = false };
        }

        /// <summary>One command-line argument, quoted the way .NET splits arguments back.</summary>
        private static string Quote(string argument) => "\"" + argument.Replace("\\\"", "\\\\\"").Replace("\"", "\\\"") + "\"";
    }
}
