using System.Diagnostics;
using DrAudit.Core.Hosting;

namespace DrAudit.Core.Tests.Support
{
    /// <summary>A program to set as DRAUDIT_OPEN_WITH: it writes the path it was asked to open into a file, so a test
    /// sees what --open / -Show opened without anything being opened.</summary>
    public sealed class OpenRecorder : IDisposable
    {
        private readonly string? _previous = Environment.GetEnvironmentVariable(SystemFileOpener.OverrideVariable);

        public OpenRecorder(string folder)
        {
            Record = Path.Combine(folder, "opened.txt");
            if (OperatingSystem.IsWindows())
            {
                Program = Path.Combine(folder, "record-open.cmd");
                File.WriteAllText(Program, $"@echo %~1> \"{Record}.tmp\"\r\n@move /y \"{Record}.tmp\" \"{Record}\" > nul\r\n");
            }
            else
            {
                Program = Path.Combine(folder, "record-open.sh");
                File.WriteAllText(Program, $"#!/bin/sh\nprintf '%s' \"$1\" > '{Record}.tmp' && mv '{Record}.tmp' '{Record}'\n");
                File.SetUnixFileMode(Program, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
            Environment.SetEnvironmentVariable(SystemFileOpener.OverrideVariable, Program);
        }

        public string Program { get; }
        public string Record { get; }

        /// <summary>The path the recorder was started with; fails after 20 s without one.</summary>
        public string Opened()
        {
            var clock = Stopwatch.StartNew();
            while (!File.Exists(Record))
            {
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), "Nothing was opened.");
                Thread.Sleep(50);
            }
            return File.ReadAllText(Record).Trim();
        }

        public void Dispose() => Environment.SetEnvironmentVariable(SystemFileOpener.OverrideVariable, _previous);
    }
}
