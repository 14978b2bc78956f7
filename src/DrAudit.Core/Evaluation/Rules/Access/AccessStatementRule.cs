using System;
using DrAudit.Core.Evaluation.Rules.Recorded;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Evaluation.Rules.Access
{
    /// <summary>An Essential Eight access control (E8-RB-05..10), judged once for the client from one access
    /// statement. No source reports access today, so the attested statement decides (quality Poor): absent is
    /// NoVisibility, false is Ineffective, true is Effective. An attestation dated after asOf did not exist yet.</summary>
    public abstract class AccessStatementRule : ClientRule
    {
        private readonly string _controlId;
        private readonly string _key;
        private readonly Func<AccessAttestation, bool?> _read;
        private readonly string _requirement;
        private readonly string _gap;

        /// <param name="controlId">Catalogue id, e.g. "E8-RB-06".</param>
        /// <param name="key">The statement's key under access.attested, e.g. "unprivilegedCannotModify".</param>
        /// <param name="read">Reads the statement from an attestation.</param>
        /// <param name="requirement">What must be true, as a clause: "unprivileged accounts cannot modify or delete backups".</param>
        /// <param name="gap">The same clause when it is not true: "unprivileged accounts can modify or delete backups".</param>
        protected AccessStatementRule(string controlId, string key, Func<AccessAttestation, bool?> read, string requirement, string gap)
        {
            _controlId = controlId;
            _key = key;
            _read = read;
            _requirement = requirement;
            _gap = gap;
        }

        public override string ControlId => _controlId;

        public override Judgement Judge(AuditContext audit)
        {
            var attested = audit.Definition.Access?.Attested;
            var value = attested == null ? null : _read(attested);
            if (attested == null || value == null)
                return Judgement.NoVisibility(
                    "No one has attested that " + _requirement + ".",
                    new[] { DefinitionEvidence.Line(audit, "access.attested." + _key + " is not stated") })
                    .Because(Causes.CauseReference.AccessNotAttested());

            var who = string.IsNullOrWhiteSpace(attested.By) ? "An unnamed person" : attested.By;
            var evidence = new[]
            {
                DefinitionEvidence.Line(audit, "access.attested." + _key + ": " + (value.Value ? "true" : "false") +
                    " (attested by " + who + " on " + EvidenceDates.Date(attested.On) + ")"),
            };
            if (attested.On > audit.AsOf)
                return Judgement.NoVisibility(
                    "The only statement that " + _requirement + " was attested on " + EvidenceDates.Date(attested.On) +
                    ", after this audit's date of " + EvidenceDates.Date(audit.AsOf) + ".", evidence)
                    .Because(Causes.CauseReference.AccessNotAttested());
            if (!value.Value)
                return Judgement.Ineffective(
                    who + " attested on " + EvidenceDates.Date(attested.On) + " that " + _gap + ".", EvidenceQuality.Poor, evidence)
                    .Because(Causes.CauseReference.AccessNotMet(_key, _gap));
            return Judgement.Effective(
                who + " attested on " + EvidenceDates.Date(attested.On) + " that " + _requirement + ".", EvidenceQuality.Poor, evidence);
        }
    }
}
