using DrAudit.Core.Evaluation.Rules.Recorded;
using DrAudit.Core.Model.Result;
using static System.FormattableString;

namespace DrAudit.Core.Evaluation.Rules
{
    /// <summary>DR-01: the service's RPO and RTO were approved by a named person, on a date no more than 365 days
    /// before asOf (and not after it: a future approval is not one yet). Tier defaults alone are not an approval.</summary>
    public sealed class Dr01TargetsApprovedRule : ServiceRule
    {
        public override string ControlId => "DR-01";

        public override Causes.CauseReference? CauseOf(ServiceContext service) => Causes.CauseReference.TargetsNotApproved(service.Service);

        public override Judgement Judge(ServiceContext service)
        {
            var asOf = service.Audit.AsOf;
            var targets = service.Targets;
            var by = string.IsNullOrWhiteSpace(targets.ApprovedBy) ? null : targets.ApprovedBy;
            var on = targets.ApprovedOn;
            var what = Invariant($"{service.Name}'s recovery targets (RPO {targets.Rpo.ToWords()}, RTO {targets.Rto.ToWords()})");
            var evidence = new[]
            {
                DefinitionEvidence.Line(service.Audit, Invariant($"services[{service.Service.Id}].targets rpo {targets.Rpo}, rto {targets.Rto}, ") +
                    "approvedBy " + (by ?? "(none)") + ", approvedOn " + (on.HasValue ? EvidenceDates.Date(on.Value) : "(none)")),
            };

            if (by == null && on == null)
                return Judgement.Ineffective(what + " have not been approved by anyone in the business.", EvidenceQuality.Poor, evidence);
            if (by == null)
                return Judgement.Ineffective(what + " record an approval on " + EvidenceDates.Date(on!.Value) + " but not who gave it.", EvidenceQuality.Poor, evidence);
            if (on == null)
                return Judgement.Ineffective(what + " name " + by + " as approver but not when they approved them.", EvidenceQuality.Poor, evidence);

            var date = EvidenceDates.Date(on.Value);
            if (on.Value > asOf)
                return Judgement.Ineffective(
                    what + " are approved by " + by + " from " + date + ", after this audit's date of " + EvidenceDates.Date(asOf) + ", so they were not approved yet.",
                    EvidenceQuality.Poor, evidence);
            var age = EvidenceDates.Days(EvidenceDates.DaysBefore(on.Value, asOf));
            if (!EvidenceDates.IsWithin(on.Value, asOf, EvidenceDates.Year))
                return Judgement.Ineffective(
                    what + " were last approved by " + by + " on " + date + " (" + age + " ago); approval is expected at least every 365 days.",
                    EvidenceQuality.Poor, evidence);
            return Judgement.Effective(what + " were approved by " + by + " on " + date + " (" + age + " ago).", EvidenceQuality.Poor, evidence);
        }
    }
}
