using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using DrAudit.Core.Auditing;
using DrAudit.Core.Hosting;
using DrAudit.Core.Packs.Html;

namespace DrAudit.Bench.Benchmark
{
    /// <summary>
    /// <c>report &lt;client.yaml&gt;</c>: audits a client, renders its report.html for the client audience, and measures it
    /// against the budget: at most 2 MB, and opening in headless Chromium within twice the time of a blank page.
    /// "Opening" is one run of <c>chromium --headless --dump-dom</c> (start, load, lay out, print the DOM, exit),
    /// timed five times for the report and five times for about:blank; the medians are compared. Prints the numbers
    /// and exits 0 within budget, 1 over it, 2 when Chromium is missing.
    /// </summary>
    public static class ReportBudget
    {
        public const string Command = "report";
        public const long SizeBudgetBytes = 2L * 1024 * 1024;
        public const double LoadBudgetRatio = 2.0;
        private const int Runs = 5;
        private const string Chromium = "/usr/bin/chromium";

        public static int Run(string clientPath, TextWriter output)
        {
            var result = ReadinessAuditor.Audit(clientPath, new AuditOptions(), SilentAuditHost.Instance, CancellationToken.None);
            var folder = Path.Combine(Path.GetTempPath(), "draudit-report-budget-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                var clock = Stopwatch.StartNew();
                var html = new HtmlPackRenderer().RenderHtml(result);
                var render = clock.Elapsed;
                var file = Path.Combine(folder, HtmlPackRenderer.ReportFile);
                File.WriteAllText(file, html, new UTF8Encoding(false));
                var bytes = new FileInfo(file).Length;
                var elements = html.Split('<').Length - 1 - CountOf(html, "</");

                output.WriteLine(string.Format(CultureInfo.InvariantCulture,
                    "client: {0} services, {1} components, {2} findings, {3} root causes",
                    result.Services.Count, result.Services.Sum(s => s.Components.Count), result.Findings.Count, result.RootCauses.Count));
                output.WriteLine(string.Format(CultureInfo.InvariantCulture, "report.html: {0:N0} bytes (budget {1:N0}), about {2:N0} elements, rendered in {3:N0} ms",
                    bytes, SizeBudgetBytes, elements, render.TotalMilliseconds));
                var withinSize = bytes <= SizeBudgetBytes;

                if (!File.Exists(Chromium))
                {
                    output.WriteLine("chromium is not installed at " + Chromium + "; load time not measured");
                    return 2;
                }
                var blank = Median(Enumerable.Range(0, Runs).Select(_ => Open("about:blank")).ToList());
                var report = Median(Enumerable.Range(0, Runs).Select(_ => Open(new Uri(file).AbsoluteUri)).ToList());
                var ratio = report / blank;
                output.WriteLine(string.Format(CultureInfo.InvariantCulture, "chromium --headless --dump-dom, median of {0}: blank page {1:N0} ms, report {2:N0} ms, ratio {3:0.00} (budget {4:0.0})",
                    Runs, blank, report, ratio, LoadBudgetRatio));
                var within = withinSize && ratio <= LoadBudgetRatio;
                output.WriteLine(within ? "within budget" : "OVER BUDGET");
                return within ? 0 : 1;
            }
            finally
            {
                try { Directory.Delete(folder, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            }
        }

        private static int CountOf(string text, string what)
        {
            int n = 0, at = 0;
            while ((at = text.IndexOf(what, at, StringComparison.Ordinal)) >= 0) { n++; at += what.Length; }
            return n;
        }

        /// <summary>Milliseconds for one headless Chromium run that loads <paramref name="url"/> and prints its DOM.</summary>
        private static double Open(string url)
        {
            var profile = Path.Combine(Path.GetTempPath(), "draudit-bench-chromium-" + Guid.NewGuid().ToString("N"));
            var info = new ProcessStartInfo(Chromium)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var arg in new[] { "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + profile, "--dump-dom", url })
                info.ArgumentList.Add(arg);
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(info) ?? throw new InvalidOperationException("chromium did not start");
            var dom = process.StandardOutput.ReadToEndAsync();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            dom.Wait();
            var elapsed = clock.Elapsed.TotalMilliseconds;
            try { Directory.Delete(profile, true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            return elapsed;
        }

        private static double Median(List<double> values)
        {
            values.Sort();
            return values[values.Count / 2];
        }
    }
}
