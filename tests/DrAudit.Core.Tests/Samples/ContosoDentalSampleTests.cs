using System.Globalization;
using System.Text.RegularExpressions;
using DrAudit.Core.Auditing;
using DrAudit.Core.Hosting;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Packs.Html;

namespace DrAudit.Core.Tests.Samples
{
    /// <summary>samples/contoso-dental reads both systems from captures with the real collectors, and shows every finding
    /// its README says is planted, under the key the README gives, and as many findings as the README counts.</summary>
    public class ContosoDentalSampleTests
    {
        private static readonly Lazy<ReadinessResult> Result = new Lazy<ReadinessResult>(() =>
            ReadinessAuditor.Audit(HtmlReports.SamplePath, new AuditOptions(), SilentAuditHost.Instance, CancellationToken.None));

        private static string Readme => File.ReadAllText(Path.Combine(Path.GetDirectoryName(HtmlReports.SamplePath)!, "README.md"));

        [Fact]
        public void BothSourcesAreCapturesReadByTheirSystemsCollectors()
        {
            var sources = Result.Value.Sources.ToDictionary(s => s.Id);
            Assert.Equal(2, sources.Count);
            Assert.Equal("veeam", sources["veeam-main"].Type);
            Assert.Equal("m365", sources["m365-backup"].Type);
            Assert.All(sources.Values, s =>
            {
                Assert.Equal(SourceState.Ok, s.Status);
                Assert.Equal(EvidenceQuality.Fair, s.EvidenceQuality);
            });
            var m365 = Result.Value.Inputs!.Sources.Single(s => s.Id == "m365-backup").Inventory!;
            Assert.Contains("onedrive:mei.lin@contosodental.com.au", m365.Jobs.SelectMany(j => j.Objects));
            Assert.DoesNotContain(m365.Jobs.SelectMany(j => j.Objects), o => o.StartsWith("reception@", StringComparison.Ordinal));
        }

        [Fact]
        public void EveryPlantedFindingInTheReadmeIsReportedUnderItsKey()
        {
            var keys = Result.Value.Findings.Select(f => f.Key).ToHashSet(StringComparer.Ordinal);
            var services = Result.Value.Services.Select(s => s.Id).ToList();
            var table = Readme.Substring(Readme.IndexOf("## Findings planted", StringComparison.Ordinal));
            var rows = table.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)).Skip(2).TakeWhile(l => l.Length > 0).ToList();
            Assert.True(rows.Count >= 12, "the planted-findings table has " + rows.Count + " rows");
            foreach (var row in rows)
            {
                var cells = row.Split('|').Select(c => c.Trim()).ToArray();
                var where = cells[2];
                var controls = Regex.Matches(cells[3], "`((?:E8-RB|DR)-\\d\\d)`").Select(m => m.Groups[1].Value).ToList();
                Assert.NotEmpty(controls);
                foreach (var control in controls)
                {
                    var expected = where == "client" ? new[] { control }
                        : where == "every service" ? services.Select(s => control + "/" + s).ToArray()
                        : new[] { control + "/" + where };
                    foreach (var key in expected) Assert.True(keys.Contains(key), "README plants " + key + " but the audit does not report it");
                }
            }
            Assert.Equal(Outcome.NoVisibility, Result.Value.Findings.Single(f => f.Key == "DR-08/file-share").Outcome);
            Assert.Equal(Outcome.AlternateControl, Result.Value.Findings.Single(f => f.Key == "E8-RB-11/file-share").Outcome);
        }

        [Fact]
        public void TheReadmeCountsTheFindingsTheAuditReports()
        {
            var counted = Regex.Match(Readme, "(\\d+) findings \\((\\d+)\\s+high, (\\d+) medium, (\\d+) low\\)");
            Assert.True(counted.Success, "README states no finding count");
            int N(int group) => int.Parse(counted.Groups[group].Value, CultureInfo.InvariantCulture);
            Assert.Equal(N(1), Result.Value.Findings.Count);
            Assert.Equal(N(2), Result.Value.Findings.Count(f => f.Severity == Severity.High));
            Assert.Equal(N(3), Result.Value.Findings.Count(f => f.Severity == Severity.Medium));
            Assert.Equal(N(4), Result.Value.Findings.Count(f => f.Severity == Severity.Low));
        }

        [Fact]
        public void TheSampleShowsContractV11()
        {
            var result = Result.Value;
            var controls = result.DrReadiness.Controls.ToDictionary(c => c.Id);
            Assert.Equal(Outcome.Effective, controls["DR-15"].Outcome);
            Assert.Equal(Outcome.Ineffective, controls["DR-16"].Outcome);
            Assert.Contains("'XRAY-GW01' (veeam-main)", controls["DR-16"].Statement);
            var discovered = result.Discovered.ToDictionary(d => d.Object);
            Assert.Equal(DiscoveredWorkloadStatus.AccountedFor, discovered["TEST-PM02"].Status);
            Assert.Equal(DiscoveredWorkloadStatus.Unaccounted, discovered["XRAY-GW01"].Status);
            Assert.Equal(DiscoveredWorkloadStatus.Protected, discovered["SQL01"].Status);
            var attested = Assert.Single(result.AttestedFacts);
            Assert.Equal(("sharesProductionCredentials", AttestedFactUse.Used, "wasabi-syd"), (attested.Fact, attested.Status, attested.Repository));
            Assert.Empty(result.Warnings);
        }
    }
}
