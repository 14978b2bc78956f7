using DrAudit.Core.Evaluation.Rules;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Support;
using static DrAudit.Core.Tests.Evaluation.DataRules.DataRuleScenario;

namespace DrAudit.Core.Tests.Evaluation.DataRules
{
    public class E8Rb03BackupsSecureRuleTests
    {
        private static Scenario OneComponent(params string?[] repositories)
        {
            var s = New();
            s.Component("db");
            foreach (var repository in repositories)
                Point(s, "db", s.AsOf.AddHours(-1), repository);
            s.Service("payroll", "critical", "db");
            return s;
        }

        [Fact]
        public void Encrypted_points_onsite_and_in_the_cloud_are_effective()
        {
            var s = New();
            Protect(s, "db");
            s.Service("payroll", "critical", "db");

            var j = Judge<E8Rb03BackupsSecureRule>(s);

            Assert.Equal(Outcome.Effective, j.Outcome);
            Assert.Contains("at least two encrypted repositories", j.Statement);
            Assert.Contains(j.Evidence, e => e.StartsWith("main: repository 'cloud' (cloud, encrypted: yes) holds 409 good points"));
        }

        [Fact]
        public void A_single_repository_is_ineffective()
        {
            var j = Judge<E8Rb03BackupsSecureRule>(OneComponent("cloud"));

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Equal("Payroll: its only component is not kept securely: DB has good points in only 1 repository (at least 2 are needed, one of them off-site).", j.Statement);
        }

        [Fact]
        public void Two_onsite_repositories_are_ineffective()
        {
            var s = OneComponent("local", "local2");
            s.Repository("local2");

            var j = Judge<E8Rb03BackupsSecureRule>(s);

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Contains("none of DB's repositories is off-site, in the cloud or offline", j.Statement);
        }

        [Fact]
        public void An_offline_repository_counts_as_off_site()
        {
            var s = OneComponent("local", "tape");
            s.Repository("tape", RepositoryLocation.Offline);

            Assert.Equal(Outcome.Effective, Judge<E8Rb03BackupsSecureRule>(s).Outcome);
        }

        [Fact]
        public void An_unencrypted_repository_is_ineffective()
        {
            var s = OneComponent("local", "cloud");
            s.Source("main").Repositories.Single(r => r.Id == "local").Encrypted = false;

            var j = Judge<E8Rb03BackupsSecureRule>(s);

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Contains("DB has points in an unencrypted repository ('local')", j.Statement);
        }

        [Fact]
        public void Unstated_encryption_is_no_visibility()
        {
            var s = OneComponent("local", "cloud");
            s.Source("main").Repositories.Single(r => r.Id == "local").Encrypted = null;

            var j = Judge<E8Rb03BackupsSecureRule>(s);

            Assert.Equal(Outcome.NoVisibility, j.Outcome);
            Assert.Contains("the encryption of 'local' holding DB's points is not stated", j.Statement);
        }

        [Fact]
        public void A_point_in_an_unlisted_repository_is_no_visibility()
        {
            var j = Judge<E8Rb03BackupsSecureRule>(OneComponent("cloud", "ghost"));

            Assert.Equal(Outcome.NoVisibility, j.Outcome);
            Assert.Contains("DB has points in 'ghost', which the source does not list", j.Statement);
        }

        [Fact]
        public void An_unlisted_repository_is_not_off_site()
        {
            var j = Judge<E8Rb03BackupsSecureRule>(OneComponent("local", "ghost"));

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Contains("none of DB's repositories is off-site", j.Statement);
        }

        [Fact]
        public void Points_without_a_repository_add_no_repository()
        {
            var j = Judge<E8Rb03BackupsSecureRule>(OneComponent("cloud", null, null));

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Contains("only 1 repository", j.Statement);
            Assert.Contains(j.Evidence, e => e.Contains("2 good points of DB name no repository"));
        }

        [Fact]
        public void A_component_without_points_is_ineffective()
        {
            var j = Judge<E8Rb03BackupsSecureRule>(OneComponent());

            Assert.Equal(Outcome.Ineffective, j.Outcome);
            Assert.Contains("DB has no good restore point", j.Statement);
        }

        [Fact]
        public void A_visible_unencrypted_repository_is_ineffective_even_when_another_source_failed()
        {
            var s = OneComponent("local", "cloud");
            s.Source("main").Repositories.Single(r => r.Id == "local").Encrypted = false;
            s.Definition.Components[0].Backup!.Match.Add(new BackupMatch { Source = "veeam", Object = "db" });
            s.FailSource("veeam");

            Assert.Equal(Outcome.Ineffective, Judge<E8Rb03BackupsSecureRule>(s).Outcome);
        }

        [Fact]
        public void Not_applicable_without_components_needing_backup()
        {
            var s = New();
            s.Component("saas", ComponentKind.Saas, match: false).Backup = new BackupSpec { Required = false, Reason = "vendor" };
            s.Service("payroll", "critical", "saas");

            Assert.Equal(Outcome.NotApplicable, Judge<E8Rb03BackupsSecureRule>(s).Outcome);
        }
    }
}
