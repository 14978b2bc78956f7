using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Model.Renewal;
using DrAudit.Core.Packs.Html;
using Scriban.Runtime;

namespace DrAudit.Core.Renewal
{
    /// <summary>
    /// What renewal-report.liquid draws: every value formatted (invariant culture), the month chart's geometry
    /// computed, and only what the audience may read (a client report leaves out stable keys, file-level
    /// verification details and definition problems; an internal one keeps them).
    /// </summary>
    internal static class RenewalViewBuilder
    {
        public const double ChartWidth = 720, ChartHeight = 200, ChartLeft = 40, ChartBottom = 30, ChartTop = 10;

        public static ScriptObject Build(RenewalReport report, ReportBranding branding, ReportAudience audience)
        {
            var internalAudience = audience == ReportAudience.Internal;
            var services = report.Testing.ToDictionary(t => t.Service, t => t.Name, StringComparer.Ordinal);
            string ServiceNames(IEnumerable<string> ids) { var list = ids.Select(id => services.TryGetValue(id, out var n) ? n : id).ToList(); return list.Count == 0 ? "Whole client" : string.Join(", ", list); }

            var first = report.Months.FirstOrDefault(m => m.MaturityLevel != null);
            var last = report.Months.LastOrDefault(m => m.MaturityLevel != null);
            var view = new ScriptObject
            {
                ["internal"] = internalAudience,
                ["client_id"] = report.ClientId,
                ["client_name"] = report.ClientName,
                ["msp_name"] = branding.MspName ?? report.Msp ?? "",
                ["logo_data_uri"] = branding.LogoDataUri() ?? "",
                ["accent_color"] = branding.AccentColor,
                ["from"] = ReportFormat.Date(report.From),
                ["to"] = ReportFormat.Date(report.To),
                ["to_iso"] = ReportFormat.Iso(report.To),
                ["generated_at"] = ReportFormat.Time(report.GeneratedAt),
                ["tool_version"] = report.ToolVersion,
                ["api_version"] = report.ApiVersion,
                ["months_total"] = report.Months.Count,
                ["months_audited"] = report.MonthsAudited,
                ["months_not_audited"] = report.MonthsNotAudited,
                ["renamed"] = report.Names.Count > 1,
                ["former_names"] = string.Join(", ", report.Names.Take(report.Names.Count - 1).Select(n => n.Name)),
                ["maturity_start"] = first?.MaturityLevel?.ToString() ?? "",
                ["maturity_end"] = last?.MaturityLevel?.ToString() ?? "",
                ["readiness_end"] = last == null ? "" : Ready(last),
                ["causes_opened"] = report.RootCauses.Count(c => !c.OpenAtStart),
                ["causes_open_at_start"] = report.RootCauses.Count(c => c.OpenAtStart),
                ["causes_resolved"] = report.RootCauses.Count(c => !c.StillOpen),
                ["causes_open"] = report.RootCauses.Count(c => c.StillOpen),
                ["tests_done"] = report.RestoreTests.Count,
                ["tests_required"] = report.Testing.Sum(t => t.RestoreTestsRequired),
                ["services_meeting_testing"] = report.Testing.Count(t => t.MetRequirement),
                ["services_total"] = report.Testing.Count,
                ["notes"] = Array(report.Notes.Select(n => (object)n)),
            };

            var names = new ScriptArray();
            foreach (var name in report.Names)
                names.Add(new ScriptObject { ["name"] = name.Name, ["from"] = ReportFormat.Date(name.FirstAsOf), ["pack"] = name.FirstPack });
            view["names"] = names;

            view["months"] = Array(report.Months.Select((m, i) => (object)Month(m, i, report.Months.Count)));
            view["chart_width"] = ReportFormat.Number(ChartWidth);
            view["chart_height"] = ReportFormat.Number(ChartHeight);
            view["chart_axis"] = Array(Enumerable.Range(0, 4).Select(level => (object)new ScriptObject
            {
                ["level"] = level,
                ["y"] = ReportFormat.Coordinate(Y(level / 3.0)),
                ["percent"] = ReportFormat.Number(level * 100 / 3) + "%",
            }));
            view["chart_line"] = string.Join(" ", report.Months.Select((m, i) => (Month: m, Index: i))
                .Where(x => x.Month.MaturityLevel != null)
                .Select(x => ReportFormat.Coordinate(Center(x.Index, report.Months.Count)) + "," + ReportFormat.Coordinate(Y(x.Month.MaturityLevel!.Value / 3.0))));

            view["root_causes"] = Array(report.RootCauses.Select(c => (object)new ScriptObject
            {
                ["key"] = internalAudience ? c.Key : "",
                ["title"] = ReportFormat.DatesInText(c.Title),
                ["severity"] = c.Severity.ToString().ToLowerInvariant(),
                ["severity_label"] = c.Severity.ToString(),
                ["services"] = ServiceNames(c.Services),
                ["opened"] = c.OpenAtStart ? "Open at start (" + ReportFormat.Date(c.OpenedAsOf) + ")" : ReportFormat.Date(c.OpenedAsOf),
                ["opened_pack"] = c.OpenedPack,
                ["resolved"] = c.StillOpen ? "Still open" : ReportFormat.Date(c.ResolvedAsOf),
                ["resolved_pack"] = c.ResolvedPack ?? c.LastSeenPack,
                ["still_open"] = c.StillOpen,
                ["days_open"] = c.DaysOpen,
                ["remediation"] = c.Remediation,
            }));

            view["testing"] = Array(report.Testing.Select(t => (object)new ScriptObject
            {
                ["service"] = t.Name,
                ["tier"] = ReportFormat.Label(t.Tier),
                ["rto"] = Hours(t.RtoHours),
                ["every"] = ReportFormat.Words(t.RestoreTestEvery),
                ["required"] = t.RestoreTestsRequired,
                ["done"] = t.RestoreTestsDone,
                ["succeeded"] = t.RestoreTestsSucceeded,
                ["rto_proven"] = t.RtoProvenTimes,
                ["best"] = Hours(t.BestRestoreHours),
                ["exercises_required"] = t.ExercisesRequired,
                ["exercises_done"] = t.ExercisesDone,
                ["met"] = t.MetRequirement,
                ["pack"] = t.Pack,
            }));
            view["restore_tests"] = Array(report.RestoreTests.Select(t => (object)new ScriptObject
            {
                ["date"] = ReportFormat.Date(t.Date),
                ["service"] = t.ServiceName,
                ["scope"] = ReportFormat.Label(t.Scope),
                ["result"] = t.Result,
                ["exercise"] = t.Exercise,
                ["duration"] = Hours(t.DurationHours),
                ["rto"] = Hours(t.RtoHours),
                ["proven"] = t.RtoProven == null ? "Not measured" : t.RtoProven.Value ? "Yes" : "No",
                ["proven_class"] = t.RtoProven == null ? "o-novisibility" : t.RtoProven.Value ? "o-effective" : "o-ineffective",
                ["pack"] = t.Pack,
            }));
            view["exercises"] = Array(report.Exercises.Select(e => (object)new ScriptObject
            {
                ["date"] = ReportFormat.Date(e.Date),
                ["kind"] = ReportFormat.Label(e.Kind),
                ["services"] = ServiceNames(e.Services),
                ["actions"] = e.Actions,
                ["actions_open"] = e.ActionsOpen,
                ["pack"] = e.Pack,
            }));
            view["commitments"] = Array(report.Commitments.Select(c => (object)new ScriptObject
            {
                ["kind"] = CommitmentKind(c.Kind),
                ["subject"] = c.Subject,
                ["by"] = c.By ?? "",
                ["on"] = c.On == null ? "Never" : ReportFormat.Date(c.On),
                ["due"] = c.Due == null ? "Now" : ReportFormat.Date(c.Due),
                ["status"] = CommitmentStatus(c.Status),
                ["status_class"] = c.Status == RenewalCommitmentStatus.Expired ? "o-ineffective" : c.Status == RenewalCommitmentStatus.DueInComingYear ? "o-novisibility" : "o-effective",
                ["pack"] = c.Pack,
            }));
            view["budget"] = Array(report.Budget.Select(b => (object)new ScriptObject
            {
                ["rank"] = b.Rank,
                ["kind"] = BudgetKind(b.Kind),
                ["title"] = ReportFormat.DatesInText(b.Title),
                ["key"] = internalAudience ? b.Key : "",
                ["services"] = ServiceNames(b.Services),
                ["tier"] = ReportFormat.Label(b.Tier),
                ["rto"] = Hours(b.RtoHours),
                ["severity"] = b.Severity.ToString().ToLowerInvariant(),
                ["severity_label"] = b.Severity.ToString(),
                ["reason"] = b.Reason,
                ["pack"] = b.Pack,
            }));
            view["packs"] = Array(report.Packs.Select(p => (object)new ScriptObject
            {
                ["folder"] = p.Folder,
                ["as_of"] = ReportFormat.Date(p.AsOf),
                ["state"] = PackState(p.State),
                ["state_class"] = p.State == RenewalPackState.Used ? "o-effective" : p.State == RenewalPackState.Superseded ? "o-none" : "o-ineffective",
                ["client"] = p.ClientId,
                ["sha"] = p.ManifestSha256,
                ["signed"] = !p.Signed ? "No" : p.SignerTrusted == true ? "Yes, trusted signer" : "Yes, signer not trusted here",
                ["problem"] = p.Problem ?? "",
                ["details"] = internalAudience ? string.Join("; ", p.FileProblems) : "",
            }));
            return view;
        }

