using DrAudit.Core.Catalogue;
using DrAudit.Core.Evaluation;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Support;

namespace DrAudit.Core.Tests.Scoring
{
    public class ServiceReadinessTests
    {
        private static Scenario PayrollScenario()
        {
            var s = new Scenario();
            s.Repository("local");
            s.Repository("cloud", RepositoryLocation.Cloud, immutable: true, immutableDays: 90, sharesProductionCredentials: false);
            s.Component("entra-id", ComponentKind.Identity, match: false).Backup = new BackupSpec { Required = false, Reason = "Microsoft-hosted" };
            s.Component("pay-db", ComponentKind.Database).DependsOn.Add("entra-id");
            s.Component("pay-app");
            s.FailSource("other");
            s.Component("pay-files", ComponentKind.FileShare, source: "other");
            var payroll = s.Service("payroll", "critical", "pay-app", "pay-db", "entra-id", "pay-files");
            payroll.Targets.ApprovedBy = "Dr Priya Shah";
            payroll.Targets.ApprovedOn = s.DaysAgo(30);
            payroll.Owners = new ServiceOwners { Business = "Dr Priya Shah", Technical = "Northwind L2" };
            payroll.Workaround = "Paper timesheets";
            s.Job("db-nightly", "local", objects: "pay-db");
            s.Job("db-copy", "cloud", kind: JobKind.Copy, objects: "pay-db");
            s.Job("db-old", "local", objects: "pay-db").Enabled = false;
            s.Run("db-nightly", s.DaysAgo(2)).Run("db-copy", s.DaysAgo(1.5)).Run("db-nightly", s.DaysAgo(1)).Run("db-nightly", s.AsOf.AddHours(-6), RunResult.Failed);
            return s;
        }

        private static ReadinessResult Evaluate(Scenario s) =>
            ReadinessEvaluator.Evaluate(s.Context(), ControlCatalogue.Default, "0.1.0", ScoringHarness.GeneratedAt);

        [Fact]
        public void ServiceCarriesTargetsOwnersAndDerivedRestoreOrder()
        {
            var service = Assert.Single(Evaluate(PayrollScenario()).Services);

            Assert.Equal("payroll", service.Id);
            Assert.Equal("critical", service.Tier);
            Assert.Equal("4h", service.Rpo);
            Assert.Equal("8h", service.Rto);
            Assert.Equal("90d", service.Retention);
            Assert.Equal("180d", service.RestoreTestEvery);
            Assert.Equal("2h", service.SyncTolerance);
            Assert.True(service.TargetsApproved);
            Assert.Equal("Dr Priya Shah", service.ApprovedBy);
            Assert.Equal("Northwind L2", service.TechnicalOwner);
            Assert.Equal("Paper timesheets", service.Workaround);
            Assert.False(service.RestoreOrderDocumented);
            Assert.Equal(4, service.RestoreOrder.Count);
            Assert.True(service.RestoreOrder.IndexOf("entra-id") < service.RestoreOrder.IndexOf("pay-db"));
        }

        [Fact]
        public void ComponentStatusShowsEnabledJobsRepositoriesNewestGoodPointAndVisibility()
        {
            var s = PayrollScenario();
            var components = Assert.Single(Evaluate(s).Services).Components.ToDictionary(c => c.Id);

            var db = components["pay-db"];
            Assert.Equal("database", db.Kind);
            Assert.True(db.NeedsBackup);
            Assert.Equal(new[] { "main: db-nightly", "main: db-copy" }, db.Jobs);
            Assert.Equal(new[] { "cloud", "local" }, db.Repositories);
            Assert.Equal(s.DaysAgo(1), db.NewestGoodPoint);
            Assert.Equal(24.0, db.NewestGoodPointAgeHours);
            Assert.True(db.Visible);

            var identity = components["entra-id"];
            Assert.False(identity.NeedsBackup);
            Assert.Equal("Microsoft-hosted", identity.NoBackupReason);
            Assert.Null(identity.NewestGoodPoint);
            Assert.Null(identity.NewestGoodPointAgeHours);

            Assert.False(components["pay-files"].Visible);
            Assert.Empty(components["pay-app"].Jobs);
        }

        [Fact]
        public void TargetsApprovedOnlyWhenDr01IsEffective()
        {
            var s = PayrollScenario();
            s.Definition.Services[0].Targets.ApprovedOn = s.DaysAgo(400);
            var result = Evaluate(s);

            Assert.False(Assert.Single(result.Services).TargetsApproved);
            Assert.Equal(Outcome.Ineffective, ScoringHarness.Outcome(result, "DR-01", "payroll").Outcome);
        }

        [Fact]
        public void ResultHeaderSourcesAndEveryCatalogueControlInOrder()
        {
            var s = PayrollScenario();
            s.Definition.AuditWindow = Duration.FromDays(35);
            var result = Evaluate(s);

            Assert.Equal("draudit/v1", result.ApiVersion);
            Assert.Equal("Readiness", result.Kind);
            Assert.Equal("test-client", result.Client.Id);
            Assert.Equal(s.AsOf, result.AsOf);
            Assert.Equal(ScoringHarness.GeneratedAt, result.GeneratedAt);
            Assert.Equal("0.1.0", result.ToolVersion);
            Assert.Equal("35d", result.AuditWindow);
            Assert.Equal(ControlCatalogue.Default.Controls.Select(c => c.Id),
                result.EssentialEight.Controls.Concat(result.DrReadiness.Controls).Select(c => c.Id));
            Assert.All(result.EssentialEight.Controls, c => Assert.NotNull(c.Level));
            Assert.All(result.DrReadiness.Controls, c => Assert.Null(c.Level));

            var main = result.Sources.Single(x => x.Id == "main");
            Assert.Equal(SourceState.Ok, main.Status);
            Assert.Equal("inventory", main.Type);
            Assert.Equal(EvidenceQuality.Fair, main.EvidenceQuality);
            Assert.Null(main.Error);
            var other = result.Sources.Single(x => x.Id == "other");
            Assert.Equal(SourceState.Failed, other.Status);
            Assert.Equal("cannot read", other.Error);
            Assert.Null(other.EvidenceQuality);
        }

        [Fact]
        public void FailedSourceNeverYieldsAPassForWhatItWouldHaveProved()
        {
            var result = Evaluate(PayrollScenario());

            // pay-files is matched only to the failed source: coverage and freshness cannot be Effective
            foreach (var id in new[] { "DR-03", "E8-RB-01" })
                Assert.True(ScoringHarness.Outcome(result, id, "payroll").Outcome.IsFailing(), id);
            Assert.False(Assert.Single(result.Services).Ready);
        }
    }
}
