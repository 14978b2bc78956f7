using DrAudit.Core.Catalogue;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Evaluation.Scoring
{
    /// <summary>A catalogue control after judging and applying exceptions: its result, and whether it was judged
    /// per service (a service rule) or once for the client.</summary>
    public sealed class ScoredControl
    {
        public ScoredControl(ControlDefinition definition, bool perService, ControlResult result, string? clientException)
        {
            Definition = definition;
            PerService = perService;
            Result = result;
            ClientException = clientException;
        }

        public ControlDefinition Definition { get; }
        /// <summary>True for a service rule: the service outcomes are in <see cref="ControlResult.Services"/>.</summary>
        public bool PerService { get; }
        public ControlResult Result { get; }
        /// <summary>For a control judged once for the client: the client-wide exception that made it AlternateControl.</summary>
        public string? ClientException { get; }

        public string Id => Definition.Id;

        /// <summary>The outcome that counts for a service: its own for a service rule, the client's for a client rule.</summary>
        public Outcome OutcomeFor(string serviceId)
        {
            if (!PerService) return Result.Outcome;
            foreach (var s in Result.Services)
                if (s.Service == serviceId) return s.Outcome;
            return Outcome.NotApplicable;
        }
    }
}