        private static ScriptObject Month(RenewalMonth m, int index, int count)
        {
            var width = (ChartWidth - ChartLeft) / Math.Max(1, count);
            var ready = m.ServicesTotal is int total && total > 0 ? (double)(m.ServicesReady ?? 0) / total : (double?)null;
            var barTop = ready == null ? Y(1) : Y(ready.Value);
            return new ScriptObject
            {
                ["month"] = m.Month,
                ["label"] = RenewalReportBuilder.MonthName(m.Month),
                ["short"] = RenewalReportBuilder.MonthName(m.Month).Substring(0, 3),
                ["state"] = MonthState(m.State),
                ["state_class"] = m.State == RenewalMonthState.Audited ? "o-effective" : m.State == RenewalMonthState.Incomplete ? "o-novisibility" : "o-ineffective",
                ["audited"] = m.Audited,
                ["has_figures"] = m.MaturityLevel != null,
                ["maturity"] = m.MaturityLevel?.ToString() ?? "\u2014",
                ["readiness"] = Ready(m),
                ["pack"] = m.Pack ?? "",
                ["sha"] = m.ManifestSha256 ?? "",
                ["sha_short"] = m.ManifestSha256 == null ? "" : m.ManifestSha256.Substring(0, Math.Min(16, m.ManifestSha256.Length)),
                ["note"] = m.Note ?? "",
                ["x"] = ReportFormat.Coordinate(ChartLeft + index * width + width * 0.15),
                ["bar_width"] = ReportFormat.Coordinate(width * 0.7),
                ["center"] = ReportFormat.Coordinate(Center(index, count)),
                ["bar_y"] = ReportFormat.Coordinate(barTop),
                ["bar_height"] = ReportFormat.Coordinate(Y(0) - barTop),
                ["dot_y"] = ReportFormat.Coordinate(m.MaturityLevel == null ? Y(0) : Y(m.MaturityLevel.Value / 3.0)),
                ["label_y"] = ReportFormat.Coordinate(ChartHeight - 10),
            };
        }

