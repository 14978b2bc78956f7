using System.Globalization;
using DrAudit.Core.Evaluation.Rules.Support;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Evaluation.Causes
{
    /// <summary>A reason a rule gave for a non-Effective judgement, naming the thing at fault: a component, a
    /// repository, a source, a service, an exercise action or an access statement. Its <see cref="Key"/> is built
    /// only from ids and invariant dates, so the same cause gets the same key month after month and in every
    /// culture; its <see cref="Title"/> and <see cref="Remediation"/> are in business words (no file keys, no
    /// parameters) because the client reads them.</summary>
    public sealed class CauseReference
    {
        private CauseReference(CauseKind kind, string key, string title, string remediation)
        {
            Kind = kind;
            Key = key;
            Title = title;
            Remediation = remediation;
        }

        public CauseKind Kind { get; }
        /// <summary>"component/lic01/no-backup", "source/veeam-main/unreadable", ...</summary>
        public string Key { get; }
        public string Title { get; }
        public string Remediation { get; }

        public static CauseReference SourceUnreadable(string sourceId, string? sourceType) =>
            new CauseReference(CauseKind.SourceUnreadable, "source/" + sourceId + "/unreadable",
                $"The backup evidence in {SourceWords(sourceType)} '{sourceId}' could not be read, so nothing it holds could be checked",
                $"Restore the auditor's read-only access to '{sourceId}' and run the audit again; until then every control that needs its evidence stays unconfirmed.");

        public static CauseReference NoBackupJob(Component component) =>
            new CauseReference(CauseKind.NoBackupJob, "component/" + component.Id + "/no-backup",
                $"{component.Name} is not backed up",
                $"Add {component.Name} to a backup job that runs at least as often as the strictest recovery point the business accepts for it, with a copy kept off-site.");

        public static CauseReference OutOfDate(Component component) =>
            new CauseReference(CauseKind.OutOfDate, "component/" + component.Id + "/out-of-date",
                $"{ComponentStatements.Possessive(component.Name)} backups are out of date",
                $"Find out why {ComponentStatements.Possessive(component.Name)} backups are failing or late, fix the job, and confirm a new good restore point within the accepted data loss.");

        public static CauseReference NoOffsiteCopy(Component component) =>
            new CauseReference(CauseKind.NoOffsiteCopy, "component/" + component.Id + "/no-offsite-copy",
                $"{component.Name} has no backup copy away from the office and out of reach of attackers",
                $"Add a second copy of {ComponentStatements.Possessive(component.Name)} backups in an off-site, cloud or offline repository that cannot be changed with production passwords (immutable or offline).");

        public static CauseReference RepositoryNotEncrypted(ComponentRepository repository) =>
            new CauseReference(CauseKind.RepositoryNotEncrypted, "repository/" + repository.SourceId + "/" + repository.Id + "/not-encrypted",
                $"The backup storage '{repository.DisplayName}' is not encrypted",
                $"Turn on encryption for '{repository.DisplayName}', or move its backups to encrypted storage, so a stolen disk or copy cannot be read.");

        public static CauseReference RepositoryNotImmutable(ComponentRepository repository) =>
            new CauseReference(CauseKind.RepositoryNotImmutable, "repository/" + repository.SourceId + "/" + repository.Id + "/not-immutable",
                $"Backups in '{repository.DisplayName}' can be deleted before their retention ends",
                $"Make '{repository.DisplayName}' immutable (locked against deletion) for at least the retention it holds, or copy its backups to storage that is.");

        public static CauseReference OverdueExerciseAction(Exercise exercise, ExerciseAction action) =>
            new CauseReference(CauseKind.OverdueExerciseAction,
                "exercise/" + exercise.Date.UtcDateTime.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture) + "/" + action.Id + "/overdue",
                $"An action from the {HumanDates.Date(exercise.Date)} DR exercise is overdue: \"{action.Text.Trim().TrimEnd('.')}\"",
                (string.IsNullOrWhiteSpace(action.Owner) ? "Name an owner for the action, complete it" : $"Have {action.Owner!.Trim()} complete the action") +
                " and record when it was closed; an open action means the lesson of the exercise has not been applied.");

        public static CauseReference AccessNotAttested() =>
            new CauseReference(CauseKind.AccessNotAttested, "access/not-attested",
                "Who can read, change or delete the backups has not been fully confirmed",
                "Have the security lead check who can read, change and delete backups (ordinary staff, administrators, backup administrators) and sign a statement of the result.");

        /// <param name="statement">The attested statement's name, e.g. "unprivilegedCannotModify" (kept in the key only).</param>
        /// <param name="gap">What is true instead, as a clause: "unprivileged accounts can modify or delete backups".</param>
        public static CauseReference AccessNotMet(string statement, string gap) =>
            new CauseReference(CauseKind.AccessNotMet, "access/" + statement + "/not-met",
                char.ToUpperInvariant(gap[0]) + gap.Substring(1),
                "Remove those rights (restrict the backup consoles and storage to the backup administrators), then have the security lead confirm it in a new signed statement.");

        public static CauseReference TargetsNotApproved(Service service) =>
            new CauseReference(CauseKind.TargetsNotApproved, "service/" + service.Id + "/targets-not-approved",
                $"{ComponentStatements.Possessive(service.Name)} recovery targets are not approved by the business",
                $"Have the business owner of {service.Name} review how much data loss and downtime it can accept, and record the approval with its date.");

        public static CauseReference RestoreTesting(Service service) =>
            new CauseReference(CauseKind.RestoreTesting, "service/" + service.Id + "/restore-testing",
                $"{ComponentStatements.Possessive(service.Name)} recovery has not been proven by a recent, complete restore test in time",
                $"Restore all of {service.Name} in a planned test (as part of a DR exercise), time it against the agreed recovery time, and record the result.");

        public static CauseReference BackupServerConfiguration() =>
            new CauseReference(CauseKind.BackupServerConfiguration, "backup-server/configuration-backup",
                "The backup system itself could not be rebuilt from a safe copy of its configuration",
                "Turn on an encrypted configuration backup of the backup server, run it at least weekly, and keep it off-site or immutable.");

        public static CauseReference UnaccountedWorkloads() =>
            new CauseReference(CauseKind.UnaccountedWorkloads, "environment/unaccounted-workloads",
                "Some systems found in the environment are neither backed up nor accounted for",
                "Decide for each system listed whether it needs backup: add it to a service and a backup job, or record why it does not need one.");

        /// <summary>A source that enumerates its environment could not list it this time (DR-16).</summary>
        public static CauseReference EnvironmentNotListed(string sourceId) =>
            new CauseReference(CauseKind.UnaccountedWorkloads, "environment/" + sourceId + "/not-listed",
                $"What exists in '{sourceId}' could not be listed, so systems nobody backs up there cannot be found",
                $"Give the auditor's read-only access to '{sourceId}' the permission to list what exists there and run the audit again.");

        /// <summary>A finding that shares its cause with no other: the root cause is the finding itself.</summary>
        public static CauseReference OfFinding(Finding finding) =>
            new CauseReference(CauseKind.Finding, "finding/" + finding.Key, finding.Statement, finding.Remediation);

        /// <summary>A root cause key with the names of the thing at fault replaced by <c>*</c>, so causes of one kind share
        /// it: "component/*/out-of-date", "repository/*/*/not-encrypted", "finding/DR-10/*" (a finding's control stays).
        /// A key of no known shape is returned as it is.</summary>
        public static string KindPattern(string key)
        {
            var parts = key.Split('/');
            if (parts.Length < 2) return key;
            switch (parts[0])
            {
                case "finding":
                    return parts.Length == 3 ? "finding/" + parts[1] + "/*" : key;
                case "source":
                case "component":
                case "service":
                    return parts.Length == 3 ? parts[0] + "/*/" + parts[2] : key;
                case "repository":
                case "exercise":
                    return parts.Length == 4 ? parts[0] + "/*/*/" + parts[3] : key;
                case "access":
                    return parts.Length == 3 ? "access/*/" + parts[2] : key;
                default:
                    return key;
            }
        }

        private static string SourceWords(string? type) =>
            type == SourceDefinition.VeeamType ? "the Veeam backup server"
            : type == SourceDefinition.M365Type ? "Microsoft 365 Backup"
            : type == SourceDefinition.Vb365Type ? "Veeam Backup for Microsoft 365"
            : "the backup source";
    }
}
