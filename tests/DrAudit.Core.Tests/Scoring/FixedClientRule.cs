using DrAudit.Core.Evaluation;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Tests.Scoring
{
    /// <summary>A client rule with an outcome set by the test.</summary>
    public sealed class FixedClientRule : ClientRule
    {
        public FixedClientRule(string controlId, Outcome outcome = Outcome.Effective)
        {
            ControlId = controlId;
            Outcome = outcome;
        }

        public override string ControlId { get; }

        public Outcome Outcome { get; set; }

        public override Judgement Judge(AuditContext audit) =>
            new Judgement(Outcome, $"{ControlId} is {Outcome} for the client.",
                Outcome == Outcome.NoVisibility ? null : EvidenceQuality.Poor,
                new[] { $"client.yaml: statement for {ControlId}" });
    }
}
