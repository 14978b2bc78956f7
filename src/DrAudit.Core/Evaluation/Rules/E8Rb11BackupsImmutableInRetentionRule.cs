using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DrAudit.Core.Evaluation.Rules.Support;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Evaluation.Rules
{
    /// <summary>E8-RB-11 (ISM-1708): proven by source data when every component needing backup has a good point in
    /// a repository with <c>immutable: true</c> and <c>immutableDays</c> at least the service's retention.
    /// Otherwise the attested <c>backupAdminsCannotDeleteInRetention</c> decides (true: Effective, Poor; false:
    /// Ineffective); absent, the source data decides: Ineffective when repositories are known not to qualify,
    /// NoVisibility when their immutability is unknown.</summary>
    public sealed class E8Rb11BackupsImmutableInRetentionRule : ComponentRule
    {
        public override string ControlId => "E8-RB-11";

        protected override bool UsesRepositoryFacts => true;

        protected override Judgement Conclude(ServiceContext service, ComponentVerdicts verdicts)
        {
            var retention = service.Targets.Retention;

            var attestation = service.Audit.Definition.Access?.Attested;
            var attested = attestation?.BackupAdminsCannotDeleteInRetention;
            if (verdicts.NotMet.Count + verdicts.Unknown.Count == 0 || attested == null)
                return verdicts.Judge(
                    v => v.FailingStatement($"{ComponentStatements.Verb(v.NotMet.Count, "has", "have")} no restore point that backup administrators cannot delete for {retention.ToWords()}"),
                    "protection from deletion during retention",
                    v => $"Every component of {service.Name} has a good point in an immutable repository that keeps it for at least {retention.ToWords()}.");

            var notProven = verdicts.NotMet.Concat(verdicts.Unknown).ToList();
            var by = string.IsNullOrWhiteSpace(attestation!.By) ? "an unnamed person" : attestation.By;
            var on = attestation.On.UtcDateTime.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);
            var evidence = new[] { $"definition: access.attested.backupAdminsCannotDeleteInRetention = {(attested.Value ? "true" : "false")} (by {by}, on {on})" }
                .Concat(verdicts.Evidence()).Take(ComponentVerdicts.MaxEvidence).ToList();
            var unproven = $"the backup data does not show it for {ComponentStatements.Count(notProven.Count, verdicts.Count)} ({ComponentStatements.Names(notProven)})";
            if (attested.Value)
                return Judgement.Effective(
                    $"{by} attested on {on} that backup administrators of {service.Name} cannot delete backups during their retention of {retention.ToWords()}; {unproven}.",
                    EvidenceQuality.Poor, evidence);
            return Judgement.Ineffective(
                $"{service.Name}: backup administrators can delete backups during their retention of {retention.ToWords()} (attested by {by} on {on}), and {unproven}.",
                EvidenceQuality.Poor, evidence)
                .Because(Causes.CauseReference.AccessNotMet("backupAdminsCannotDeleteInRetention", "backup administrators can delete backups during their retention"));
        }

        protected override ComponentVerdict JudgeComponent(ServiceContext service, Component component)
        {
            var evidence = service.EvidenceFor(component);
            if (!evidence.Visible) return ComponentVerdict.Invisible(service, evidence);
            var retention = service.Targets.Retention.Value;
            var repositories = evidence.Repositories;
            if (evidence.GoodPoints.Count == 0)
                return ComponentVerdict.NotMet(component, evidence, static e => $"{e.Component.Name} has no good restore point", ComponentRecency.NoPointEvidence, 1)
                    .Because(ComponentCauses.NoGoodPoint(service, component));

            // The repositories are counted by what is known of them; they are named only in the words, when those are used.
            int qualifying = 0, unknown = 0, longestQualifying = int.MinValue;
            int? longestImmutable = null;
            for (int i = 0; i < repositories.Count; i++)
            {
                var r = repositories[i];
                if (!r.Known) continue;
                var immutable = r.Repository!.Immutable;
                var days = r.Repository.ImmutableDays;
                if (Qualifies(r, retention))
                {
                    qualifying++;
                    longestQualifying = Math.Max(longestQualifying, days!.Value);
                }
                if (immutable == null || (immutable == true && days == null)) unknown++;
                else if (immutable == true) longestImmutable = Math.Max(longestImmutable ?? int.MinValue, days!.Value);
            }
            if (qualifying > 0)
                return ComponentVerdict.Met(component, (evidence, retention, longestQualifying),
                    static f => $"{f.evidence.Component.Name} has points in {ComponentRepository.Names(f.evidence.Repositories.Where(r => Qualifies(r, f.retention)))}, " +
                                $"immutable for {ComponentStatements.N(f.longestQualifying)} days",
                    static f => RepositoryLines(f.evidence.Repositories));

            if (unknown > 0)
                return ComponentVerdict.Unknown(component, evidence,
                    static e => $"the immutability of {ComponentRepository.Names(e.Repositories.Where(IsUnknown))} holding {ComponentStatements.Possessive(e.Component.Name)} points is not stated",
                    static e => RepositoryLines(e.Repositories));

            var verdict = ComponentVerdict.NotMet(component, (evidence, longest: longestImmutable ?? 0, retention: service.Targets.Retention),
                static f => f.longest > 0
                    ? $"{ComponentStatements.Possessive(f.evidence.Component.Name)} points are immutable for at most {ComponentStatements.N(f.longest)} days (the retention is {f.retention.ToWords()})"
                    : $"{f.evidence.Component.Name} has no points in an immutable repository",
                static f => RepositoryLines(f.evidence.Repositories));
            for (int i = 0; i < repositories.Count; i++)
                if (repositories[i].Known) verdict.Because(Causes.CauseReference.RepositoryNotImmutable(repositories[i]));
            return verdict;
        }

        /// <summary>A repository the source lists as immutable for at least the retention.</summary>
        private static bool Qualifies(ComponentRepository r, TimeSpan retention) =>
            r.Known && r.Repository!.Immutable == true && r.Repository.ImmutableDays.HasValue && r.Repository.ImmutableDays.Value >= retention.TotalDays; // in days: TimeSpan.FromDays overflows past 10,675,199

        /// <summary>A repository the source lists without saying whether (or how long) it is immutable.</summary>
        private static bool IsUnknown(ComponentRepository r) =>
            r.Known && (r.Repository!.Immutable == null || (r.Repository.Immutable == true && r.Repository.ImmutableDays == null));

        /// <summary>A line for each repository holding good points of the component: its immutability.</summary>
        private static List<string> RepositoryLines(IReadOnlyList<ComponentRepository> repositories)
        {
            var lines = new List<string>(repositories.Count);
            foreach (var r in repositories)
                lines.Add(r.Describe(
                    ComponentRepository.ImmutableFact(r.Repository?.Immutable),
                    "immutable days: " + (r.Repository?.ImmutableDays?.ToString(CultureInfo.InvariantCulture) ?? "not stated")));
            return lines;
        }
    }
}
