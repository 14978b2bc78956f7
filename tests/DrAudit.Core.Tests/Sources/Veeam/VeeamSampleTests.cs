using DrAudit.Core.Auditing;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Tests.Sources.Veeam
{
    /// <summary>samples/veeam-capture-example audits from its capture folder, as its README says.</summary>
    public class VeeamSampleTests
    {
        /// <summary>Found above this source file (or the test binaries), whatever the artifacts path.</summary>
        private static string SamplePath([System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "")
        {
            foreach (var start in new[] { Path.GetDirectoryName(sourceFile), AppContext.BaseDirectory })
            {
                for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir != null; dir = dir.Parent)
                {
                    var path = Path.Combine(dir.FullName, "samples", "veeam-capture-example", "client.yaml");
                    if (File.Exists(path)) return path;
                }
            }
            throw new InvalidOperationException("Cannot find samples/veeam-capture-example above " + sourceFile + " or " + AppContext.BaseDirectory);
        }

        [Fact]
        public void TheSampleCaptureIsReadAsFairEvidenceWithSureBackupTests()
        {
            var result = ReadinessAuditor.Audit(SamplePath(), new AuditOptions(), new ProgressRecordingHost(), CancellationToken.None);

            var source = Assert.Single(result.Sources);
            Assert.Equal(SourceState.Ok, source.Status);
            Assert.Equal(EvidenceQuality.Fair, source.EvidenceQuality);
            var data = Assert.Single(result.Inputs!.Sources);
            Assert.Equal(4, data.Inventory!.Jobs.Count);
            Assert.Equal(2, data.RestoreTests.Count(t => t.Service == "practice-management"));
            var rb01 = result.EssentialEight.Controls.Single(c => c.Id == "E8-RB-01");
            var files = rb01.Services.Single(s => s.Service == "file-share");
            Assert.Equal(Outcome.Ineffective, files.Outcome);
            Assert.Contains("newest good restore point is 25 hours old", files.Statement);
            var rb03 = result.EssentialEight.Controls.Single(c => c.Id == "E8-RB-03");
            Assert.Contains("unencrypted repository ('Local disk')", rb03.Services.Single(s => s.Service == "file-share").Statement);
        }
    }
}
