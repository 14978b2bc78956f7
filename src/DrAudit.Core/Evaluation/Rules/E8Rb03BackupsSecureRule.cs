using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Evaluation.Causes;
using DrAudit.Core.Evaluation.Rules.Support;
using DrAudit.Core.Model.Definition;

namespace DrAudit.Core.Evaluation.Rules
{
    /// <summary>E8-RB-03 (ISM-1811): every component needing backup has good points in at least two repositories
    /// (counted by source and id), at least one offsite, cloud or offline, and every repository holding its points
    /// is encrypted. A repository whose encryption or location is not stated, or that its source does not list,
    /// cannot prove the requirement. An unencrypted repository is proven even when another source failed.</summary>
    public sealed class E8Rb03BackupsSecureRule : ComponentRule
    {
        public override string ControlId => "E8-RB-03";

        protected override bool UsesRepositoryFacts => true;

        protected override Judgement Conclude(ServiceContext service, ComponentVerdicts verdicts)
        {
            return verdicts.Judge(
                v => v.FailingStatement(ComponentStatements.Verb(v.NotMet.Count, "is", "are") + " not kept securely"),
                "secure and resilient storage",
                v => $"Every component of {service.Name} has good points in at least two encrypted repositories, at least one of them off-site, in the cloud or offline.");
        }

        protected override ComponentVerdict JudgeComponent(ServiceContext service, Component component)
        {
            var evidence = service.EvidenceFor(component);
            var repositories = evidence.Repositories;
            var withoutRepository = evidence.PointsWithoutRepository;
            var lines = repositories.Select(r => r.Describe(
                r.Repository?.Location?.ToString().ToLowerInvariant() ?? "location not stated",
                "encrypted: " + ComponentRepository.YesNo(r.Repository?.Encrypted))).ToList();
            if (withoutRepository > 0)
                lines.Add($"{string.Join(", ", evidence.MatchedSources)}: {ComponentStatements.N(withoutRepository)} good points of {component.Name} name no repository");

            var problems = new List<string>();
            var unencrypted = repositories.Where(r => r.Known && r.Repository!.Encrypted == false).ToList();
            if (unencrypted.Count > 0)
                problems.Add($"{component.Name} has points in an unencrypted repository ({ComponentRepository.Names(unencrypted)})");
            if (!evidence.Visible)
            {
                if (problems.Count > 0) return ComponentVerdict.NotMet(component, problems[0], lines, problems.Count).Because(unencrypted.Select(CauseReference.RepositoryNotEncrypted).ToArray());
                return ComponentVerdict.Invisible(service, evidence);
            }
            if (evidence.GoodPoints.Count == 0)
                return ComponentVerdict.NotMet(component, $"{component.Name} has no good restore point", ComponentRecency.NoPointEvidence(evidence), 10)
                    .Because(ComponentCauses.NoGoodPoint(service, component));

            if (repositories.Count < 2)
                problems.Insert(0, $"{component.Name} has good points in only {ComponentStatements.N(repositories.Count)} " +
                                   $"{ComponentStatements.Verb(repositories.Count, "repository", "repositories")} (at least 2 are needed, one of them off-site)");
            var offSite = repositories.Any(r => r.OffSite == true);
            var locationUnknown = repositories.Where(r => r.OffSite == null).ToList();
            var noSecondCopy = repositories.Count < 2 || (!offSite && locationUnknown.Count == 0);
            if (!offSite && locationUnknown.Count == 0 && repositories.Count >= 2)
                problems.Add($"none of {ComponentStatements.Possessive(component.Name)} repositories is off-site, in the cloud or offline");
            if (problems.Count > 0)
                return ComponentVerdict.NotMet(component, string.Join(", and ", problems), lines, problems.Count)
                    .Because(noSecondCopy ? CauseReference.NoOffsiteCopy(component) : null)
                    .Because(unencrypted.Select(CauseReference.RepositoryNotEncrypted).ToArray());

            var unknowns = new List<string>();
            var unlisted = repositories.Where(r => !r.Known).ToList();
            if (unlisted.Count > 0)
                unknowns.Add($"{component.Name} has points in {ComponentRepository.Names(unlisted)}, which the source does not list");
            var encryptionUnknown = repositories.Where(r => r.Known && r.Repository!.Encrypted == null).ToList();
            if (encryptionUnknown.Count > 0)
                unknowns.Add($"the encryption of {ComponentRepository.Names(encryptionUnknown)} holding {ComponentStatements.Possessive(component.Name)} points is not stated");
            if (!offSite && locationUnknown.Count > 0)
                unknowns.Add($"the location of {ComponentRepository.Names(locationUnknown)} holding {ComponentStatements.Possessive(component.Name)} points is not stated");
            if (unknowns.Count > 0)
                return ComponentVerdict.Unknown(component, string.Join(", and ", unknowns), lines);

            return ComponentVerdict.Met(component,
                $"{component.Name} has good points in {ComponentStatements.N(repositories.Count)} encrypted repositories ({ComponentRepository.Names(repositories)})", lines);
        }
    }
}
