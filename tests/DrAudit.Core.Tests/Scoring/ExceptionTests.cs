using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Tests.Scoring
{
    public class ExceptionTests
    {
        private static ScoringHarness TwoServices()
        {
            var h = new ScoringHarness();
            h.Service("payroll");
            h.Service("archive", "standard");
            return h;
        }

        [Fact]
        public void InForceServiceExceptionTurnsIneffectiveIntoAlternateControlForThatServiceOnly()
        {
            var h = TwoServices();
            h.Set("E8-RB-11", "payroll", Outcome.Ineffective).Set("E8-RB-11", "archive", Outcome.Ineffective);
            h.Exception("E8-RB-11", "archive", h.Scenario.DaysAgo(100), h.Scenario.AsOf.AddDays(120));

            var result = h.Evaluate();

            var archive = ScoringHarness.Outcome(result, "E8-RB-11", "archive");
            Assert.Equal(Outcome.AlternateControl, archive.Outcome);
            Assert.Contains("Dr Priya Shah", archive.Exception);
            Assert.Contains("2027-03-01", archive.Exception);
            Assert.Contains("Weekly offline USB rotation", archive.Exception);
            var payroll = ScoringHarness.Outcome(result, "E8-RB-11", "payroll");
            Assert.Equal(Outcome.Ineffective, payroll.Outcome);
            Assert.Null(payroll.Exception);
            Assert.Equal(Outcome.Ineffective, ScoringHarness.Control(result, "E8-RB-11").Outcome);
            Assert.Equal("active", Assert.Single(result.Exceptions).Status);
        }

        [Fact]
        public void ClientWideExceptionCoversEveryServiceOfAServiceRule()
        {
            var h = TwoServices();
            h.SetAll("DR-08", Outcome.Ineffective);
            h.Exception("DR-08", null, h.Scenario.DaysAgo(10), h.Scenario.AsOf.AddDays(10));

            var result = h.Evaluate();

            Assert.All(ScoringHarness.Control(result, "DR-08").Services, s => Assert.Equal(Outcome.AlternateControl, s.Outcome));
            Assert.Equal(Outcome.AlternateControl, ScoringHarness.Control(result, "DR-08").Outcome);
        }

        [Fact]
        public void ExpiredExceptionChangesNothingAndIsListedAsExpired()
        {
            var h = TwoServices();
            h.Set("E8-RB-11", "archive", Outcome.Ineffective);
            // expires exactly at asOf: expired (docs/rules.md "at asOf >= expires it has expired")
            h.Exception("E8-RB-11", "archive", h.Scenario.DaysAgo(365), h.Scenario.AsOf);

            var result = h.Evaluate();

            var archive = ScoringHarness.Outcome(result, "E8-RB-11", "archive");
            Assert.Equal(Outcome.Ineffective, archive.Outcome);
            Assert.Null(archive.Exception);
            var status = Assert.Single(result.Exceptions);
            Assert.Equal("expired", status.Status);
            Assert.Equal("archive", status.Service);
            Assert.Equal("E8-RB-11", status.Control);
        }

        [Fact]
        public void ExceptionAcceptedAfterAsOfIsNotYetInForce()
        {
            var h = TwoServices();
            h.Set("E8-RB-11", "archive", Outcome.Ineffective);
            h.Exception("E8-RB-11", "archive", h.Scenario.AsOf.AddDays(1), h.Scenario.AsOf.AddDays(100));

            var result = h.Evaluate();

            Assert.Equal(Outcome.Ineffective, ScoringHarness.Outcome(result, "E8-RB-11", "archive").Outcome);
            Assert.Equal("notYetAccepted", Assert.Single(result.Exceptions).Status);
        }

        [Fact]
        public void NoVisibilityIsNeverCoveredByAnException()
        {
            var h = TwoServices();
            h.Set("DR-03", "archive", Outcome.NoVisibility);
            h.SetAll("E8-RB-07", Outcome.NoVisibility);
            h.Exception("DR-03", "archive", h.Scenario.DaysAgo(10), h.Scenario.AsOf.AddDays(10));
            h.Exception("E8-RB-07", null, h.Scenario.DaysAgo(10), h.Scenario.AsOf.AddDays(10));

            var result = h.Evaluate();

            Assert.Equal(Outcome.NoVisibility, ScoringHarness.Outcome(result, "DR-03", "archive").Outcome);
            Assert.Equal(Outcome.NoVisibility, ScoringHarness.Control(result, "E8-RB-07").Outcome);
        }

        [Fact]
        public void ServiceScopedExceptionDoesNotChangeAControlJudgedForTheClient()
        {
            var h = TwoServices();
            h.SetAll("DR-07", Outcome.Ineffective);
            h.Exception("DR-07", "payroll", h.Scenario.DaysAgo(10), h.Scenario.AsOf.AddDays(10));

            var result = h.Evaluate();

            Assert.Equal(Outcome.Ineffective, ScoringHarness.Control(result, "DR-07").Outcome);
            Assert.Contains(result.Findings, f => f.Key == "DR-07" && f.Outcome == Outcome.Ineffective);
        }

        [Fact]
        public void ClientWideExceptionChangesAControlJudgedForTheClientAndSaysSo()
        {
            var h = TwoServices();
            h.SetAll("DR-07", Outcome.Ineffective);
            h.Exception("DR-07", null, h.Scenario.DaysAgo(10), h.Scenario.AsOf.AddDays(10));

            var result = h.Evaluate();

            var control = ScoringHarness.Control(result, "DR-07");
            Assert.Equal(Outcome.AlternateControl, control.Outcome);
            Assert.Empty(control.Services);
            Assert.Contains(control.Evidence, e => e.Contains("Dr Priya Shah"));
            var finding = Assert.Single(result.Findings, f => f.Key == "DR-07");
            Assert.Equal(Outcome.AlternateControl, finding.Outcome);
            Assert.StartsWith("DR-07 is Ineffective for the client.", finding.Statement);
            Assert.Contains("Accepted risk: accepted by Dr Priya Shah until", finding.Statement);
            Assert.Contains("compensating control: Weekly offline USB rotation", finding.Statement);
        }

        [Fact]
        public void ExceptionForAnotherControlChangesNothing()
        {
            var h = TwoServices();
            h.Set("DR-03", "payroll", Outcome.Ineffective);
            h.Exception("DR-08", "payroll", h.Scenario.DaysAgo(10), h.Scenario.AsOf.AddDays(10));

            var result = h.Evaluate();

            Assert.Equal(Outcome.Ineffective, ScoringHarness.Outcome(result, "DR-03", "payroll").Outcome);
        }
    }
}
