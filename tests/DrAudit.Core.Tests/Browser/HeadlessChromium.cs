using System.Diagnostics;

namespace DrAudit.Core.Tests.Browser
{
    /// <summary>Headless Chromium with a throw-away profile and a DevTools port of its own choosing (read from the
    /// DevToolsActivePort file). Disposing always kills it and deletes the profile.</summary>
    public sealed class HeadlessChromium : IDisposable
    {
        public const string DefaultPath = "/usr/bin/chromium";

        private readonly Process _process;
        private readonly string _profile;

        private HeadlessChromium(Process process, string profile, Uri browserEndpoint)
        {
            _process = process;
            _profile = profile;
            BrowserEndpoint = browserEndpoint;
        }

        /// <summary>The browser-level DevTools WebSocket.</summary>
        public Uri BrowserEndpoint { get; }

        /// <summary>Whether the tests must run the browser: chromium is installed, or CI=true (where its absence is a failure).</summary>
        public static bool Required => File.Exists(DefaultPath) || Environment.GetEnvironmentVariable("CI") == "true";

        public static HeadlessChromium Start(TimeSpan timeout)
        {
            if (!File.Exists(DefaultPath)) throw new FileNotFoundException("Chromium is not installed at " + DefaultPath + ".", DefaultPath);
            var profile = Path.Combine(Path.GetTempPath(), "draudit-chromium-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(profile);
            var info = new ProcessStartInfo(DefaultPath)
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
                         "--disable-extensions", "--disable-sync", "--no-default-browser-check", "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank" })
                info.ArgumentList.Add(arg);
            var process = Process.Start(info) ?? throw new InvalidOperationException("Chromium did not start.");
            process.OutputDataReceived += (_, _) => { };
            process.ErrorDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            try
            {
                var portFile = Path.Combine(profile, "DevToolsActivePort");
                var deadline = DateTime.UtcNow + timeout;
                while (DateTime.UtcNow < deadline)
                {
                    if (process.HasExited) throw new InvalidOperationException("Chromium exited with code " + process.ExitCode + " before opening its DevTools port.");
                    if (File.Exists(portFile))
                    {
                        var lines = File.ReadAllLines(portFile);
                        if (lines.Length >= 2 && int.TryParse(lines[0], out var port))
                            return new HeadlessChromium(process, profile, new Uri("ws://127.0.0.1:" + port + lines[1]));
                    }
                    Thread.Sleep(100);
                }
                throw new TimeoutException("Chromium wrote no DevToolsActivePort within " + timeout.TotalSeconds + " s.");
            }
            catch
            {
                Kill(process, profile);
                throw;
            }
        }

        public void Dispose() => Kill(_process, _profile);

        private static void Kill(Process process, string profile)
        {
            try
            {
                if (!process.HasExited) process.Kill(entireProcessTree: true);
                process.WaitForExit(10000);
            }
            catch (InvalidOperationException) { }
            process.Dispose();
            for (int attempt = 0; attempt < 5 && Directory.Exists(profile); attempt++)
            {
                try { Directory.Delete(profile, true); }
                catch (IOException) { Thread.Sleep(200); }
                catch (UnauthorizedAccessException) { Thread.Sleep(200); }
            }
        }
    }
}
