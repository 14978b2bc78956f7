using System.Linq;
using DrAudit.Core.Evaluation.Rules.Recorded;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using static System.FormattableString;

namespace DrAudit.Core.Evaluation.Rules
{
    /// <summary>DR-05 (v1.1): the latest restore test of the service with scope application or full-service, whatever
    /// its result (DR-04 and DR-06 judge success), is full-service, or application covering every component of the
    /// service (no components listed means all). Narrower tests (system, file, item, e.g. nightly automated boot
    /// checks) neither count nor replace it; with no application or full-service test at all it is Ineffective.</summary>
    public sealed class Dr05RestoreCoversServiceRule : ServiceRule
    {
        public override string ControlId => "DR-05";

        public override Causes.CauseReference? CauseOf(ServiceContext service) => Causes.CauseReference.RestoreTesting(service.Service);

        public override Judgement Judge(ServiceContext service)
        {
            var latest = service.RestoreTests.LastOrDefault(t => RestoreScopes.ProvesRecoveryTime(t.Scope));
            if (latest == null)
            {
                var narrower = service.RestoreTests.LastOrDefault();
                return Judgement.Ineffective(
                    narrower == null
                        ? Invariant($"No restore of {service.Name} has been tested, so nothing shows the whole service can be brought back.")
                        : Invariant($"No application or full-service restore of {service.Name} has been tested; narrower tests (the latest a {RestoreScopes.Name(narrower.Scope)} restore on {EvidenceDates.Date(narrower.Date)}) do not show the whole service can be brought back."),
                    EvidenceQuality.Poor,
                    narrower == null ? null : new[] { RestoreTestEvidence.Describe(narrower) });
            }

            var when = EvidenceDates.Date(latest.Date);
            var evidence = new[] { RestoreTestEvidence.Describe(latest) };
            if (latest.Scope == RestoreScope.FullService)
                return Judgement.Effective(
                    Invariant($"{service.Name}'s latest application or full-service restore test ({when}) restored the full service."), latest.Quality, evidence);
            var missing = latest.Components.Count == 0
                ? Enumerable.Empty<Component>()
                : service.Components.Where(c => !latest.Components.Contains(c.Id));
            var missingNames = missing.Select(c => c.Name).ToList();
            if (missingNames.Count > 0)
                return Judgement.Ineffective(
                    Invariant($"{service.Name}'s latest application restore test ({when}) restored the application without {string.Join(", ", missingNames)}, so it did not cover the whole service."),
                    latest.Quality, evidence);
            return Judgement.Effective(
                Invariant($"{service.Name}'s latest application restore test ({when}) restored the application with all its components."), latest.Quality, evidence);
        }
    }
}
