using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Catalogue;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Renewal;

namespace DrAudit.Core.Renewal
{
    /// <summary>
    /// The client's dated commitments and when each falls due: recovery-target approvals (yearly, DR-01), the access
    /// attestation (yearly), repository attestations (count for 365 days), the recovery plan's review (yearly,
    /// DR-11), the break-glass test (yearly, DR-07), from the latest saved definition; and every exception any pack
    /// of the period recorded (each until its own expiry), so one that expired and was dropped mid-year still shows.
    /// Expired: due on or before the end of the period (or never given); due in the coming year: within a year after.
    /// </summary>
    internal static class Commitments
    {
        private static readonly TimeSpan Year = TimeSpan.FromDays(365);

        public static List<RenewalCommitment> Read(IReadOnlyList<RenewalPackData> packs, DateTimeOffset to)
        {
            var list = new List<RenewalCommitment>();
            var withDefinition = packs.Where(p => p.Definition != null).ToList();
            var latest = withDefinition.LastOrDefault();
            if (latest == null) return list;
            var definition = latest.Definition!;

            foreach (var service in definition.Services)
                list.Add(Make(latest, to, RenewalCommitmentKind.TargetsApproval, "Recovery targets of " + service.Name, new[] { service.Id },
                    service.Targets.ApprovedBy, service.Targets.ApprovedOn, service.Targets.ApprovedOn?.Add(Year)));
            var access = definition.Access?.Attested;
            if (access != null)
                list.Add(Make(latest, to, RenewalCommitmentKind.AccessAttestation, "Who can reach and change the backups", Array.Empty<string>(),
                    access.By, access.On, access.On.Add(Year)));
            foreach (var source in definition.Sources)
                foreach (var repository in source.Repositories)
                    list.Add(Make(latest, to, RenewalCommitmentKind.RepositoryAttestation, "Facts about backup repository " + repository.Match, Array.Empty<string>(),
                        repository.AttestedBy, repository.AttestedOn, repository.AttestedOn.Add(RepositoryAttestation.Lifetime)));
            var plan = definition.Recovery?.Plan;
            if (plan != null)
                list.Add(Make(latest, to, RenewalCommitmentKind.RecoveryPlanReview, "Review of the recovery plan", Array.Empty<string>(),
                    null, plan.ReviewedOn, plan.ReviewedOn?.Add(Year)));
            var credentials = definition.Recovery?.Credentials;
            if (credentials != null)
                list.Add(Make(latest, to, RenewalCommitmentKind.BreakGlassTest, "Test of the emergency (break-glass) accounts", Array.Empty<string>(),
                    null, credentials.LastTested, credentials.LastTested?.Add(Year)));

            var exceptions = new Dictionary<string, RenewalCommitment>(StringComparer.Ordinal);
            foreach (var pack in withDefinition)
                foreach (var exception in pack.Definition!.Exceptions)
                {
                    var key = exception.Control + "|" + exception.Service + "|" + exception.AcceptedOn.UtcTicks;
                    var services = exception.Service == null ? Array.Empty<string>() : new[] { exception.Service };
                    var subject = "Accepted risk on " + ControlName(exception.Control) + (exception.Service == null ? "" : " for " + (pack.Definition.FindService(exception.Service)?.Name ?? exception.Service)) + ": " + exception.Reason;
                    exceptions[key] = Make(pack, to, RenewalCommitmentKind.Exception, subject, services, exception.AcceptedBy, exception.AcceptedOn, exception.Expires);
                }
            list.AddRange(exceptions.Values);
            return list.OrderBy(c => c.Status).ThenBy(c => c.Due ?? DateTimeOffset.MinValue).ThenBy(c => c.Subject, StringComparer.Ordinal).ToList();
        }

        /// <summary>"E8-RB-11 (Backup administrators cannot ...)": the id an auditor looks up, with the title a client reads.</summary>
        private static string ControlName(string id) =>
            ControlCatalogue.Default.Find(id)?.Title is { Length: > 0 } title ? id + " (" + title + ")" : id;

        private static RenewalCommitment Make(RenewalPackData pack, DateTimeOffset to, RenewalCommitmentKind kind, string subject,
            IEnumerable<string> services, string? by, DateTimeOffset? on, DateTimeOffset? due) => new RenewalCommitment
        {
            Kind = kind,
            Subject = subject,
            Services = services.ToList(),
            By = by,
            On = on,
            Due = due,
            Status = due == null || due.Value <= to ? RenewalCommitmentStatus.Expired
                : due.Value <= to.Add(Year) ? RenewalCommitmentStatus.DueInComingYear : RenewalCommitmentStatus.Current,
            Pack = pack.Record.Folder,
            ManifestSha256 = pack.Record.ManifestSha256,
        };
    }
}
