using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DrAudit.Core.Auditing;
using DrAudit.Core.Fleet;
using DrAudit.Core.Hosting;
using DrAudit.Core.Model.Renewal;
using DrAudit.Core.Packs.Html;

namespace DrAudit.Core.Renewal
{
    /// <summary>
    /// Reads a client's dated evidence packs over a contract period (the layout fleet runs write:
    /// <c>&lt;root&gt;/&lt;client id&gt;/&lt;yyyy-MM-dd&gt;[.n]/</c>) into a <see cref="RenewalReport"/>. Every pack is
    /// verified first; a tampered pack, a pack of another client and a month without a usable pack are recorded and
    /// shown, never hidden and never counted. Of several usable packs in one month the latest complete one is used.
    /// </summary>
    public static class RenewalReportBuilder
    {
        public const int ProgressActivityId = 3;
        public const string ProgressActivity = "Reading evidence packs for the renewal";

        /// <summary>Throws <see cref="RenewalException"/> when the client's folder cannot be found or the period is empty.</summary>
        public static RenewalReport Build(RenewalOptions options, IAuditHost host)
        {
            if (options == null) throw new ArgumentNullException(nameof(options));
            if (string.IsNullOrWhiteSpace(options.Client)) throw new RenewalException("A client id or client folder is required.");
            var (folder, expected, byFolder) = ClientFolder(options);
            var to = options.To ?? options.Clock();
            var from = options.From ?? DefaultFrom(to);
            if (from >= to) throw new RenewalException("The period starts (" + ReportFormat.Time(from) + ") on or after it ends (" + ReportFormat.Time(to) + ").");

            var firstDate = from.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var lastDate = to.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var dated = PackFolders.Dated(folder)
                .Where(f => string.CompareOrdinal(f.Date, firstDate) >= 0 && string.CompareOrdinal(f.Date, lastDate) <= 0)
                .ToList();
            var packs = ReadAll(dated, expected, host);
            if (byFolder && packs.All(p => p.Record.State != RenewalPackState.Used))
            {
                // A folder named otherwise than its client's id: the client is the one its newest verified pack names.
                var named = packs.LastOrDefault(p => p.Record.State == RenewalPackState.OtherClient)?.Record.ClientId;
                if (!string.IsNullOrEmpty(named)) { expected = named!; packs = ReadAll(dated, expected, host); }
            }
            foreach (var pack in packs.Where(p => p.Record.State == RenewalPackState.Used && (p.Record.AsOf < from || p.Record.AsOf > to)).ToList())
                packs.Remove(pack);

            var report = new RenewalReport
            {
                ClientId = expected,
                From = from,
                To = to,
                GeneratedAt = options.Clock(),
                ToolVersion = ToolVersion.Current,
                Packs = packs.Select(p => p.Record).OrderBy(p => p.AsOf).ThenBy(p => p.Folder, StringComparer.Ordinal).ToList(),
            };
            var used = ChooseMonthly(packs);
            report.Months = Months(from, to, packs, used);
            report.MonthsAudited = report.Months.Count(m => m.Audited);
            report.MonthsNotAudited = report.Months.Count - report.MonthsAudited;
            Names(report, used);

            var notes = new List<string>();
            report.RootCauses = RootCauseTimeline.Follow(used, notes);
            foreach (var pack in used.Where(p => p.Definition == null))
                notes.Add("The " + MonthName(pack.Record.Month) + " pack (" + pack.Record.Folder + ") " + pack.DefinitionProblem + ": its restore tests, exercises and approvals are not counted.");
            report.RestoreTests = RecoveryTesting.RestoreTests(used, from, to);
            report.Exercises = RecoveryTesting.Exercises(used, from, to);
            var latestWithDefinition = used.LastOrDefault(p => p.Definition != null);
            report.Testing = RecoveryTesting.PerService(latestWithDefinition, report.RestoreTests, report.Exercises, from, to);
            report.Commitments = Commitments.Read(used, to);
            var latest = used.LastOrDefault();
            var services = new ServiceIndex(latest?.Result, latestWithDefinition?.Definition);
            var manifests = packs.GroupBy(p => p.Record.Folder).ToDictionary(g => g.Key, g => g.First().Record.ManifestSha256, StringComparer.Ordinal);
            report.Budget = BudgetRanking.Rank(report.RootCauses, report.Commitments, services, manifests);
            report.Msp = latest?.Result?.Client.Msp;
            report.Notes = Notes(report).Concat(notes).ToList();
            return report;
        }

