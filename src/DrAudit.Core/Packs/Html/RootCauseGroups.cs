using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Evaluation.Causes;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Packs.Html
{
    /// <summary>
    /// How "What to fix" draws root causes: root causes of the same kind and severity (the same key pattern, see
    /// <see cref="CauseReference.KindPattern"/>) are drawn as one item when there are at least <see cref="MinGroupSize"/>
    /// of them: "153 services do not meet 'Backup jobs are healthy'" instead of 153 blocks saying the same thing. Only
    /// the report groups; readiness.json, the workbook and every comparison keep each root cause.
    /// </summary>
    public static class RootCauseGroups
    {
        /// <summary>The fewest causes of one kind and severity drawn as one item.</summary>
        public const int MinGroupSize = 4;

        /// <summary>The root causes as the report draws them, in the result's order (severity, then services affected,
        /// then key); a group takes the place of its first cause, and each item holds one cause or a group.</summary>
        public static List<List<RootCause>> Group(IReadOnlyList<RootCause> causes)
        {
            var byKind = causes
                .GroupBy(c => (Pattern: CauseReference.KindPattern(c.Key), c.Severity))
                .Where(g => g.Key.Pattern.Contains("*") && Phrases(g.Key.Pattern) != null && g.Count() >= MinGroupSize)
                .ToDictionary(g => g.First(), g => g.ToList());
            var items = new List<List<RootCause>>();
            var grouped = new HashSet<RootCause>(byKind.Values.SelectMany(g => g));
            foreach (var cause in causes)
            {
                if (byKind.TryGetValue(cause, out var group)) items.Add(group);
                else if (!grouped.Contains(cause)) items.Add(new List<RootCause> { cause });
            }
            return items;
        }

        /// <summary>The title and remediation of a group of <paramref name="count"/> causes of the kind
        /// <paramref name="pattern"/>; for groups of findings (<c>finding/&lt;control&gt;/*</c>) the caller supplies the
        /// control's title and remediation.</summary>
        public static (string Title, string Remediation) Describe(string pattern, int count, string controlTitle, string controlRemediation)
        {
            var phrases = Phrases(pattern) ?? throw new ArgumentException("not a kind of root cause that is grouped: " + pattern, nameof(pattern));
            if (pattern.StartsWith("finding/", StringComparison.Ordinal))
                return (ReportFormat.Count(count, "service does", "services do") + " not meet \"" + controlTitle.TrimEnd('.') + "\"", controlRemediation);
            return (string.Format(System.Globalization.CultureInfo.InvariantCulture, phrases.Title, ReportFormat.Number(count)), phrases.Remediation);
        }

        /// <summary>For each kind of cause that can be grouped: the group's title ({0} is how many) and remediation.</summary>
        private static (string Title, string Remediation)? Phrases(string pattern)
        {
            if (pattern.StartsWith("finding/", StringComparison.Ordinal)) return ("", "");
            switch (pattern)
            {
                case "source/*/unreadable":
                    return ("The backup evidence in {0} sources could not be read, so nothing they hold could be checked",
                        "Restore the auditor's read-only access to each source listed and run the audit again; until then every control that needs their evidence stays unconfirmed.");
                case "component/*/no-backup":
                    return ("{0} components are not backed up",
                        "Add each component listed to a backup job that runs at least as often as the strictest recovery point the business accepts for it, with a copy kept off-site.");
                case "component/*/out-of-date":
                    return ("{0} components' backups are out of date",
                        "For each component listed, find out why its backups are failing or late, fix the job, and confirm a new good restore point within the accepted data loss.");
                case "component/*/no-offsite-copy":
                    return ("{0} components have no backup copy away from the office and out of reach of attackers",
                        "Add a second copy of each listed component's backups in an off-site, cloud or offline repository that cannot be changed with production passwords (immutable or offline).");
                case "repository/*/*/not-encrypted":
                    return ("{0} backup storage locations are not encrypted",
                        "Turn on encryption for each storage location listed, or move its backups to encrypted storage, so a stolen disk or copy cannot be read.");
                case "repository/*/*/not-immutable":
                    return ("Backups in {0} storage locations can be deleted before their retention ends",
                        "Make each storage location listed immutable (locked against deletion) for at least the retention it holds, or copy its backups to storage that is.");
                case "exercise/*/*/overdue":
                    return ("{0} actions from DR exercises are overdue",
                        "Have each action listed completed by its owner (or name one) and record when it was closed; an open action means the lesson of the exercise has not been applied.");
                case "access/*/not-met":
                    return ("{0} rules on who can reach the backups are not met",
                        "Remove those rights (restrict the backup consoles and storage to the backup administrators), then have the security lead confirm it in a new signed statement.");
                case "service/*/targets-not-approved":
                    return ("{0} services' recovery targets are not approved by the business",
                        "Have the business owner of each service listed review how much data loss and downtime it can accept, and record the approval with its date.");
                case "service/*/restore-testing":
                    return ("{0} services' recovery has not been proven by a recent, complete restore test in time",
                        "Restore each service listed in full in a planned test (as part of a DR exercise), time it against the agreed recovery time, and record the result.");
                default:
                    return null;
            }
        }
    }
}
