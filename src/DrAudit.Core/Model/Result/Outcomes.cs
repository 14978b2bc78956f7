using System.Collections.Generic;

namespace DrAudit.Core.Model.Result
{
    public static class Outcomes
    {
        /// <summary>The worst of some outcomes; NotApplicable when there are none.</summary>
        public static Outcome Worst(IEnumerable<Outcome> outcomes)
        {
            var worst = Outcome.NotApplicable;
            foreach (var o in outcomes)
                if (o < worst) worst = o;
            return worst;
        }

        public static Outcome Worst(Outcome a, Outcome b) => a < b ? a : b;

        /// <summary>Effective, AlternateControl or NotApplicable: does not block a maturity level.</summary>
        public static bool IsSatisfied(this Outcome o) =>
            o == Outcome.Effective || o == Outcome.AlternateControl || o == Outcome.NotApplicable;

        /// <summary>Ineffective or NoVisibility: the service is not ready.</summary>
        public static bool IsFailing(this Outcome o) => o == Outcome.Ineffective || o == Outcome.NoVisibility;
    }
}
