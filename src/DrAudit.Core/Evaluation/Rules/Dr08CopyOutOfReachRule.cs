using System.Collections.Generic;
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
                return ComponentVerdict.NotMet(component, evidence, static e => $"{e.Component.Name} has no good restore point", ComponentRecency.NoPointEvidence, 1)
                    .Because(ComponentCauses.NoGoodPoint(service, component));
            var repositories = evidence.Repositories;

            // The repositories are counted by what is known of them; they are named only in the words, when those are used.
            int outOfReach = 0, unknown = 0;
            for (int i = 0; i < repositories.Count; i++)
            {
                if (IsOutOfReach(repositories[i])) outOfReach++;
                if (IsUnknown(repositories[i])) unknown++;
            }
            if (outOfReach > 0)
                return ComponentVerdict.Met(component, evidence,
                    static e => $"{e.Component.Name} has points in {ComponentRepository.Names(e.Repositories.Where(IsOutOfReach))}", static e => RepositoryLines(e.Repositories));

            if (unknown > 0)
                return ComponentVerdict.Unknown(component, evidence,
                    static e => $"whether {ComponentRepository.Names(e.Repositories.Where(IsUnknown))} holding {ComponentStatements.Possessive(e.Component.Name)} points " +
                                "can be reached from production is not stated",
                    static e => RepositoryLines(e.Repositories));
            return ComponentVerdict.NotMet(component, evidence,
                    static e => $"{ComponentStatements.Possessive(e.Component.Name)} points " + (e.Repositories.Count == 0 ? "name no repository"
                        : $"are only in {ComponentRepository.Names(e.Repositories)}, mutable, online and reachable with production credentials"),
                    static e => RepositoryLines(e.Repositories))
                .Because(Causes.CauseReference.NoOffsiteCopy(component));
        }

        /// <summary>A repository the source lists as immutable, offline or not sharing production credentials.</summary>
        private static bool IsOutOfReach(ComponentRepository r) =>
            r.Known && (r.Repository!.Immutable == true || r.Repository.Location == RepositoryLocation.Offline || r.Repository.SharesProductionCredentials == false);

        /// <summary>A repository the source does not list, or lists without a fact that could put it out of reach.</summary>
        private static bool IsUnknown(ComponentRepository r) =>
            !r.Known || r.Repository!.Immutable == null || r.Repository.Location == null || r.Repository.SharesProductionCredentials == null;

        /// <summary>A line for each repository holding good points of the component: what could put it out of reach.</summary>
        private static List<string> RepositoryLines(IReadOnlyList<ComponentRepository> repositories)
        {
            var lines = new List<string>(repositories.Count);
            foreach (var r in repositories)
                lines.Add(r.Describe(ComponentRepository.ImmutableFact(r.Repository?.Immutable), ComponentRepository.OfflineFact(r.Repository?.Location),
                    ComponentRepository.SharesCredentialsFact(r.Repository?.SharesProductionCredentials)));
            return lines;
        }
    }
}
