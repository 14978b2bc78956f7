using DrAudit.Core.Evaluation.Rules.Recorded;
using DrAudit.Core.Model.Definition;
using static System.FormattableString;

namespace DrAudit.Core.Evaluation.Rules
{
    /// <summary>DR-06: the latest successful restore test of scope system, application or full-service is no older
    /// than the service's <c>restoreTestEvery</c> (inclusive). No such test is Ineffective.</summary>
    public sealed class Dr06RepresentativeRestoreRecentRule : ServiceRule
    {
        public override string ControlId => "DR-06";

        public override Causes.CauseReference? CauseOf(ServiceContext service) => Causes.CauseReference.RestoreTesting(service.Service);

        public override Judgement Judge(ServiceContext service)
        {
            var asOf = service.Audit.AsOf;
            var every = service.Targets.RestoreTestEvery;
            var expectation = Invariant($"the business expects one every {every.ToWords()}");
            var latest = RestoreTestEvidence.Latest(service.RestoreTests,
                t => t.Result == RestoreResult.Success && RestoreScopes.IsRepresentative(t.Scope));
            if (latest == null)
                return RestoreTestEvidence.NoneQualified(
                    Invariant($"No successful system, application or full-service restore of {service.Name} has been tested; {expectation}."),
                    service.RestoreTests);

            var when = EvidenceDates.Date(latest.Date);
            var age = EvidenceDates.Days(EvidenceDates.DaysBefore(latest.Date, asOf));
            var evidence = new[] { RestoreTestEvidence.Describe(latest) };
            if (!EvidenceDates.IsWithin(latest.Date, asOf, every.Value))
                return Judgement.Ineffective(
                    Invariant($"No restore of {service.Name} has been tested since {when} ({age}); {expectation}."),
                    latest.Quality, evidence);
            return Judgement.Effective(
                Invariant($"{service.Name}'s last successful {RestoreScopes.Name(latest.Scope)} restore was tested on {when} ({age} ago); {expectation}."),
                latest.Quality, evidence);
        }
    }
}
