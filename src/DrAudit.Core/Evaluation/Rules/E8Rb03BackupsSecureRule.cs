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
            // The repositories are counted by what is known of them; they are named only in the words, when those are used.
            int unencrypted = 0, unlisted = 0, encryptionUnknown = 0, locationUnknown = 0;
            var offSite = false;
            for (int i = 0; i < repositories.Count; i++)
            {
                var repository = repositories[i];
                if (!repository.Known) unlisted++;
                else if (repository.Repository!.Encrypted == false) unencrypted++;
                else if (repository.Repository.Encrypted == null) encryptionUnknown++;
                var isOffSite = repository.OffSite;
                if (isOffSite == true) offSite = true;
                else if (isOffSite == null) locationUnknown++;
            }

            if (!evidence.Visible)
            {
                if (unencrypted > 0)
                    return BecauseUnencrypted(ComponentVerdict.NotMet(component, evidence, UnencryptedProblem, RepositoryLines, 1), repositories);
                return ComponentVerdict.Invisible(service, evidence);
            }
            if (evidence.GoodPoints.Count == 0)
                return ComponentVerdict.NotMet(component, evidence, static e => $"{e.Component.Name} has no good restore point", ComponentRecency.NoPointEvidence, 10)
                    .Because(ComponentCauses.NoGoodPoint(service, component));

            var tooFew = repositories.Count < 2;
            var noneOffSite = !offSite && locationUnknown == 0 && repositories.Count >= 2;
            var problems = (tooFew ? 1 : 0) + (unencrypted > 0 ? 1 : 0) + (noneOffSite ? 1 : 0);
            if (problems > 0)
            {
                var noSecondCopy = tooFew || (!offSite && locationUnknown == 0);
                return BecauseUnencrypted(ComponentVerdict.NotMet(component, (evidence, tooFew, unencrypted, noneOffSite),
                        static f => Problems(f.evidence, f.tooFew, f.unencrypted > 0, f.noneOffSite), static f => RepositoryLines(f.evidence), problems)
                    .Because(noSecondCopy ? CauseReference.NoOffsiteCopy(component) : null), repositories);
            }

            if (unlisted > 0 || encryptionUnknown > 0 || (!offSite && locationUnknown > 0))
                return ComponentVerdict.Unknown(component, (evidence, unlisted, encryptionUnknown, locationUnknown: !offSite && locationUnknown > 0),
                    static f => Unknowns(f.evidence, f.unlisted > 0, f.encryptionUnknown > 0, f.locationUnknown), static f => RepositoryLines(f.evidence));

            return ComponentVerdict.Met(component, evidence,
                static e => $"{e.Component.Name} has good points in {ComponentStatements.N(e.Repositories.Count)} encrypted repositories ({ComponentRepository.Names(e.Repositories)})",
                RepositoryLines);
        }

        /// <summary>"X has good points in only 1 repository (...), and X has points in an unencrypted repository (...)".</summary>
        private static string Problems(ComponentEvidence evidence, bool tooFew, bool unencrypted, bool noneOffSite)
        {
            var component = evidence.Component;
            var repositories = evidence.Repositories;
            var clauses = new List<string>(3);
            if (tooFew)
                clauses.Add($"{component.Name} has good points in only {ComponentStatements.N(repositories.Count)} " +
                            $"{ComponentStatements.Verb(repositories.Count, "repository", "repositories")} (at least 2 are needed, one of them off-site)");
            if (unencrypted) clauses.Add(UnencryptedProblem(evidence));
            if (noneOffSite) clauses.Add($"none of {ComponentStatements.Possessive(component.Name)} repositories is off-site, in the cloud or offline");
            return string.Join(", and ", clauses);
        }

        private static string UnencryptedProblem(ComponentEvidence evidence) =>
            $"{evidence.Component.Name} has points in an unencrypted repository ({ComponentRepository.Names(evidence.Repositories.Where(IsUnencrypted))})";

        /// <summary>What is not known of the repositories holding the component's points.</summary>
        private static string Unknowns(ComponentEvidence evidence, bool unlisted, bool encryptionUnknown, bool locationUnknown)
        {
            var component = evidence.Component;
            var repositories = evidence.Repositories;
            var clauses = new List<string>(3);
            if (unlisted)
                clauses.Add($"{component.Name} has points in {ComponentRepository.Names(repositories.Where(r => !r.Known))}, which the source does not list");
            if (encryptionUnknown)
                clauses.Add($"the encryption of {ComponentRepository.Names(repositories.Where(r => r.Known && r.Repository!.Encrypted == null))} " +
                            $"holding {ComponentStatements.Possessive(component.Name)} points is not stated");
            if (locationUnknown)
                clauses.Add($"the location of {ComponentRepository.Names(repositories.Where(r => r.OffSite == null))} " +
                            $"holding {ComponentStatements.Possessive(component.Name)} points is not stated");
            return string.Join(", and ", clauses);
        }

        private static bool IsUnencrypted(ComponentRepository repository) => repository.Known && repository.Repository!.Encrypted == false;

        /// <summary>Names every unencrypted repository of the component as a cause.</summary>
        private static ComponentVerdict BecauseUnencrypted(ComponentVerdict verdict, IReadOnlyList<ComponentRepository> repositories)
        {
            for (int i = 0; i < repositories.Count; i++)
                if (IsUnencrypted(repositories[i])) verdict.Because(CauseReference.RepositoryNotEncrypted(repositories[i]));
            return verdict;
        }

        /// <summary>A line for each repository holding good points of the component (its location and encryption), and one
        /// for the good points that name none.</summary>
        private static List<string> RepositoryLines(ComponentEvidence evidence)
        {
            var lines = new List<string>(evidence.Repositories.Count + 1);
            foreach (var r in evidence.Repositories)
                lines.Add(r.Describe(ComponentRepository.LocationFact(r.Repository?.Location), ComponentRepository.EncryptedFact(r.Repository?.Encrypted)));
            var withoutRepository = evidence.PointsWithoutRepository;
            if (withoutRepository > 0)
                lines.Add($"{string.Join(", ", evidence.MatchedSources)}: {ComponentStatements.N(withoutRepository)} good points of {evidence.Component.Name} name no repository");
            return lines;
        }
    }
}
