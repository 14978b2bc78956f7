using DrAudit.Core.Evaluation;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Tests.Scoring
{
    /// <summary>A service rule whose outcome per service is set by the test (default for unnamed services).</summary>
    public sealed class FixedServiceRule : ServiceRule
    {
        private readonly Dictionary<string, Outcome> _outcomes = new Dictionary<string, Outcome>();
        private readonly Outcome _default;

        public FixedServiceRule(string controlId, Outcome outcome = Outcome.Effective)
        {
            ControlId = controlId;
            _default = outcome;
        }

        public override string ControlId { get; }

        public EvidenceQuality Quality { get; set; } = EvidenceQuality.Fair;

        public FixedServiceRule For(string service, Outcome outcome)
        {
            _outcomes[service] = outcome;
            return this;
        }

        public override Judgement Judge(ServiceContext service)
        {
            var outcome = _outcomes.TryGetValue(service.Service.Id, out var o) ? o : _default;
            return new Judgement(outcome, $"{ControlId} is {outcome} for {service.Name}.",
                outcome == Outcome.NoVisibility || outcome == Outcome.NotApplicable ? null : Quality,
                new[] { $"main: evidence of {ControlId} for {service.Service.Id}" });
        }
    }
}
