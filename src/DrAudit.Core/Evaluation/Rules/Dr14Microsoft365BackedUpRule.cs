using System.Linq;
using DrAudit.Core.Evaluation.Rules.Support;

namespace DrAudit.Core.Evaluation.Rules
{
    /// <summary>DR-14: every Microsoft 365 component (m365-*) is matched by an enabled backup job, even one marked
    /// <c>required: false</c>: Microsoft's own retention is not a backup. No such component: NotApplicable.</summary>
    public sealed class Dr14Microsoft365BackedUpRule : ServiceRule
    {
        public override string ControlId => "DR-14";

        public override Judgement Judge(ServiceContext service)
        {
            var components = service.Components.Where(c => c.IsMicrosoft365).ToList();
            if (components.Count == 0)
                return Judgement.NotApplicable($"{service.Name} has no Microsoft 365 component.");
            var verdicts = new ComponentVerdicts(service);
            foreach (var component in components)
                verdicts.Add(CoverageCheck.Verdict(service, component));
            return verdicts.Judge(
                v => $"{service.Name}: {ComponentStatements.N(v.NotMet.Count)} of {ComponentStatements.N(v.Count)} Microsoft 365 " +
                     $"{ComponentStatements.Verb(v.Count, "component", "components")} {ComponentStatements.Verb(v.NotMet.Count, "has", "have")} " +
                     $"no backup of its own beyond Microsoft's retention: {ComponentStatements.Details(v.NotMet)}.",
                "Microsoft 365 backup",
                v => $"Every Microsoft 365 component of {service.Name} ({ComponentStatements.N(v.Count)}) is protected by an enabled backup job.");
        }
    }
}
