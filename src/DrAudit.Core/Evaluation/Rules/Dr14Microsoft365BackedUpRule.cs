using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Evaluation.Rules.Support;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Evaluation.Rules
{
    /// <summary>DR-14: every Microsoft 365 component (m365-*) is matched by an enabled backup job, even one marked
    /// <c>required: false</c>: Microsoft's own retention is not a backup. No such component: NotApplicable.</summary>
    public sealed class Dr14Microsoft365BackedUpRule : ComponentRule
    {
        public override string ControlId => "DR-14";

        protected override IEnumerable<Component> ComponentsJudged(ServiceContext service) => service.Components.Where(c => c.IsMicrosoft365);

        protected override string NothingToJudge(ServiceContext service) => $"{service.Name} has no Microsoft 365 component.";

        protected override ComponentVerdict JudgeComponent(ServiceContext service, Component component) => CoverageCheck.Verdict(service, component);

        protected override Judgement Conclude(ServiceContext service, ComponentVerdicts verdicts)
        {
            return verdicts.Judge(
                v => $"{service.Name}: {ComponentStatements.N(v.NotMet.Count)} of {ComponentStatements.N(v.Count)} Microsoft 365 " +
                     $"{ComponentStatements.Verb(v.Count, "component", "components")} {ComponentStatements.Verb(v.NotMet.Count, "has", "have")} " +
                     $"no backup of its own beyond Microsoft's retention: {ComponentStatements.Details(v.NotMet)}.",
                "Microsoft 365 backup",
                v => $"Every Microsoft 365 component of {service.Name} ({ComponentStatements.N(v.Count)}) is protected by an enabled backup job.");
        }
    }
}
