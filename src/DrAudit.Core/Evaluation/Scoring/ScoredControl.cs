using System.Collections.Generic;
using DrAudit.Core.Catalogue;
using DrAudit.Core.Evaluation.Causes;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Evaluation.Scoring
{
    /// <summary>A catalogue control after judging and applying exceptions: its result, and whether it was judged
    /// per service (a service rule) or once for the client.</summary>
    public sealed class ScoredControl
    {
        private readonly IReadOnlyDictionary<string, IReadOnlyList<CauseReference>> _causes;
        /// <summary>Each service's entry in the result (the first, should one appear twice), made on first use: the
        /// readiness asks every DR control about every service, and a search of the list each time grows with the square.</summary>
        private Dictionary<string, ServiceControlOutcome>? _byService;

        public ScoredControl(ControlDefinition definition, bool perService, ControlResult result, string? clientException,
            IReadOnlyDictionary<string, IReadOnlyList<CauseReference>>? causes = null)
        {
            Definition = definition;
            PerService = perService;
            Result = result;
            ClientException = clientException;
            _causes = causes ?? new Dictionary<string, IReadOnlyList<CauseReference>>();
        }

        /// <summary>The key under which <see cref="CausesFor"/> finds a control judged once for the client.</summary>
        public const string ClientScope = "";

        /// <summary>What the rule named as at fault for the service (or, with <see cref="ClientScope"/> or null, for the
        /// client), in the order it named them; empty when it named nothing.</summary>
        public IReadOnlyList<CauseReference> CausesFor(string? serviceId) =>
            _causes.TryGetValue(serviceId ?? ClientScope, out var causes) ? causes : System.Array.Empty<CauseReference>();

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
            if (serviceId == null) return Outcome.NotApplicable;
            if (_byService == null)
            {
                _byService = new Dictionary<string, ServiceControlOutcome>(System.StringComparer.Ordinal);
                foreach (var s in Result.Services)
                    if (s.Service != null && !_byService.ContainsKey(s.Service)) _byService[s.Service] = s;
            }
            return _byService.TryGetValue(serviceId, out var entry) ? entry.Outcome : Outcome.NotApplicable;
        }
    }
}
