using DrAudit.Core.Evaluation.Rules;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Support;
using static DrAudit.Core.Tests.Evaluation.DataRules.DataRuleScenario;

namespace DrAudit.Core.Tests.Evaluation.DataRules
{
    public class Dr08CopyOutOfReachRuleTests
    {
        private static Scenario InRepository(string repository, RepositoryLocation location, bool? immutable, bool? shares)
        {
            var s = New();
            s.Repository(repository, location, immutable: immutable, immutableDays: immutable == true ? 30 : 0, sharesProductionCredentials: shares);
            s.Component("db");
            Point(s, "db", s.AsOf.AddHours(-2), "local");
            Point(s, "db", s.AsOf.AddHours(-1), repository);
            s.Service("payroll", "critical", "db");
            return s;
        }

        [Fact]
        public void A_copy_in_an_immutable_cloud_repository_is_effective()
        {
            var s = New();
            Protect(s, "db");
            s.Service("payroll", "critical", "db");

            var j = Judge<Dr08CopyOutOfReachRule>(s);

            Assert.Equal(Outcome.Effective, j.Outcome);
            Assert.Contains(j.Evidence, e => e.StartsWith("main: repository 'cloud' (immutable: yes, offline: no, shares production credentials: no)"));
        }

        [Fact]
        public void An_offline_copy_is_effective()
        {
            Assert.Equal(Outcome.Effective, Judge<Dr08CopyOutOfReachRule>(InRepository("tape", RepositoryLocation.Offline, false, true)).Outcome);
        }

        [Fact]
        public void A_repository_with_separate_credentials_is_effective()
        {
            Assert.Equal(Outcome.Effective, Judge<Dr08CopyOutOfReachRule>(InRepository("dr-site", RepositoryLocation.Offsite, false, false)).Outcome);
        }

        [Fact]
        public void Copies_reachable_from_production_are_ineffective()
        {
            var j = Judge<Dr08CopyOutOfReachRule>(InRepository("dr-site", RepositoryLocation.Offsite, false, true));

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Equal("Payroll: its only component has no copy out of reach of a compromised production network: " +
                         "DB's points are only in 'local', 'dr-site', mutable, online and reachable with production credentials.", j.Statement);
        }

        [Fact]
        public void Unstated_credentials_are_no_visibility()
        {
            var j = Judge<Dr08CopyOutOfReachRule>(InRepository("dr-site", RepositoryLocation.Offsite, false, null));

            Assert.Equal(Outcome.NoVisibility, j.Outcome);
            Assert.Contains("whether 'dr-site' holding DB's points can be reached from production is not stated", j.Statement);
        }

        [Fact]
        public void A_component_without_points_is_ineffective()
        {
            var s = New();
            s.Component("db");
            s.Service("payroll", "critical", "db");

            Assert.Equal(Outcome.Ineffective, Judge<Dr08CopyOutOfReachRule>(s).Outcome);
        }

        [Fact]
        public void A_failed_source_is_no_visibility()
        {
            var s = New();
            Protect(s, "db");
            s.Definition.Components[0].Backup!.Match.Add(new BackupMatch { Source = "veeam", Object = "db" });
            s.FailSource("veeam");
            s.Service("payroll", "critical", "db");

            var j = Judge<Dr08CopyOutOfReachRule>(s);

            Assert.Equal(Outcome.NoVisibility, j.Outcome);
            Assert.Contains("DB cannot be seen", j.Statement);
        }

        [Fact]
        public void Not_applicable_without_components_needing_backup()
        {
            var s = New();
            s.Component("saas", ComponentKind.Saas, match: false).Backup = new BackupSpec { Required = false, Reason = "vendor" };
            s.Service("payroll", "critical", "saas");

            Assert.Equal(Outcome.NotApplicable, Judge<Dr08CopyOutOfReachRule>(s).Outcome);
        }
    }
}
