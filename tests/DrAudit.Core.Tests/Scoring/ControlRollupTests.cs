using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Tests.Scoring
{
    public class ControlRollupTests
    {
        [Fact]
        public void ClientOutcomeIsTheWorstAndQualityTheWeakestStated()
        {
            var h = new ScoringHarness();
            h.Service("payroll");
            h.Service("email", "important");
            h.Service("archive", "standard");
            var rule = (FixedServiceRule)h.Rules["DR-03"];
            rule.Quality = EvidenceQuality.Good;
            h.Set("DR-03", "email", Outcome.AlternateControl).Set("DR-03", "archive", Outcome.NoVisibility);

            var control = ScoringHarness.Control(h.Evaluate(), "DR-03");

            Assert.Equal(Outcome.NoVisibility, control.Outcome);
            Assert.Equal(EvidenceQuality.Good, control.EvidenceQuality);
            Assert.Equal(new[] { "payroll", "email", "archive" }, control.Services.Select(s => s.Service));
            Assert.Equal(new[] { EvidenceQuality.Good, EvidenceQuality.Good, (EvidenceQuality?)null }, control.Services.Select(s => s.EvidenceQuality));
            Assert.Null(control.Statement);
        }

        [Fact]
        public void ClientRuleCarriesItsOwnStatementEvidenceAndQuality()
        {
            var h = new ScoringHarness();
            h.Service("payroll");
            h.SetAll("E8-RB-06", Outcome.Ineffective);

            var control = ScoringHarness.Control(h.Evaluate(), "E8-RB-06");

            Assert.Equal(Outcome.Ineffective, control.Outcome);
            Assert.Equal(EvidenceQuality.Poor, control.EvidenceQuality);
            Assert.Equal("E8-RB-06 is Ineffective for the client.", control.Statement);
            Assert.Equal(new[] { "client.yaml: statement for E8-RB-06" }, control.Evidence);
            Assert.Equal("ISM-1814", control.Ism);
            Assert.Equal(1, control.Level);
            Assert.Empty(control.Services);
        }

        [Fact]
        public void ServiceRuleWithNoServicesIsNotApplicableWithAReason()
        {
            var h = new ScoringHarness();

            var control = ScoringHarness.Control(h.Evaluate(), "DR-03");

            Assert.Equal(Outcome.NotApplicable, control.Outcome);
            Assert.False(string.IsNullOrWhiteSpace(control.Statement));
        }
    }
}
