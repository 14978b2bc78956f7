using DrAudit.Core.Evaluation;
using DrAudit.Core.Evaluation.Rules;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Support;

namespace DrAudit.Core.Tests.Evaluation.DataRules
{
    /// <summary>DR-16 (controls.md v1.1): every discovered workload is backed up by a job of its source, named by a
    /// component's backup.match for that source, or covered by a current accountedFor entry.</summary>
    public class Dr16NothingUnaccountedForRuleTests
    {
        private readonly Scenario _scenario = new Scenario();

        private void Discover(string source, params string[] objects)
        {
            var inventory = _scenario.Source(source);
            inventory.Discovered ??= new List<DiscoveredWorkload>();
            foreach (var o in objects) inventory.Discovered.Add(new DiscoveredWorkload { Object = o, Kind = WorkloadKind.Vm, Platform = "vSphere vc01" });
        }

        private AccountedFor Accounted(string source, string pattern, double daysAgo = 30)
        {
            var entry = new AccountedFor { Source = source, Object = pattern, Reason = "Test VMs", AcceptedBy = "Dr Priya Shah", AcceptedOn = _scenario.DaysAgo(daysAgo) };
            _scenario.Definition.AccountedFor.Add(entry);
            return entry;
        }

        private Judgement Judge() => new Dr16NothingUnaccountedForRule().Judge(_scenario.Context());

        [Fact]
        public void NoSourceEnumeratingItsEnvironmentIsNoVisibility()
        {
            var judgement = Judge();
            Assert.Equal(Outcome.NoVisibility, judgement.Outcome);
            Assert.Contains("Nothing enumerated the environment", judgement.Statement);
        }

        [Fact]
        public void ASourceThatCouldNotListItsEnvironmentIsNoVisibilityWithItsReasonNeverAPass()
        {
            Discover("main", "WEB01");
            _scenario.Repository("r1");
            _scenario.Job("j1", "r1", objects: "WEB01");
            _scenario.Source("tenant");
            _scenario.Sources.Single(s => s.Id == "tenant").DiscoveryGap = "Graph refused to list users (HTTP 403): grant User.Read.All";

            var judgement = Judge();

            Assert.Equal(Outcome.NoVisibility, judgement.Outcome);
            Assert.Contains("tenant could not list its environment: Graph refused to list users (HTTP 403): grant User.Read.All", judgement.Statement);
            Assert.Contains(judgement.Evidence, e => e.StartsWith("tenant: its environment could not be listed", StringComparison.Ordinal));
            Assert.Contains(judgement.Causes, c => c.Key == "environment/tenant/not-listed");
        }

        [Fact]
        public void TheOnlySourceNotListingItsEnvironmentSaysWhy()
        {
            _scenario.Sources.Single(s => s.Id == "main").DiscoveryGap = "no permission to list sites";
            var judgement = Judge();
            Assert.Equal(Outcome.NoVisibility, judgement.Outcome);
            Assert.Contains("Nothing enumerated the environment", judgement.Statement);
            Assert.Contains("main could not list its environment: no permission to list sites", judgement.Statement);
        }

        [Fact]
        public void UnaccountedWorkloadsStayIneffectiveWhenAnotherSourceCouldNotList()
        {
            Discover("main", "WEB01");
            _scenario.Source("tenant");
            _scenario.Sources.Single(s => s.Id == "tenant").DiscoveryGap = "refused";
            Assert.Equal(Outcome.Ineffective, Judge().Outcome);
        }

        [Fact]
        public void AnEmptyDiscoveredListIsEffective()
        {
            _scenario.Source("main").Discovered = new List<DiscoveredWorkload>();
            Assert.Equal(Outcome.Effective, Judge().Outcome);
        }

        [Fact]
        public void AWorkloadNothingAccountsForIsIneffectiveAndNamed()
        {
            Discover("main", "SQL01", "LOB-DB", "OLD-DC01");
            _scenario.Component("sql01");
            _scenario.Service("pm", "critical", "sql01");
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Contains("'LOB-DB' (main)", judgement.Statement);
            Assert.Contains("'OLD-DC01' (main)", judgement.Statement);
            Assert.DoesNotContain("SQL01", judgement.Statement);
            Assert.StartsWith("2 workloads", judgement.Statement);
            Assert.Contains(judgement.Causes, c => c.Key == "environment/unaccounted-workloads");
        }

        [Fact]
        public void BackedUpByAJobOfItsSourceCounts()
        {
            Discover("main", "WEB01");
            _scenario.Repository("r1");
            _scenario.Job("j1", "r1", objects: "web01");
            var judgement = Judge();
            Assert.Equal(Outcome.Effective, judgement.Outcome);
            Assert.Contains(judgement.Evidence, e => e.Contains("'WEB01'") && e.Contains("protected, in no service"));
            Assert.Contains("1 is protected but in no service", judgement.Statement);
        }

        [Fact]
        public void AJobOfAnotherSourceDoesNotCount()
        {
            Discover("main", "WEB01");
            _scenario.Repository("r1", source: "other");
            _scenario.Job("j1", "r1", source: "other", objects: "WEB01");
            Assert.Equal(Outcome.Ineffective, Judge().Outcome);
        }

