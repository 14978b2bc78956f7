using System.Linq;
using DrAudit.Core.Evaluation.Rules.Support;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;

namespace DrAudit.Core.Evaluation.Rules
{
    /// <summary>DR-08: every component needing backup has a good point in a repository that compromised production
    /// cannot reach: immutable, offline, or not sharing production credentials. A repository the source does not
    /// list, or whose relevant facts are not stated, cannot prove it either way.</summary>
    public sealed class Dr08CopyOutOfReachRule : ComponentRule
    {
        public override string ControlId => "DR-08";

        protected override bool UsesRepositoryFacts => true;

        protected override Judgement Conclude(ServiceContext service, ComponentVerdicts verdicts)
        {
            return verdicts.Judge(
                v => v.FailingStatement($"{ComponentStatements.Verb(v.NotMet.Count, "has", "have")} no copy out of reach of a compromised production network"),
                "a copy out of reach of production",
                v => $"Every component of {service.Name} has a good point in a repository that is immutable, offline or not reachable with production credentials.");
        }

        protected override ComponentVerdict JudgeComponent(ServiceContext service, Component component)
        {
            var evidence = service.EvidenceFor(component);
            if (!evidence.Visible) return ComponentVerdict.Invisible(service, evidence);
            if (evidence.GoodPoints.Count == 0)
                return ComponentVerdict.NotMet(component, $"{component.Name} has no good restore point", ComponentRecency.NoPointEvidence(evidence), 1)
                    .Because(ComponentCauses.NoGoodPoint(service, component));
            var repositories = evidence.Repositories;
            var lines = repositories.Select(r => r.Describe(
                "immutable: " + ComponentRepository.YesNo(r.Repository?.Immutable),
                "offline: " + (r.Repository?.Location == null ? "not stated" : r.Repository.Location == RepositoryLocation.Offline ? "yes" : "no"),
                "shares production credentials: " + ComponentRepository.YesNo(r.Repository?.SharesProductionCredentials))).ToList();

            var outOfReach = repositories.Where(r => r.Known && (r.Repository!.Immutable == true || r.Repository.Location == RepositoryLocation.Offline ||
                                                                 r.Repository.SharesProductionCredentials == false)).ToList();
            if (outOfReach.Count > 0)
                return ComponentVerdict.Met(component, $"{component.Name} has points in {ComponentRepository.Names(outOfReach)}", lines);

            var unknown = repositories.Where(r => !r.Known || r.Repository!.Immutable == null || r.Repository.Location == null ||
                                                  r.Repository.SharesProductionCredentials == null).ToList();
            if (unknown.Count > 0)
                return ComponentVerdict.Unknown(component,
                    $"whether {ComponentRepository.Names(unknown)} holding {ComponentStatements.Possessive(component.Name)} points can be reached from production is not stated", lines);
            var where = repositories.Count == 0 ? "name no repository" : $"are only in {ComponentRepository.Names(repositories)}, mutable, online and reachable with production credentials";
            return ComponentVerdict.NotMet(component, $"{ComponentStatements.Possessive(component.Name)} points {where}", lines)
                .Because(Causes.CauseReference.NoOffsiteCopy(component));
        }
    }
}
