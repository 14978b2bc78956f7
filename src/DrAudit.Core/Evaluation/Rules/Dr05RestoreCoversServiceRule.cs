using System.Linq;
using DrAudit.Core.Evaluation.Rules.Recorded;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using static System.FormattableString;

namespace DrAudit.Core.Evaluation.Rules
{
    /// <summary>DR-05: the latest restore test of the service, whatever its result (DR-04 and DR-06 judge success),
    /// is full-service, or application covering every component of the service (no components listed means all).</summary>
    public sealed class Dr05RestoreCoversServiceRule : ServiceRule
    {
        public override string ControlId => "DR-05";

        public override Causes.CauseReference? CauseOf(ServiceContext service) => Causes.CauseReference.RestoreTesting(service.Service);

        public override Judgement Judge(ServiceContext service)
        {
            var latest = service.RestoreTests.LastOrDefault();
            if (latest == null)
                return Judgement.Ineffective(
                    Invariant($"No restore of {service.Name} has been tested, so nothing shows the whole service can be brought back."),
                    EvidenceQuality.Poor);

            var when = EvidenceDates.Date(latest.Date);
            var evidence = new[] { RestoreTestEvidence.Describe(latest) };
            if (latest.Scope == RestoreScope.FullService)
                return Judgement.Effective(
                    Invariant($"{service.Name}'s latest restore test ({when}) restored the full service."), latest.Quality, evidence);
            if (latest.Scope != RestoreScope.Application)
                return Judgement.Ineffective(
                    Invariant($"{service.Name}'s latest restore test ({when}) was a {RestoreScopes.Name(latest.Scope)} restore, not the whole service."),
                    latest.Quality, evidence);

            var missing = latest.Components.Count == 0
                ? Enumerable.Empty<Component>()
                : service.Components.Where(c => !latest.Components.Contains(c.Id));
            var missingNames = missing.Select(c => c.Name).ToList();
            if (missingNames.Count > 0)
                return Judgement.Ineffective(
                    Invariant($"{service.Name}'s latest restore test ({when}) restored the application without {string.Join(", ", missingNames)}, so it did not cover the whole service."),
                    latest.Quality, evidence);
            return Judgement.Effective(
                Invariant($"{service.Name}'s latest restore test ({when}) restored the application with all its components."), latest.Quality, evidence);
        }
    }
}
