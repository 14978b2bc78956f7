using DrAudit.Core.Evaluation.Causes;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs.Html;

namespace DrAudit.Core.Tests.Packs.Html
{
    /// <summary>"What to fix" draws root causes of one kind and severity as one item once there are enough of them; the
    /// kind is read from the stable key.</summary>
    public sealed class RootCauseGroupsTests
    {
        [Theory]
        [InlineData("component/lic01/no-backup", "component/*/no-backup")]
        [InlineData("component/c-00325/out-of-date", "component/*/out-of-date")]
        [InlineData("repository/veeam-main/repo-1/not-encrypted", "repository/*/*/not-encrypted")]
        [InlineData("exercise/2026-05-20/A-2/overdue", "exercise/*/*/overdue")]
        [InlineData("access/backupAdminsCannotDeleteInRetention/not-met", "access/*/not-met")]
        [InlineData("service/payroll/restore-testing", "service/*/restore-testing")]
        [InlineData("source/veeam-main/unreadable", "source/*/unreadable")]
        [InlineData("finding/DR-10/svc-0000", "finding/DR-10/*")]
        [InlineData("finding/DR-16", "finding/DR-16")]
        [InlineData("access/not-attested", "access/not-attested")]
        [InlineData("environment/unaccounted-workloads", "environment/unaccounted-workloads")]
        [InlineData("backup-server/configuration-backup", "backup-server/configuration-backup")]
        public void A_keys_kind_is_the_key_without_the_names_of_what_is_at_fault(string key, string pattern) =>
            Assert.Equal(pattern, CauseReference.KindPattern(key));

        private static RootCause Cause(string key, Severity severity = Severity.High, string service = "s") => new RootCause
        {
            Key = key, Title = key, Severity = severity, Services = { service }, Controls = { "DR-03" }, Findings = { "DR-03/" + service }, Remediation = "fix " + key,
        };

        [Fact]
        public void Fewer_causes_of_a_kind_than_the_threshold_stay_items_of_their_own()
        {
            var causes = Enumerable.Range(0, RootCauseGroups.MinGroupSize - 1).Select(i => Cause("component/c" + i + "/out-of-date")).ToList();

            var items = RootCauseGroups.Group(causes);

            Assert.Equal(causes.Count, items.Count);
            Assert.All(items, i => Assert.Single(i));
        }

        [Fact]
        public void Enough_causes_of_one_kind_and_severity_become_one_item_in_the_place_of_the_first()
        {
            var causes = new List<RootCause> { Cause("access/not-attested") };
            causes.AddRange(Enumerable.Range(0, RootCauseGroups.MinGroupSize).Select(i => Cause("component/c" + i + "/out-of-date")));
            causes.Add(Cause("component/x/out-of-date", Severity.Medium));
            causes.Add(Cause("service/p/restore-testing", Severity.Medium));

            var items = RootCauseGroups.Group(causes);

            Assert.Equal(new[] { 1, RootCauseGroups.MinGroupSize, 1, 1 }, items.Select(i => i.Count));
            Assert.Equal("access/not-attested", items[0][0].Key);
            Assert.All(items[1], c => Assert.Equal("component/*/out-of-date", CauseReference.KindPattern(c.Key)));
            Assert.Equal("component/x/out-of-date", items[2][0].Key);
            Assert.Equal(causes.Select(c => c.Key).OrderBy(k => k), items.SelectMany(i => i).Select(c => c.Key).OrderBy(k => k));
        }

        [Fact]
        public void A_group_is_described_in_business_words()
        {
            Assert.Equal("9 components' backups are out of date", RootCauseGroups.Describe("component/*/out-of-date", 9, "", "").Title);
            var findings = RootCauseGroups.Describe("finding/DR-10/*", 153, "Backup jobs are healthy", "Investigate and fix failing jobs.");
            Assert.Equal("153 services do not meet \"Backup jobs are healthy\"", findings.Title);
            Assert.Equal("Investigate and fix failing jobs.", findings.Remediation);
            Assert.Throws<ArgumentException>(() => RootCauseGroups.Describe("environment/unaccounted-workloads", 2, "", ""));
        }
    }
}
