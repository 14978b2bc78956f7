using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Evaluation.Scoring
{
    /// <summary>One service's DR readiness (controls.md "DR readiness"): its own outcome of every DR service rule
    /// and the client outcome of every DR client rule (DR-07, DR-11, DR-15 count for every service). DR-16 (scope
    /// Environment: what no service names) is reported beside it and never counted.</summary>
    public sealed class DrReadinessCount
    {
        private DrReadinessCount(int effective, int applicable, bool ready)
        {
            Effective = effective;
            Applicable = applicable;
            Ready = ready;
        }

        /// <summary>DR controls Effective for the service.</summary>
        public int Effective { get; }
        /// <summary>DR controls that apply (not NotApplicable).</summary>
        public int Applicable { get; }
        /// <summary>No DR control Ineffective or NoVisibility.</summary>
        public bool Ready { get; }

        public static DrReadinessCount For(string serviceId, IEnumerable<ScoredControl> drControls)
        {
            // Counted for every service: one pass, nothing made.
            int effective = 0, applicable = 0;
            var ready = true;
            foreach (var control in drControls)
            {
                if (control.Definition.Scope == Catalogue.ControlScope.Environment) continue;
                var outcome = control.OutcomeFor(serviceId);
                if (outcome == Outcome.Effective) effective++;
                if (outcome != Outcome.NotApplicable) applicable++;
                if (outcome.IsFailing()) ready = false;
            }
            return new DrReadinessCount(effective, applicable, ready);
        }
    }
}
