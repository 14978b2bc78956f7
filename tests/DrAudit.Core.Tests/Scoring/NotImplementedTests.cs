using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Tests.Scoring
{
    /// <summary>controls.md "Recorded not implemented" (v1.1).</summary>
    public class NotImplementedTests
    {
        private static ScoringHarness TwoServices()
        {
            var h = new ScoringHarness();
            h.Service("payroll");
            h.Service("archive", "standard");
            return h;
        }

        private static NotImplementedEntry Record(ScoringHarness h, string control, string? service, DateTimeOffset? statedOn = null)
        {
            var entry = new NotImplementedEntry
            {
                Control = control, Service = service, StatedBy = "Mia Tran", StatedOn = statedOn ?? h.Scenario.DaysAgo(30),
                Reason = "Staff restore their own files from OneDrive versions",
            };
            h.Scenario.Definition.NotImplemented.Add(entry);
            return entry;
        }

        [Theory]
        [InlineData(Outcome.Ineffective)]
        [InlineData(Outcome.NoVisibility)]
        public void IneffectiveOrNoVisibilityBecomesNotImplementedForTheNamedServiceOnly(Outcome judged)
        {
            var h = TwoServices();
            h.Set("E8-RB-01", "payroll", judged).Set("E8-RB-01", "archive", judged);
            Record(h, "E8-RB-01", "payroll");

            var result = h.Evaluate();

            var payroll = ScoringHarness.Outcome(result, "E8-RB-01", "payroll");
            Assert.Equal(Outcome.NotImplemented, payroll.Outcome);
            Assert.Contains("Recorded as not implemented, stated by Mia Tran on 2026-10-02: Staff restore their own files from OneDrive versions.", payroll.Statement);
            Assert.Contains(payroll.Evidence, e => e.Contains("notImplemented E8-RB-01 for payroll"));
            Assert.Equal(judged, ScoringHarness.Outcome(result, "E8-RB-01", "archive").Outcome);
        }

        [Fact]
        public void NotImplementedStillBlocksTheMaturityLevelAndIsStillAFinding()
        {
            var h = TwoServices();
            h.SetAll("E8-RB-09", Outcome.Ineffective);
            Record(h, "E8-RB-09", null);

            var result = h.Evaluate();

            Assert.Equal(Outcome.NotImplemented, ScoringHarness.Control(result, "E8-RB-09").Outcome);
            Assert.Equal(2, result.EssentialEight.MaturityLevel);
            Assert.Contains("E8-RB-09", result.EssentialEight.BlockingNextLevel);
            var finding = Assert.Single(result.Findings, f => f.Control == "E8-RB-09");
            Assert.Equal(Outcome.NotImplemented, finding.Outcome);
        }

        [Fact]
        public void AClientWideEntryCoversEveryServiceOfAServiceRule()
        {
            var h = TwoServices();
            h.SetAll("DR-08", Outcome.Ineffective);
            Record(h, "DR-08", null);

            var result = h.Evaluate();

            Assert.All(ScoringHarness.Control(result, "DR-08").Services, s => Assert.Equal(Outcome.NotImplemented, s.Outcome));
            Assert.Equal(Outcome.NotImplemented, ScoringHarness.Control(result, "DR-08").Outcome);
            Assert.Equal(2, result.Findings.Count(f => f.Control == "DR-08" && f.Outcome == Outcome.NotImplemented));
        }

        [Fact]
        public void EffectiveStaysEffectiveWithAWarning()
        {
            var h = TwoServices();
            Record(h, "E8-RB-03", "payroll");

            var result = h.Evaluate();

            Assert.Equal(Outcome.Effective, ScoringHarness.Outcome(result, "E8-RB-03", "payroll").Outcome);
            var warning = Assert.Single(result.Warnings);
            Assert.Contains("E8-RB-03", warning);
            Assert.Contains("Mia Tran", warning);
            Assert.Contains("stays Effective", warning);
        }

        [Fact]
        public void AnUnexpiredExceptionForTheSameScopeWins()
        {
            var h = TwoServices();
            h.Set("E8-RB-11", "archive", Outcome.Ineffective);
            h.Exception("E8-RB-11", "archive", h.Scenario.DaysAgo(100), h.Scenario.AsOf.AddDays(120));
            Record(h, "E8-RB-11", "archive");

            var result = h.Evaluate();

            Assert.Equal(Outcome.AlternateControl, ScoringHarness.Outcome(result, "E8-RB-11", "archive").Outcome);
        }

        [Fact]
        public void AnExpiredExceptionLeavesTheRecordedChoice()
        {
            var h = TwoServices();
            h.Set("E8-RB-11", "archive", Outcome.Ineffective);
            h.Exception("E8-RB-11", "archive", h.Scenario.DaysAgo(365), h.Scenario.AsOf);
            Record(h, "E8-RB-11", "archive");

            Assert.Equal(Outcome.NotImplemented, ScoringHarness.Outcome(h.Evaluate(), "E8-RB-11", "archive").Outcome);
        }

        [Fact]
        public void AnExceptionNeverCoversNoVisibilitySoTheRecordedChoiceApplies()
        {
            var h = TwoServices();
            h.Set("E8-RB-11", "archive", Outcome.NoVisibility);
            h.Exception("E8-RB-11", "archive", h.Scenario.DaysAgo(100), h.Scenario.AsOf.AddDays(120));
            Record(h, "E8-RB-11", "archive");

            Assert.Equal(Outcome.NotImplemented, ScoringHarness.Outcome(h.Evaluate(), "E8-RB-11", "archive").Outcome);
        }

        [Fact]
        public void ClientRulesTakeClientWideEntriesOnly()
        {
            var h = TwoServices();
            h.SetAll("E8-RB-05", Outcome.NoVisibility).SetAll("DR-07", Outcome.Ineffective);
            Record(h, "E8-RB-05", "payroll");
            Record(h, "DR-07", null);

            var result = h.Evaluate();

            Assert.Equal(Outcome.NoVisibility, ScoringHarness.Control(result, "E8-RB-05").Outcome);
            var dr07 = ScoringHarness.Control(result, "DR-07");
            Assert.Equal(Outcome.NotImplemented, dr07.Outcome);
            Assert.Contains("Recorded as not implemented", dr07.Statement);
            Assert.Contains(result.Findings, f => f.Key == "DR-07" && f.Outcome == Outcome.NotImplemented);
        }

        [Fact]
        public void AnEntryStatedAfterAsOfChangesNothing()
        {
            var h = TwoServices();
            h.SetAll("DR-08", Outcome.Ineffective);
            Record(h, "DR-08", null, h.Scenario.AsOf.AddDays(1));

            Assert.Equal(Outcome.Ineffective, ScoringHarness.Control(h.Evaluate(), "DR-08").Outcome);
        }

        [Fact]
        public void NotApplicableAndAlternateControlAreLeftAlone()
        {
            var h = TwoServices();
            h.SetAll("DR-12", Outcome.NotApplicable);
            Record(h, "DR-12", null);

            var result = h.Evaluate();

            Assert.Equal(Outcome.NotApplicable, ScoringHarness.Control(result, "DR-12").Outcome);
            Assert.Empty(result.Warnings);
        }
    }
}
