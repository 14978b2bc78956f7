using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Evaluation.Rules.Recorded;
using DrAudit.Core.Model.Result;
using DrAudit.Core.RestoreOrder;

namespace DrAudit.Core.Evaluation.Rules
{
    /// <summary>DR-09: the service's <c>restoreOrder</c> is present, lists every component once, respects
    /// <c>dependsOn</c> transitively, and no dependency cycle touches the service (checked by
    /// <see cref="RestoreOrderResolver"/>). Without a restoreOrder the derived order is reported and the control is
    /// Ineffective. A service with no identity component gets a note naming identity as a likely undocumented dependency.</summary>
    public sealed class Dr09RestoreOrderDocumentedRule : ServiceRule
    {
        public override string ControlId => "DR-09";

        public override Judgement Judge(ServiceContext service)
        {
            var audit = service.Audit;
            var analysis = service.RestoreOrder;
            var members = new HashSet<string>(service.Service.Components);
            var cycles = audit.DependencyCycles.Where(c => c.Any(members.Contains)).ToList();

            var evidence = new List<string>
            {
                DefinitionEvidence.Line(audit, "services[" + service.Service.Id + "].restoreOrder" + (analysis.Documented
                    ? ": " + string.Join(", ", analysis.Order)
                    : " is not stated; derived from dependsOn: " + string.Join(", ", analysis.DerivedOrder))),
            };
            evidence.AddRange(service.Components.Where(c => c.DependsOn.Count > 0)
                .Select(c => DefinitionEvidence.Line(audit, "components[" + c.Id + "].dependsOn: " + string.Join(", ", c.DependsOn))));

            var problems = new List<string>();
            if (!analysis.Documented)
                problems.Add(service.Name + "'s restore order is not documented; from its dependencies it would be " + Names(service, analysis.DerivedOrder));
            else if (analysis.Problems.Count > 0)
                problems.Add(service.Name + "'s documented restore order is inconsistent: " + string.Join("; ", analysis.Problems.Select(p => p.Trim().TrimEnd('.'))));
            foreach (var cycle in cycles)
                problems.Add("its components depend on each other in a cycle (" + string.Join(" -> ", cycle.Concat(new[] { cycle[0] })) + "), so no restore order can work");

            var identityNote = analysis.HasIdentityComponent
                ? ""
                : "; it lists no identity component (such as Entra ID or Active Directory), which is likely an undocumented dependency";
            if (problems.Count > 0)
                return Judgement.Ineffective(Capitalised(string.Join("; ", problems)) + identityNote + ".", EvidenceQuality.Poor, evidence);
            return Judgement.Effective(
                service.Name + "'s documented restore order (" + Names(service, analysis.Order) + ") respects every dependency" + identityNote + ".",
                EvidenceQuality.Poor, evidence);
        }

        private static string Capitalised(string text) =>
            text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

        private static string Names(ServiceContext service, IEnumerable<string> ids) =>
            string.Join(", ", ids.Select(id => service.Audit.Component(id)?.Name ?? id));
    }
}
