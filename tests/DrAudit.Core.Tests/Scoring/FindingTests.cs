using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Tests.Scoring
{
    public class FindingTests
    {
        [Fact]
        public void EveryOutcomeOtherThanEffectiveAndNotApplicableIsAFinding()
        {
            var h = new ScoringHarness();
            h.Service("payroll");
            h.Set("DR-03", "payroll", Outcome.Ineffective)
             .Set("DR-04", "payroll", Outcome.NoVisibility)
             .Set("DR-05", "payroll", Outcome.NotImplemented)
             .Set("DR-12", "payroll", Outcome.NotApplicable)
             .SetAll("E8-RB-05", Outcome.NoVisibility);

            var result = h.Evaluate();

            Assert.Equal(new[] { "E8-RB-05", "DR-03/payroll", "DR-04/payroll", "DR-05/payroll" }, result.Findings.Select(f => f.Key));
            var dr03 = result.Findings.Single(f => f.Key == "DR-03/payroll");
            Assert.Equal("DR-03", dr03.Control);
            Assert.Equal("payroll", dr03.Service);
            Assert.Equal("DR-03 is Ineffective for Payroll.", dr03.Statement);
            Assert.Equal(new[] { "main: evidence of DR-03 for payroll" }, dr03.Evidence);
            Assert.Null(result.Findings.Single(f => f.Key == "E8-RB-05").Service);
        }

        [Fact]
        public void SeverityFollowsTierAndEssentialEightLevelOne()
        {
            var h = new ScoringHarness();
            h.Service("payroll", "critical");
            h.Service("email", "important");
            h.Service("archive", "standard");
            foreach (var s in new[] { "payroll", "email", "archive" }) h.Set("DR-03", s, Outcome.Ineffective).Set("E8-RB-01", s, Outcome.Ineffective);
            h.Set("E8-RB-11", "archive", Outcome.Ineffective);

            var severity = h.Evaluate().Findings.ToDictionary(f => f.Key, f => f.Severity);

            Assert.Equal(Severity.High, severity["DR-03/payroll"]);
            Assert.Equal(Severity.Medium, severity["DR-03/email"]);
            Assert.Equal(Severity.Low, severity["DR-03/archive"]);
            Assert.Equal(Severity.High, severity["E8-RB-01/archive"]);
            Assert.Equal(Severity.High, severity["E8-RB-01/email"]);
            Assert.Equal(Severity.Low, severity["E8-RB-11/archive"]);
        }

        [Theory]
        [InlineData("important", Severity.Medium)]
        [InlineData("standard", Severity.Low)]
        [InlineData("critical", Severity.High)]
        public void ClientLevelFindingTakesTheMostCriticalTierAmongServices(string highestTier, Severity expected)
        {
            var h = new ScoringHarness();
            h.Service("archive", "standard");
            h.Service("other", highestTier);
            h.SetAll("DR-11", Outcome.Ineffective).SetAll("E8-RB-07", Outcome.Ineffective).SetAll("E8-RB-05", Outcome.Ineffective);

            var severity = h.Evaluate().Findings.ToDictionary(f => f.Key, f => f.Severity);

            Assert.Equal(expected, severity["DR-11"]);
            Assert.Equal(expected, severity["E8-RB-07"]);
            Assert.Equal(Severity.High, severity["E8-RB-05"]);
        }

        [Fact]
        public void FindingsAreOrderedBySeverityThenCatalogueThenServiceOrder()
        {
            var h = new ScoringHarness();
            h.Service("archive", "standard");
            h.Service("payroll", "critical");
            h.Service("email", "important");
            foreach (var s in new[] { "archive", "payroll", "email" }) h.Set("DR-08", s, Outcome.Ineffective).Set("DR-03", s, Outcome.Ineffective);
            h.SetAll("E8-RB-11", Outcome.Ineffective);

            var keys = h.Evaluate().Findings.Select(f => f.Key).ToList();

            Assert.Equal(new[]
            {
                "E8-RB-11/payroll", "DR-03/payroll", "DR-08/payroll",
                "E8-RB-11/email", "DR-03/email", "DR-08/email",
                "E8-RB-11/archive", "DR-03/archive", "DR-08/archive",
            }, keys);
        }

        [Fact]
        public void KeysAreStableAcrossRuns()
        {
            static List<string> Keys()
            {
                var h = new ScoringHarness();
                h.Service("payroll");
                h.Service("email", "important");
                h.Set("DR-03", "email", Outcome.Ineffective).SetAll("DR-07", Outcome.NoVisibility).Set("E8-RB-02", "payroll", Outcome.Ineffective);
                return h.Evaluate().Findings.Select(f => f.Key).ToList();
            }

            var first = Keys();
            Assert.Equal(new[] { "E8-RB-02/payroll", "DR-07", "DR-03/email" }, first);
            Assert.Equal(first, Keys());
        }

        [Fact]
        public void AlternateControlFindingQuotesTheAcceptedRisk()
        {
            var h = new ScoringHarness();
            h.Service("archive", "standard");
            h.Set("E8-RB-11", "archive", Outcome.Ineffective);
            h.Exception("E8-RB-11", "archive", h.Scenario.DaysAgo(30), new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero));

            var finding = Assert.Single(h.Evaluate().Findings);

            Assert.Equal(Outcome.AlternateControl, finding.Outcome);
            Assert.Equal("E8-RB-11 is Ineffective for Archive. Accepted risk: accepted by Dr Priya Shah until 2027-03-01: " +
                "Replacement NAS is on order; compensating control: Weekly offline USB rotation.", finding.Statement);
        }

        [Fact]
        public void RemediationComesFromTheCatalogueAndDr09NamesIdentityWhenTheServiceHasNone()
        {
            var h = new ScoringHarness();
            h.Service("payroll");
            h.Scenario.Component("entra-id", ComponentKind.Identity);
            h.Scenario.Service("email", "important", "entra-id");
            h.SetAll("DR-09", Outcome.Ineffective);

            var result = h.Evaluate();

            var catalogue = DrAudit.Core.Catalogue.ControlCatalogue.Default.Find("DR-09")!.Remediation.Trim();
            var payroll = result.Findings.Single(f => f.Key == "DR-09/payroll");
            Assert.StartsWith(catalogue, payroll.Remediation);
            Assert.Contains("Payroll has no identity component", payroll.Remediation);
            Assert.Contains("likely undocumented dependency", payroll.Remediation);
            Assert.Equal(catalogue, result.Findings.Single(f => f.Key == "DR-09/email").Remediation);
        }
    }
}