        /// <summary>The first day of the month eleven months before <paramref name="to"/>'s month: twelve calendar months.</summary>
        public static DateTimeOffset DefaultFrom(DateTimeOffset to)
        {
            var utc = to.UtcDateTime;
            return new DateTimeOffset(utc.Year, utc.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(-11);
        }

        /// <summary>The full path of the client's folder of dated packs the options name; throws <see cref="RenewalException"/> when there is none.</summary>
        public static string ResolveClientFolder(RenewalOptions options) => ClientFolder(options).Folder;

        /// <summary>The client's folder: <c>PackRoot/&lt;id&gt;</c> when that exists, else <see cref="RenewalOptions.Client"/>
        /// itself when it is a folder (its name is taken as the client id).</summary>
        private static (string Folder, string ClientId, bool ByFolder) ClientFolder(RenewalOptions options)
        {
            var client = options.Client.Trim();
            if (!string.IsNullOrWhiteSpace(options.PackRoot))
            {
                if (!Directory.Exists(options.PackRoot)) throw new RenewalException("The pack root " + options.PackRoot + " does not exist.");
                if (client.IndexOfAny(new[] { '/', '\\' }) < 0 && client != "." && client != "..")
                {
                    var under = Path.Combine(options.PackRoot!, client);
                    if (Directory.Exists(under)) return (Path.GetFullPath(under), client, false);
                }
            }
            if (Directory.Exists(client))
            {
                var full = Path.GetFullPath(client).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
                return (full, Path.GetFileName(full), true);
            }
            throw new RenewalException(string.IsNullOrWhiteSpace(options.PackRoot)
                ? "There is no client folder " + client + " (give the client's folder of dated packs, or its id with a pack root)."
                : "There is no folder for client '" + client + "' under " + options.PackRoot + " (fleet runs write <root>/<client id>/<yyyy-MM-dd>/).");
        }

        private static List<RenewalPackData> ReadAll(IReadOnlyList<(string Path, string Date)> dated, string expected, IAuditHost host)
        {
            var packs = new List<RenewalPackData>();
            for (var i = 0; i < dated.Count; i++)
            {
                var name = Path.GetFileName(dated[i].Path);
                host.WriteProgress(new ProgressReport(ProgressActivityId, ProgressActivity, "Verifying " + name, dated.Count == 0 ? -1 : i * 100 / dated.Count));
                var pack = RenewalPackReader.Read(dated[i].Path, dated[i].Date, expected);
                host.WriteVerbose("Pack " + name + ": " + pack.Record.State + (pack.Record.Problem == null ? "" : " (" + pack.Record.Problem + ")"));
                foreach (var detail in pack.Record.FileProblems) host.WriteVerbose("Pack " + name + ": " + detail);
                packs.Add(pack);
            }
            host.WriteProgress(new ProgressReport(ProgressActivityId, ProgressActivity, "Done", 100, completed: true));
            return packs;
        }

        /// <summary>The pack used for each month (latest complete verified one, else latest verified one), oldest
        /// first; the other verified packs of a month are marked superseded.</summary>
        private static List<RenewalPackData> ChooseMonthly(IEnumerable<RenewalPackData> packs)
        {
            var chosen = new List<RenewalPackData>();
            foreach (var month in packs.Where(p => p.Record.State == RenewalPackState.Used).GroupBy(p => p.Record.Month))
            {
                var ordered = month.OrderBy(p => p.Record.AsOf).ToList();
                var pick = ordered.LastOrDefault(p => p.Record.Complete == true) ?? ordered.Last();
                foreach (var other in ordered.Where(p => !ReferenceEquals(p, pick)))
                {
                    other.Record.State = RenewalPackState.Superseded;
                    other.Record.Problem = "A later pack of the same month (" + pick.Record.Folder + ") is used.";
                }
                chosen.Add(pick);
            }
            return chosen.OrderBy(p => p.Record.AsOf).ToList();
        }

        private static List<RenewalMonth> Months(DateTimeOffset from, DateTimeOffset to, IReadOnlyList<RenewalPackData> packs, IReadOnlyList<RenewalPackData> used)
        {
            var months = new List<RenewalMonth>();
            var start = new DateTime(from.UtcDateTime.Year, from.UtcDateTime.Month, 1, 0, 0, 0, DateTimeKind.Utc);
            for (var month = start; month <= to.UtcDateTime; month = month.AddMonths(1))
            {
                var name = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
                var pick = used.FirstOrDefault(p => p.Record.Month == name);
                var row = new RenewalMonth { Month = name };
                if (pick != null)
                {
                    row.State = pick.Record.Complete == true ? RenewalMonthState.Audited : RenewalMonthState.Incomplete;
                    row.Pack = pick.Record.Folder;
                    row.ManifestSha256 = pick.Record.ManifestSha256;
                    row.MaturityLevel = pick.Record.MaturityLevel;
                    row.ServicesReady = pick.Record.ServicesReady;
                    row.ServicesTotal = pick.Record.ServicesTotal;
                    if (row.State == RenewalMonthState.Incomplete) row.Note = "A backup source could not be read: the audit is incomplete.";
                }
                else
                {
                    var unusable = packs.Where(p => p.Record.Month == name).ToList();
                    row.State = unusable.Count == 0 ? RenewalMonthState.NoPack : RenewalMonthState.NotUsable;
                    row.Note = unusable.Count == 0 ? "No evidence pack for this month."
                        : string.Join(" ", unusable.Select(p => "Pack " + p.Record.Folder + ": " + p.Record.Problem));
                }
                months.Add(row);
            }
            return months;
        }

        private static void Names(RenewalReport report, IReadOnlyList<RenewalPackData> used)
        {
            foreach (var pack in used)
            {
                var name = pack.Record.ClientName;
                if (report.Names.Count > 0 && report.Names[report.Names.Count - 1].Name == name) continue;
                report.Names.Add(new RenewalClientName { Name = name, FirstPack = pack.Record.Folder, FirstAsOf = pack.Record.AsOf });
            }
            report.ClientName = report.Names.Count > 0 ? report.Names[report.Names.Count - 1].Name : report.ClientId;
        }

        private static IEnumerable<string> Notes(RenewalReport report)
        {
            if (report.Names.Count > 1)
                yield return "The client was renamed during the period (" + string.Join(", then ", report.Names.Select(n => "'" + n.Name + "' from " + ReportFormat.Date(n.FirstAsOf))) + "); this report uses the latest name.";
            foreach (var pack in report.Packs.Where(p => p.State == RenewalPackState.Tampered))
                yield return "Pack " + pack.Folder + " was changed after it was written: its figures are not used.";
            foreach (var pack in report.Packs.Where(p => p.State == RenewalPackState.OtherClient))
                yield return "Pack " + pack.Folder + " belongs to another client ('" + pack.ClientId + "'): it is shown, not used.";
            foreach (var pack in report.Packs.Where(p => p.State == RenewalPackState.Unreadable))
                yield return "Pack " + pack.Folder + " cannot be read. " + pack.Problem;
            var missing = report.Months.Where(m => !m.Audited).Select(m => MonthName(m.Month)).ToList();
            if (missing.Count > 0)
                yield return "Months not fully audited: " + string.Join(", ", missing) + ".";
            if (report.Packs.All(p => p.State != RenewalPackState.Used))
                yield return "No usable evidence pack was found for the period.";
        }

        public static string MonthName(string month) =>
            DateTime.ParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture).ToString("MMM yyyy", CultureInfo.InvariantCulture);
    }
}
