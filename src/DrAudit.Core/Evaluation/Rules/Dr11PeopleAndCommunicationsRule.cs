using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Evaluation.Rules.Recorded;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;
using static System.FormattableString;

namespace DrAudit.Core.Evaluation.Rules
{
    /// <summary>DR-11, judged once for the client: a decision-maker, a technical owner and a communications contact
    /// exist, a communications channel is named, the plan has an (offline) location and was reviewed no more than
    /// 365 days before asOf. The definition is where these are documented, so anything missing is Ineffective.</summary>
    public sealed class Dr11PeopleAndCommunicationsRule : ClientRule
    {
        private static readonly (ContactRole Role, string Name, string Key)[] RequiredRoles =
        {
            (ContactRole.DecisionMaker, "decision-maker", "decision-maker"),
            (ContactRole.TechnicalOwner, "technical owner", "technical-owner"),
            (ContactRole.Communications, "communications contact", "communications"),
        };

        public override string ControlId => "DR-11";

        public override Judgement Judge(AuditContext audit)
        {
            var recovery = audit.Definition.Recovery ?? new RecoveryDefinition();
            var problems = new List<string>();
            var found = new List<string>();
            var evidence = new List<string>();

            foreach (var (role, name, key) in RequiredRoles)
            {
                var contact = recovery.Contacts.FirstOrDefault(c => c.Role == role && !string.IsNullOrWhiteSpace(c.Name));
                if (contact == null)
                {
                    problems.Add("no " + name + " is named");
                    evidence.Add(DefinitionEvidence.Line(audit, "recovery.contacts has no " + key));
                    continue;
                }
                found.Add(name + " (" + contact.Name + ")");
                evidence.Add(DefinitionEvidence.Line(audit, "recovery.contacts " + key + ": " + contact.Name +
                    (string.IsNullOrWhiteSpace(contact.Phone) ? "" : ", " + contact.Phone)));
            }

            var channel = recovery.Communications?.Channel;
            if (string.IsNullOrWhiteSpace(channel))
            {
                problems.Add("no communications channel is named");
                evidence.Add(DefinitionEvidence.Line(audit, "recovery.communications.channel is not stated"));
            }
            else evidence.Add(DefinitionEvidence.Line(audit, "recovery.communications.channel: " + channel!.Trim()));

            var plan = recovery.Plan;
            if (string.IsNullOrWhiteSpace(plan?.Location))
                problems.Add("the recovery plan has no recorded offline location");
            var reviewed = plan?.ReviewedOn;
            string? review = null;
            if (reviewed == null)
                problems.Add("the recovery plan has no review date");
            else if (reviewed.Value > audit.AsOf)
                problems.Add(Invariant($"the recovery plan had not been reviewed by {EvidenceDates.Date(audit.AsOf)} (the recorded review is dated {EvidenceDates.Date(reviewed.Value)})"));
            else
            {
                review = Invariant($"{EvidenceDates.Date(reviewed.Value)} ({EvidenceDates.Days(EvidenceDates.DaysBefore(reviewed.Value, audit.AsOf))} ago)");
                if (!EvidenceDates.IsWithin(reviewed.Value, audit.AsOf, EvidenceDates.Year))
                    problems.Add("the recovery plan was last reviewed on " + review + ", more than 365 days");
            }
            evidence.Add(DefinitionEvidence.Line(audit, "recovery.plan location " + (string.IsNullOrWhiteSpace(plan?.Location) ? "(not stated)" : plan!.Location!.Trim()) +
                ", reviewedOn " + (reviewed.HasValue ? EvidenceDates.Date(reviewed.Value) : "(not stated)")));

            if (problems.Count > 0)
                return Judgement.Ineffective(
                    "People and communications are not ready for a disaster: " + string.Join("; ", problems) + ".", EvidenceQuality.Poor, evidence);
            return Judgement.Effective(
                "A " + found[0] + ", a " + found[1] + " and a " + found[2] + " are named, the business will communicate by " + channel!.Trim().TrimEnd('.') +
                ", and the recovery plan (" + plan!.Location!.Trim() + ") was reviewed on " + review + ".",
                EvidenceQuality.Poor, evidence);
        }
    }
}
