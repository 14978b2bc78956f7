using DrAudit.Core.Evaluation.Rules.Recorded;
using DrAudit.Core.Model.Definition;
using static System.FormattableString;

namespace DrAudit.Core.Evaluation.Rules
{
    /// <summary>DR-04: the latest successful restore test of scope application or full-service (by date) decides:
    /// its duration must be no more than the RTO. No such test is Ineffective; one without a duration is NoVisibility.</summary>
    public sealed class Dr04RestoreTimeWithinRtoRule : ServiceRule
    {
        public override string ControlId => "DR-04";

        public override Causes.CauseReference? CauseOf(ServiceContext service) => Causes.CauseReference.RestoreTesting(service.Service);

        public override Judgement Judge(ServiceContext service)
        {
            var rto = service.Targets.Rto;
            var latest = RestoreTestEvidence.LatestProofOfRecoveryTime(service.RestoreTests);
            if (latest == null)
                return RestoreTestEvidence.NoneQualified(
                    Invariant($"No successful application or full-service restore of {service.Name} has been tested, so nothing shows it can be back within the {rto.ToWords()} the business accepts."),
                    service.RestoreTests);

            var scope = RestoreScopes.Name(latest.Scope);
            var when = EvidenceDates.Date(latest.Date);
            var evidence = new[] { RestoreTestEvidence.Describe(latest) };
            if (latest.Duration == null)
                return Judgement.NoVisibility(
                    Invariant($"{service.Name}'s last successful {scope} restore ({when}) did not record how long it took, so the {rto.ToWords()} the business accepts cannot be checked."),
                    evidence);
            var took = latest.Duration.Value;
            if (took > rto)
                return Judgement.Ineffective(
                    Invariant($"{service.Name}'s last successful {scope} restore took {took.ToWords()} ({when}); the business accepts {rto.ToWords()}."),
                    latest.Quality, evidence);
            return Judgement.Effective(
                Invariant($"{service.Name}'s last successful {scope} restore took {took.ToWords()} ({when}), within the {rto.ToWords()} the business accepts."),
                latest.Quality, evidence);
        }
    }
}
