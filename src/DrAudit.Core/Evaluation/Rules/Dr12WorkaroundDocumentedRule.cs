using DrAudit.Core.Evaluation.Rules.Recorded;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Evaluation.Rules
{
    /// <summary>DR-12: every critical service has a documented temporary workaround; other tiers are NotApplicable.</summary>
    public sealed class Dr12WorkaroundDocumentedRule : ServiceRule
    {
        public override string ControlId => "DR-12";

        public override Judgement Judge(ServiceContext service)
        {
            if (!service.Service.IsCritical)
                return Judgement.NotApplicable(
                    service.Name + " is not a critical service (tier: " + service.Service.Tier + "); only critical services need a documented workaround.");
            var workaround = service.Service.Workaround;
            var record = "services[" + service.Service.Id + "].workaround";
            if (string.IsNullOrWhiteSpace(workaround))
                return Judgement.Ineffective(
                    service.Name + " is critical but has no documented workaround for keeping the business running while it is down.",
                    EvidenceQuality.Poor, new[] { DefinitionEvidence.Line(service.Audit, record + " is not stated") });
            return Judgement.Effective(
                service.Name + " has a documented workaround: " + workaround!.Trim().TrimEnd('.') + ".",
                EvidenceQuality.Poor, new[] { DefinitionEvidence.Line(service.Audit, record + ": " + workaround.Trim()) });
        }
    }
}
