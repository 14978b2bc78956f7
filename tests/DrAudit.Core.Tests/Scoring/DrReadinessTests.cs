using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Tests.Scoring
{
    public class DrReadinessTests
    {
        /// <summary>DR controls counted in a service's readiness: DR-01 to DR-15 (DR-16 is reported beside it).</summary>
        private const int DrControls = 15;

        [Fact]
        public void CountsEffectiveAndApplicableControlsPerService()
        {
            var h = new ScoringHarness();
            h.Service("payroll");
            h.Service("email", "important");
            h.Set("DR-12", "email", Outcome.NotApplicable)
             .Set("DR-13", "email", Outcome.NotApplicable)
             .Set("DR-03", "payroll", Outcome.Ineffective)
             .Set("DR-08", "email", Outcome.AlternateControl);

            var result = h.Evaluate();

            var payroll = result.Services.Single(s => s.Id == "payroll");
            Assert.Equal(DrControls - 1, payroll.DrControlsEffective);
            Assert.Equal(DrControls, payroll.DrControlsApplicable);
            Assert.False(payroll.Ready);
            var email = result.Services.Single(s => s.Id == "email");
            Assert.Equal(DrControls - 3, email.DrControlsEffective);
            Assert.Equal(DrControls - 2, email.DrControlsApplicable);
            Assert.True(email.Ready);
            Assert.Equal(1, result.DrReadiness.ServicesReady);
            Assert.Equal(2, result.DrReadiness.ServicesTotal);
        }

        [Fact]
        public void ClientRulesCountForEveryService()
        {
            var h = new ScoringHarness();
            h.Service("payroll");
            h.Service("email", "important");
            h.SetAll("DR-11", Outcome.NoVisibility);

            var result = h.Evaluate();

            Assert.All(result.Services, s =>
            {
                Assert.False(s.Ready);
                Assert.Equal(DrControls - 1, s.DrControlsEffective);
                Assert.Equal(DrControls, s.DrControlsApplicable);
            });
            Assert.Equal(0, result.DrReadiness.ServicesReady);
        }

        [Fact]
        public void EssentialEightOutcomesDoNotChangeDrReadiness()
        {
            var h = new ScoringHarness();
            h.Service("payroll");
            h.SetAll("E8-RB-01", Outcome.Ineffective).SetAll("E8-RB-05", Outcome.Ineffective);

            var result = h.Evaluate();

            Assert.True(Assert.Single(result.Services).Ready);
            Assert.Equal(1, result.DrReadiness.ServicesReady);
            Assert.Equal(DrControls + 1, result.DrReadiness.Controls.Count);
        }

        [Theory]
        [InlineData(Outcome.Ineffective)]
        [InlineData(Outcome.NoVisibility)]
        public void Dr16IsReportedBesideServiceReadinessNeverInIt(Outcome outcome)
        {
            var h = new ScoringHarness();
            h.Service("payroll");
            h.Service("email", "important");
            h.SetAll("DR-16", outcome);

            var result = h.Evaluate();

            Assert.All(result.Services, s =>
            {
                Assert.True(s.Ready);
                Assert.Equal(DrControls, s.DrControlsEffective);
                Assert.Equal(DrControls, s.DrControlsApplicable);
            });
            Assert.Equal(2, result.DrReadiness.ServicesReady);
            var control = ScoringHarness.Control(result, "DR-16");
            Assert.Equal(outcome, control.Outcome);
            Assert.Empty(control.Services);
            Assert.Contains(result.Findings, f => f.Key == "DR-16" && f.Service == null);
        }

        [Fact]
        public void Dr15CountsForEveryService()
        {
            var h = new ScoringHarness();
            h.Service("payroll");
            h.Service("email", "important");
            h.SetAll("DR-15", Outcome.Ineffective);

            var result = h.Evaluate();

            Assert.All(result.Services, s => Assert.False(s.Ready));
            Assert.Equal(0, result.DrReadiness.ServicesReady);
            Assert.Contains(result.Findings, f => f.Key == "DR-15" && f.Service == null);
        }

        [Fact]
        public void Dr15NotApplicableLeavesTheCountOfApplicableControls()
        {
            var h = new ScoringHarness();
            h.Service("payroll");
            h.SetAll("DR-15", Outcome.NotApplicable);

            var service = Assert.Single(h.Evaluate().Services);

            Assert.True(service.Ready);
            Assert.Equal(DrControls - 1, service.DrControlsApplicable);
        }

        [Fact]
        public void ControlWithoutARuleIsNoVisibilityForTheClientAndBlocksReadiness()
        {
            var h = new ScoringHarness();
            h.Service("payroll");
            h.Rules.Remove("DR-10");

            var result = h.Evaluate();

            var control = ScoringHarness.Control(result, "DR-10");
            Assert.Equal(Outcome.NoVisibility, control.Outcome);
            Assert.Equal("This version of DrAudit cannot judge DR-10.", control.Statement);
            Assert.Empty(control.Services);
            Assert.False(Assert.Single(result.Services).Ready);
            Assert.Contains(result.Findings, f => f.Key == "DR-10" && f.Outcome == Outcome.NoVisibility);
        }
    }
}
