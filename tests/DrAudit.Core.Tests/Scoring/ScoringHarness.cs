using DrAudit.Core.Catalogue;
using DrAudit.Core.Evaluation;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Tests.Support;

namespace DrAudit.Core.Tests.Scoring
{
    /// <summary>Scores a <see cref="Scenario"/> against the default catalogue with rules whose outcomes the test sets:
    /// every control starts Effective (a service rule or a client rule, as the catalogue scopes it).</summary>
    public sealed class ScoringHarness
    {
        public static readonly DateTimeOffset GeneratedAt = new DateTimeOffset(2026, 11, 1, 3, 12, 44, TimeSpan.Zero);

        public ScoringHarness()
        {
            foreach (var control in ControlCatalogue.Default.Controls)
                Rules[control.Id] = control.Scope == ControlScope.Service
                    ? new FixedServiceRule(control.Id)
                    : new FixedClientRule(control.Id);
        }

        public Scenario Scenario { get; } = new Scenario();

        public Dictionary<string, IControlRule> Rules { get; } = new Dictionary<string, IControlRule>();

        /// <summary>Adds a service of a tier with one component of the same name plus "-db".</summary>
        public Service Service(string id, string tier = "critical")
        {
            Scenario.Component(id + "-db", ComponentKind.Database);
            return Scenario.Service(id, tier, id + "-db");
        }

        public ScoringHarness Set(string controlId, string service, Outcome outcome)
        {
            ((FixedServiceRule)Rules[controlId]).For(service, outcome);
            return this;
        }

        public ScoringHarness SetAll(string controlId, Outcome outcome)
        {
            Rules[controlId] = ControlCatalogue.Default.Find(controlId)!.Scope == ControlScope.Service
                ? new FixedServiceRule(controlId, outcome)
                : new FixedClientRule(controlId, outcome);
            return this;
        }

        public RiskException Exception(string control, string? service, DateTimeOffset acceptedOn, DateTimeOffset expires)
        {
            var exception = new RiskException
            {
                Control = control, Service = service, Reason = "Replacement NAS is on order", Compensating = "Weekly offline USB rotation",
                AcceptedBy = "Dr Priya Shah", AcceptedOn = acceptedOn, Expires = expires,
            };
            Scenario.Definition.Exceptions.Add(exception);
            return exception;
        }

        public ReadinessResult Evaluate() =>
            ReadinessEvaluator.Evaluate(Scenario.Context(), ControlCatalogue.Default, "9.9.9", GeneratedAt, Rules);

        public static ControlResult Control(ReadinessResult result, string id) =>
            result.EssentialEight.Controls.Concat(result.DrReadiness.Controls).Single(c => c.Id == id);

        public static ServiceControlOutcome Outcome(ReadinessResult result, string id, string service) =>
            Control(result, id).Services.Single(s => s.Service == service);
    }
}
