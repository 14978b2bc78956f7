using System.Collections.Generic;
using DrAudit.Core.Evaluation.Rules.Recorded;
using DrAudit.Core.Model.Result;
using static System.FormattableString;

namespace DrAudit.Core.Evaluation.Rules
{
    /// <summary>DR-07, judged once for the client from <c>recovery.credentials</c>: at least one break-glass account,
    /// independent of production identity, tested no more than 365 days before asOf. A statement that fails is
    /// Ineffective (a test dated after asOf had not happened yet); no record or a required statement missing is
    /// NoVisibility.</summary>
    public sealed class Dr07BreakGlassCredentialsRule : ClientRule
    {
        public override string ControlId => "DR-07";

        public override Judgement Judge(AuditContext audit)
        {
            var credentials = audit.Definition.Recovery?.Credentials;
            if (credentials == null)
                return Judgement.NoVisibility(
                    "The client definition does not record any break-glass credentials, so it cannot be shown that the backups can be reached while the identity provider is down.",
                    new[] { DefinitionEvidence.Line(audit, "recovery.credentials is not stated") });

            var evidence = new[]
            {
                DefinitionEvidence.Line(audit, "recovery.credentials breakGlassAccounts " + Stated(credentials.BreakGlassAccounts?.ToString(System.Globalization.CultureInfo.InvariantCulture)) +
                    ", independentOfProductionIdentity " + Stated(credentials.IndependentOfProductionIdentity) +
                    ", storedOffline " + Stated(credentials.StoredOffline) +
                    ", lastTested " + Stated(credentials.LastTested.HasValue ? EvidenceDates.Date(credentials.LastTested.Value) : null)),
            };

            var failures = new List<string>();
            var unstated = new List<string>();
            if (credentials.BreakGlassAccounts == null) unstated.Add("how many break-glass accounts exist");
            else if (credentials.BreakGlassAccounts.Value < 1) failures.Add("there is no break-glass account");
            if (credentials.IndependentOfProductionIdentity == null) unstated.Add("whether they are independent of production identity");
            else if (!credentials.IndependentOfProductionIdentity.Value) failures.Add("backup logins depend on the production identity provider");
            if (credentials.LastTested == null) unstated.Add("when they were last tested");
            else
            {
                var tested = credentials.LastTested.Value;
                if (tested > audit.AsOf)
                    failures.Add(Invariant($"they had not been tested by {EvidenceDates.Date(audit.AsOf)} (the recorded test is dated {EvidenceDates.Date(tested)})"));
                else if (!EvidenceDates.IsWithin(tested, audit.AsOf, EvidenceDates.Year))
                    failures.Add(Invariant($"they were last tested on {EvidenceDates.Date(tested)} ({EvidenceDates.Days(EvidenceDates.DaysBefore(tested, audit.AsOf))} ago), more than 365 days"));
            }

            if (failures.Count > 0)
                return Judgement.Ineffective(
                    "Recovery credentials may not survive an identity outage: " + string.Join("; ", failures) + ".", EvidenceQuality.Poor, evidence);
            if (unstated.Count > 0)
                return Judgement.NoVisibility(
                    "The break-glass credential record does not say " + string.Join(", or ", unstated) + ".", evidence);
            var accounts = credentials.BreakGlassAccounts!.Value;
            return Judgement.Effective(
                Invariant($"{accounts} break-glass account{(accounts == 1 ? "" : "s")} independent of production identity {(accounts == 1 ? "was" : "were")} last tested on {EvidenceDates.Date(credentials.LastTested!.Value)} ({EvidenceDates.Days(EvidenceDates.DaysBefore(credentials.LastTested.Value, audit.AsOf))} ago)."),
                EvidenceQuality.Poor, evidence);
        }

        private static string Stated(object? value) =>
            value == null ? "(not stated)" : value is bool b ? (b ? "true" : "false") : value.ToString()!;
    }
}