        [Fact]
        public void ADisabledJobBacksNothingUp()
        {
            Discover("main", "WEB01");
            _scenario.Repository("r1");
            _scenario.Job("j1", "r1", objects: "WEB01").Enabled = false;
            Assert.Equal(Outcome.Ineffective, Judge().Outcome);
        }

        [Fact]
        public void AComponentMatchWithWildcardsCountsForItsOwnSourceOnly()
        {
            Discover("main", "SQL01-A", "SQL01-B");
            Discover("other", "SQL01-C");
            var component = _scenario.Component("sql", match: false);
            component.Backup = new BackupSpec { Match = { new BackupMatch { Source = "main", Object = "sql01-*" } } };
            var judgement = Judge();
            Assert.Equal(Outcome.Ineffective, judgement.Outcome);
            Assert.Contains("'SQL01-C' (other)", judgement.Statement);
            Assert.DoesNotContain("SQL01-A", judgement.Statement);
        }

        [Fact]
        public void AnAccountedForEntryWithWildcardsCovers()
        {
            Discover("main", "TEST-SQL02", "TEST-WEB");
            Accounted("main", "TEST-*");
            var judgement = Judge();
            Assert.Equal(Outcome.Effective, judgement.Outcome);
            Assert.Equal(EvidenceQuality.Poor, judgement.Quality);
            Assert.Contains(judgement.Evidence, e => e.Contains("accountedFor main 'TEST-SQL02': Test VMs (accepted by Dr Priya Shah on 2026-10-02)"));
        }

        [Fact]
        public void AnAccountedForEntryOfAnotherSourceDoesNotCover()
        {
            Discover("main", "TEST-SQL02");
            Accounted("other", "TEST-*");
            Assert.Equal(Outcome.Ineffective, Judge().Outcome);
        }

        [Fact]
        public void AnEntryExactly365DaysOldStillCounts()
        {
            Discover("main", "TEST-SQL02");
            Accounted("main", "TEST-*", 365);
            Assert.Equal(Outcome.Effective, Judge().Outcome);
        }

        [Fact]
        public void AnEntryOlderThan365DaysNoLongerCountsAndWarns()
        {
            Discover("main", "TEST-SQL02");
            Accounted("main", "TEST-*", 366);
            var context = _scenario.Context();
            Assert.Equal(Outcome.Ineffective, new Dr16NothingUnaccountedForRule().Judge(context).Outcome);
            var warning = Assert.Single(context.Warnings);
            Assert.Contains("TEST-*", warning);
            Assert.Contains("more than 365 days old", warning);
        }

        [Fact]
        public void AnEntryAcceptedAfterAsOfDoesNotCountYet()
        {
            Discover("main", "TEST-SQL02");
            Accounted("main", "TEST-*", -1);
            Assert.Equal(Outcome.Ineffective, Judge().Outcome);
        }

        [Fact]
        public void AnUnreadableSourceMakesAnOtherwiseCoveredEnvironmentNoVisibility()
        {
            Discover("main", "TEST-SQL02");
            Accounted("main", "TEST-*");
            _scenario.FailSource("m365");
            var judgement = Judge();
            Assert.Equal(Outcome.NoVisibility, judgement.Outcome);
            Assert.Contains("m365", judgement.Statement);
        }

        [Fact]
        public void UnaccountedWorkloadsWinOverAnUnreadableSource()
        {
            Discover("main", "LOB-DB");
            _scenario.FailSource("m365");
            Assert.Equal(Outcome.Ineffective, Judge().Outcome);
        }

        [Fact]
        public void EveryWorkloadGetsAStatusSayingWhatAccountsForIt()
        {
            Discover("main", "SQL01", "WEB01", "TEST-1", "LOB-DB", "LIC01");
            _scenario.Repository("r1");
            _scenario.Job("j1", "r1", objects: new[] { "SQL01", "WEB01" });
            _scenario.Component("sql01");
            _scenario.Component("lic01");
            _scenario.Service("pm", "critical", "sql01", "lic01");
            Accounted("main", "TEST-*");

            var statuses = _scenario.Context().Environment.Workloads.ToDictionary(w => w.Object);

            Assert.Equal((DiscoveredWorkloadStatus.Protected, false), (statuses["SQL01"].Status, statuses["SQL01"].InNoService));
            Assert.Equal(new[] { "sql01" }, statuses["SQL01"].Components);
            Assert.Equal(new[] { "pm" }, statuses["SQL01"].Services);
            Assert.Equal(new[] { "j1" }, statuses["SQL01"].Jobs);
            Assert.Equal((DiscoveredWorkloadStatus.Protected, true), (statuses["WEB01"].Status, statuses["WEB01"].InNoService));
            Assert.Equal(DiscoveredWorkloadStatus.AccountedFor, statuses["TEST-1"].Status);
            Assert.Equal("Dr Priya Shah", statuses["TEST-1"].AccountedForBy);
            Assert.Equal(DiscoveredWorkloadStatus.Unaccounted, statuses["LOB-DB"].Status);
            Assert.Equal(DiscoveredWorkloadStatus.Named, statuses["LIC01"].Status);
            Assert.All(statuses.Values, s => Assert.Equal(("main", "vm", "vSphere vc01"), (s.Source, s.Kind, s.Platform)));
        }
    }
}
