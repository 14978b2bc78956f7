using System.Diagnostics;
using DrAudit.Core.Auditing;
using DrAudit.Core.Hosting;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Packs;
using DrAudit.Core.Tests.Packs.Html;

namespace DrAudit.Core.Tests.Sources
{
    /// <summary>
    /// Saved responses in a capture are input like any file: one that is a link to a device or a FIFO fails its source
    /// with the reason (NoVisibility for what it would have shown) instead of hanging the audit or filling memory.
    /// </summary>
    public class HostileCaptureTests : IDisposable
    {
        private readonly TempFolder _temp = new TempFolder();

        public void Dispose() => _temp.Dispose();

        private string CopyOfSample()
        {
            var from = Path.GetDirectoryName(HtmlReports.SamplePath)!;
            foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            {
                var to = _temp.Combine(Path.GetRelativePath(from, file));
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(file, to);
            }
            return _temp.Combine("client.yaml");
        }

        [SkippableFact]
        public void Capture_responses_that_are_a_device_or_a_fifo_fail_their_sources_without_hanging()
        {
            Skip.If(OperatingSystem.IsWindows(), "FIFOs and /dev/zero are a Unix thing");
            var client = CopyOfSample();
            var veeamResponse = _temp.Combine("veeam-capture", "0002-jobs.json");
            File.Delete(veeamResponse);
            File.CreateSymbolicLink(veeamResponse, "/dev/zero");
            var m365Response = Directory.EnumerateFiles(_temp.Combine("m365-capture"), "GET_solutions_backupRestore_*.json").OrderBy(f => f, StringComparer.Ordinal).First();
            File.Delete(m365Response);
            using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", m365Response) { UseShellExecute = false })!) mkfifo.WaitForExit();

            var audit = Task.Run(() => ReadinessAuditor.Audit(client, new AuditOptions(), SilentAuditHost.Instance, CancellationToken.None));

            Assert.True(audit.Wait(TimeSpan.FromSeconds(120)), "the audit must not wait on a FIFO or read a device");
            var result = audit.Result;
            Assert.All(result.Sources, s =>
            {
                Assert.Equal(SourceState.Failed, s.Status);
                Assert.Contains("not a regular file", s.Error);
            });
            Assert.Equal(2, result.Sources.Count);
        }
    }
}
