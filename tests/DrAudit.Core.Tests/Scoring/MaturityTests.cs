using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Tests.Scoring
{
    public class MaturityTests
    {
        private static ReadinessResult Score(params (string Control, Outcome Outcome)[] outcomes)
        {
            var h = new ScoringHarness();
            h.Service("payroll");
            foreach (var (control, outcome) in outcomes) h.SetAll(control, outcome);
            return h.Evaluate();
        }

        [Fact]
        public void EverythingSatisfiedIsLevelThreeWithNothingBlocking()
        {
            var e8 = Score().EssentialEight;
            Assert.Equal(3, e8.MaturityLevel);
            Assert.Empty(e8.BlockingNextLevel);
            Assert.Equal("RegularBackups", e8.Strategy);
        }

        [Fact]
        public void AlternateControlAndNotApplicableDoNotBlock()
        {
            var h = new ScoringHarness();
            h.Service("payroll");
            h.SetAll("E8-RB-11", Outcome.Ineffective).SetAll("E8-RB-04", Outcome.NotApplicable);
            h.Exception("E8-RB-11", null, h.Scenario.DaysAgo(1), h.Scenario.AsOf.AddDays(1));

            Assert.Equal(3, h.Evaluate().EssentialEight.MaturityLevel);
        }

        [Fact]
        public void AnUnsatisfiedLevelOneControlIsLevelZeroAndOnlyLevelOneControlsBlock()
        {
            var e8 = Score(("E8-RB-03", Outcome.Ineffective), ("E8-RB-07", Outcome.Ineffective), ("E8-RB-11", Outcome.Ineffective)).EssentialEight;
            Assert.Equal(0, e8.MaturityLevel);
            Assert.Equal(new[] { "E8-RB-03" }, e8.BlockingNextLevel);
        }

        [Fact]
        public void NoVisibilityBlocksExactlyAsIneffective()
        {
            var e8 = Score(("E8-RB-07", Outcome.NoVisibility)).EssentialEight;
            Assert.Equal(1, e8.MaturityLevel);
            Assert.Equal(new[] { "E8-RB-07" }, e8.BlockingNextLevel);
        }

        [Fact]
        public void LevelTwoWithLevelThreeControlsBlockingInCatalogueOrder()
        {
            var e8 = Score(("E8-RB-11", Outcome.Ineffective), ("E8-RB-09", Outcome.NoVisibility)).EssentialEight;
            Assert.Equal(2, e8.MaturityLevel);
            Assert.Equal(new[] { "E8-RB-09", "E8-RB-11" }, e8.BlockingNextLevel);
        }

        [Fact]
        public void HigherLevelsCountOnlyWhenEveryLowerLevelIsMet()
        {
            // level 2 fails, level 3 is fine: still level 1, and level-3 controls are not listed
            var e8 = Score(("E8-RB-08", Outcome.Ineffective), ("E8-RB-10", Outcome.Ineffective)).EssentialEight;
            Assert.Equal(1, e8.MaturityLevel);
            Assert.Equal(new[] { "E8-RB-08" }, e8.BlockingNextLevel);
        }

        [Fact]
        public void OneServiceFailingMakesTheClientOutcomeFail()
        {
            var h = new ScoringHarness();
            h.Service("payroll");
            h.Service("email", "important");
            h.Set("E8-RB-01", "email", Outcome.NoVisibility);

            var result = h.Evaluate();

            Assert.Equal(Outcome.NoVisibility, ScoringHarness.Control(result, "E8-RB-01").Outcome);
            Assert.Equal(0, result.EssentialEight.MaturityLevel);
            Assert.Equal(new[] { "E8-RB-01" }, result.EssentialEight.BlockingNextLevel);
        }
    }
}
