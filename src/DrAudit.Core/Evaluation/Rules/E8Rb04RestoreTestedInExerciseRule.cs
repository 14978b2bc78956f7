using DrAudit.Core.Evaluation.Rules.Recorded;
using DrAudit.Core.Model.Definition;
using static System.FormattableString;

namespace DrAudit.Core.Evaluation.Rules
{
    /// <summary>E8-RB-04 (ISM-1515): per service, a successful restore of scope system, application or full-service,
    /// done as part of a DR exercise (<c>exercise: true</c>), dated within 365 days before asOf. File and item
    /// restores never count.</summary>
    public sealed class E8Rb04RestoreTestedInExerciseRule : ServiceRule
    {
        public override string ControlId => "E8-RB-04";

        public override Causes.CauseReference? CauseOf(ServiceContext service) => Causes.CauseReference.RestoreTesting(service.Service);

        public override Judgement Judge(ServiceContext service)
        {
            var asOf = service.Audit.AsOf;
            var latest = RestoreTestEvidence.Latest(service.RestoreTests, Qualifies);
            if (latest == null)
            {
                return RestoreTestEvidence.NoneQualified(
                    Invariant($"No restore of {service.Name} to a common point in time has been tested as part of a DR exercise; one is expected at least every 365 days."),
                    service.RestoreTests);
            }

            var days = EvidenceDates.DaysBefore(latest.Date, asOf);
            var when = EvidenceDates.Date(latest.Date);
            var scope = RestoreScopes.Name(latest.Scope);
            var evidence = new[] { RestoreTestEvidence.Describe(latest) };
            if (!EvidenceDates.IsWithin(latest.Date, asOf, EvidenceDates.Year))
                return Judgement.Ineffective(
                    Invariant($"{service.Name}'s last {scope} restore tested in a DR exercise was on {when} ({EvidenceDates.Days(days)} ago); one is expected at least every 365 days."),
                    latest.Quality, evidence);
            return Judgement.Effective(
                Invariant($"{service.Name}'s {scope} restore was tested successfully in a DR exercise on {when} ({EvidenceDates.Days(days)} ago)."),
                latest.Quality, evidence);
        }

        private static bool Qualifies(RestoreTest test) =>
            test.Exercise && test.Result == RestoreResult.Success && RestoreScopes.IsRepresentative(test.Scope);
    }
}