        private static double Center(int index, int count)
        {
            var width = (ChartWidth - ChartLeft) / Math.Max(1, count);
            return ChartLeft + index * width + width / 2;
        }

        /// <summary>The y of a share (0 to 1) of the plot's height.</summary>
        private static double Y(double share) => ChartTop + (1 - share) * (ChartHeight - ChartTop - ChartBottom);

        private static string Ready(RenewalMonth m) => m.ServicesTotal == null ? "\u2014" : m.ServicesReady + " of " + m.ServicesTotal + " services ready";

        private static string Hours(double? hours) => hours == null ? "\u2014" : ReportFormat.ElapsedHours(hours.Value);

        private static ScriptArray Array(IEnumerable<object> items)
        {
            var array = new ScriptArray();
            foreach (var item in items) array.Add(item);
            return array;
        }

        internal static string MonthState(RenewalMonthState state) => state switch
        {
            RenewalMonthState.Audited => "Audited",
            RenewalMonthState.Incomplete => "Incomplete audit",
            RenewalMonthState.NotUsable => "Pack not usable",
            _ => "No pack",
        };

        internal static string PackState(RenewalPackState state) => state switch
        {
            RenewalPackState.Used => "Used",
            RenewalPackState.Superseded => "Not used: a later pack of the month is",
            RenewalPackState.Tampered => "Not used: changed after it was written",
            RenewalPackState.OtherClient => "Not used: another client",
            _ => "Not used: unreadable",
        };

        internal static string CommitmentStatus(RenewalCommitmentStatus status) =>
            status == RenewalCommitmentStatus.Expired ? "Expired" : status == RenewalCommitmentStatus.DueInComingYear ? "Due in the coming year" : "Current";

        internal static string BudgetKind(RenewalBudgetItemKind kind) => kind == RenewalBudgetItemKind.OpenRootCause ? "Fix" : "Renew";

        internal static string CommitmentKind(RenewalCommitmentKind kind) => kind switch
        {
            RenewalCommitmentKind.TargetsApproval => "Approval",
            RenewalCommitmentKind.AccessAttestation => "Attestation",
            RenewalCommitmentKind.RepositoryAttestation => "Attestation",
            RenewalCommitmentKind.Exception => "Accepted risk",
            RenewalCommitmentKind.RecoveryPlanReview => "Plan review",
            _ => "Emergency access test",
        };
    }
}
