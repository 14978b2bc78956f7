using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Catalogue;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Evaluation.Scoring
{
    /// <summary>How severe a finding is (controls.md "Findings"; docs/rules.md): an Essential Eight level-1 control
    /// or a critical-tier service is high, an important-tier service medium, anything else low. A finding for a
    /// control judged once for the client takes the most critical tier among the client's services.</summary>
    public static class FindingSeverity
    {
        public const string CriticalTier = "critical";
        public const string ImportantTier = "important";

        public static Severity For(ControlDefinition control, Service? service, IEnumerable<Service> allServices)
        {
            var byTier = service != null ? OfTier(service.Tier) : allServices.Select(s => OfTier(s.Tier)).DefaultIfEmpty(Severity.Low).Max();
            return control.Family == ControlFamily.EssentialEight && control.Level == 1 ? Severity.High : byTier;
        }

        public static Severity OfTier(string tier) =>
            tier == CriticalTier ? Severity.High : tier == ImportantTier ? Severity.Medium : Severity.Low;
    }
}
