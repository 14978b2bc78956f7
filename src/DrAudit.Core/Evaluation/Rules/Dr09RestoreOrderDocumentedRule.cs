using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Evaluation.Rules.Recorded;
using DrAudit.Core.Evaluation.Rules.Support;
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
            var cycles = CyclesTouching(service, audit.DependencyCycles);

            var evidence = new List<string>
            {
                DefinitionEvidence.Line(audit, "services[" + service.Service.Id + "].restoreOrder" + (analysis.Documented
                    ? ": " + string.Join(", ", analysis.Order)
                    : " is not stated; derived from dependsOn: " + string.Join(", ", analysis.DerivedOrder))),
            };
            foreach (var component in service.Components)
                if (component.DependsOn.Count > 0)
                    evidence.Add(DefinitionEvidence.Line(audit, "components[" + component.Id + "].dependsOn: " + string.Join(", ", component.DependsOn)));

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

        /// <summary>The dependency cycles that pass through a component of the service (most definitions have none).</summary>
        private static List<IReadOnlyList<string>> CyclesTouching(ServiceContext service, IReadOnlyList<IReadOnlyList<string>> cycles)
        {
            var touching = new List<IReadOnlyList<string>>();
            if (cycles.Count == 0) return touching;
            var members = new HashSet<string>(service.Service.Components);
            foreach (var cycle in cycles)
                if (cycle.Any(members.Contains)) touching.Add(cycle);
            return touching;
        }

        private static string Capitalised(string text) =>
            text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

        /// <summary>The components' names, in the order of their ids ("Database, App server").</summary>
        private static string Names(ServiceContext service, IReadOnlyList<string> ids)
        {
            var names = EvidenceLineBuilder.Start();
            for (int i = 0; i < ids.Count; i++)
            {
                if (i > 0) names.Append(", ");
                names.Append(service.Audit.Component(ids[i])?.Name ?? ids[i]);
            }
            return EvidenceLineBuilder.Finish(names);
        }
    }
}
