using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DrAudit.Core.Evaluation.Rules.Recorded;
using DrAudit.Core.Evaluation.Rules.Support;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Sources;

namespace DrAudit.Core.Evaluation.Rules
{
    /// <summary>DR-15 (v1.1), judged once for the client and counting for every service: for every readable source
    /// whose inventory has a <c>backupServer</c>, its configuration backup is enabled, encrypted, last succeeded no
    /// more than 7 days before asOf, and is written to a repository that is offsite, cloud or offline, or immutable.
    /// A fact that is missing or unknown is NoVisibility for that source, and so is a <c>veeam</c> source that could
    /// not be read; a fact shown to fail is Ineffective (it wins over unknowns). No source reports a backup server:
    /// NotApplicable.</summary>
    public sealed class Dr15BackupSystemRebuildableRule : ClientRule
    {
        /// <summary>The most a configuration backup's last success may be before asOf.</summary>
        public static readonly TimeSpan MaximumAge = TimeSpan.FromDays(7);

        public override string ControlId => "DR-15";

        public override Judgement Judge(AuditContext audit)
        {
            var failing = new List<string>();
            var unknown = new List<string>();
            var met = new List<string>();
            var evidence = new List<string>();
            var qualities = new List<EvidenceQuality>();
            var judged = 0;
            foreach (var source in audit.Sources)
            {
                if (!source.Ok)
                {
                    if (source.Definition.Type != SourceDefinition.VeeamType) continue;
                    judged++;
                    unknown.Add($"the backup server of {source.Id} cannot be seen (the source could not be read)");
                    evidence.Add($"{source.Id}: could not be read (the reason is in the sources list)");
                    continue;
                }
                var server = source.Inventory!.BackupServer;
                if (server == null) continue;
                judged++;
                JudgeServer(audit, source, server, failing, unknown, met, evidence, qualities);
            }

            if (judged == 0)
                return Judgement.NotApplicable("No source reports a backup server whose configuration must survive its loss (for example a Veeam Backup & Replication server).");
            var unreadable = audit.Sources.Where(s => !s.Ok && s.Definition.Type == SourceDefinition.VeeamType)
                .Select(s => Causes.CauseReference.SourceUnreadable(s.Id, s.Definition.Type)).ToList();
            if (failing.Count > 0)
                return Judgement.Ineffective(
                    "The backup system could not be rebuilt from a safe copy of its configuration: " + string.Join("; ", failing) + ".",
                    Weakest(qualities), evidence).Because(Causes.CauseReference.BackupServerConfiguration());
            if (unknown.Count > 0)
                return Judgement.NoVisibility(
                    "Whether the backup system can be rebuilt cannot be confirmed: " + string.Join("; ", unknown) + ".", evidence)
                    .Because(unreadable.Count == unknown.Count ? unreadable : unreadable.Append(Causes.CauseReference.BackupServerConfiguration()));
            return Judgement.Effective(string.Join("; ", met) + ".", Weakest(qualities), evidence);
        }

        private static void JudgeServer(AuditContext audit, SourceData source, BackupServer server, List<string> failing, List<string> unknown,
            List<string> met, List<string> evidence, List<EvidenceQuality> qualities)
        {
            var name = string.IsNullOrWhiteSpace(server.Name) ? "the backup server of " + source.Id : server.Name!;
            var config = server.ConfigBackup;
            var quality = source.Quality;
            if (config == null)
            {
                unknown.Add($"{source.Id} does not say whether {name} has a configuration backup");
                evidence.Add($"{source.Id}: backup server '{name}': configuration backup not reported");
                return;
            }

            var repositories = audit.Repositories.For(source.Id);
            var repository = repositories.ByIdOrName(config.Repository);
            var attested = repositories.AttestedFor(repository);
            var line = $"{source.Id}: backup server '{name}': configuration backup enabled {Stated(config.Enabled)}, encrypted {Stated(config.Encrypted)}, " +
                       "last success " + (config.LastSuccess.HasValue ? ComponentStatements.Time(config.LastSuccess.Value) : "not stated") +
                       ", repository " + (string.IsNullOrEmpty(config.Repository) ? "not stated" : "'" + config.Repository + "'") +
                       (repository == null ? "" : $" (location {(repository.Location.HasValue ? Loading.Yaml.KebabCase.Of(repository.Location.Value) : "not stated")}, immutable {Stated(repository.Immutable)})") +
                       (attested == null ? "" : "; " + attested.Describe());
            evidence.Add(line);

            var fails = new List<string>();
            var unknowns = new List<string>();
            if (config.Enabled == false) fails.Add("its configuration backup is disabled");
            else if (config.Enabled == null) unknowns.Add("whether its configuration backup is enabled");
            if (config.Encrypted == false) fails.Add("its configuration backup is not encrypted");
            else if (config.Encrypted == null) unknowns.Add("whether its configuration backup is encrypted");
            if (config.LastSuccess == null) unknowns.Add("when its configuration backup last succeeded");
            else if (config.LastSuccess.Value > audit.AsOf) unknowns.Add("whether its configuration backup had succeeded by " + EvidenceDates.Date(audit.AsOf) + " (the last success reported is later)");
            else if (audit.AsOf - config.LastSuccess.Value > MaximumAge)
                fails.Add($"its configuration backup last succeeded {Age(audit.AsOf - config.LastSuccess.Value)} before the audit, more than 7 days");

            if (string.IsNullOrEmpty(config.Repository)) unknowns.Add("where its configuration backup is kept");
            else if (repository == null) unknowns.Add($"where its configuration backup is kept (repository '{config.Repository}' is not listed by the source)");
            else
            {
                var offSite = repository.Location.HasValue && repository.Location.Value != RepositoryLocation.Onsite;
                if (!offSite && repository.Immutable != true)
                {
                    if (repository.Location == RepositoryLocation.Onsite && repository.Immutable == false)
                        fails.Add($"its configuration backup is kept only on site, in '{Display(repository)}', which is not immutable");
                    else if (repository.Location == null && repository.Immutable == false)
                        unknowns.Add($"where repository '{Display(repository)}' holding its configuration backup is");
                    else
                        unknowns.Add($"whether repository '{Display(repository)}' holding its configuration backup is immutable");
                }
                if (attested != null) quality = EvidenceQuality.Poor;
            }

            qualities.Add(quality);
            if (fails.Count > 0) failing.Add($"{name} ({source.Id}): " + string.Join(", ", fails));
            else if (unknowns.Count > 0) unknown.Add($"{source.Id} does not say " + string.Join(", or ", unknowns) + $" for {name}");
            else met.Add($"{name} ({source.Id}) has an enabled, encrypted configuration backup that last succeeded {Age(audit.AsOf - config.LastSuccess!.Value)} before the audit, kept in '{Display(repository!)}'");
        }

        private static string Display(Repository repository) => string.IsNullOrEmpty(repository.Name) ? repository.Id : repository.Name!;

        private static string Stated(bool? value) => value == null ? "not stated" : value.Value ? "yes" : "no";

        private static string Age(TimeSpan age) =>
            age.TotalHours < 48
                ? Math.Floor(age.TotalHours).ToString(CultureInfo.InvariantCulture) + (Math.Floor(age.TotalHours) == 1 ? " hour" : " hours")
                : EvidenceDates.Days((int)Math.Floor(age.TotalDays));

        private static EvidenceQuality? Weakest(List<EvidenceQuality> qualities) => qualities.Count == 0 ? (EvidenceQuality?)null : qualities.Min();
    }
}
