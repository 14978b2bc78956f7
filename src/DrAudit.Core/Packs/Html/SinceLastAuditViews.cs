using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Comparison;
using DrAudit.Core.Packs.Html.View;

namespace DrAudit.Core.Packs.Html
{
    /// <summary>Builds the report's "Since the last audit" section from a result's comparison with an older audit.</summary>
    public static class SinceLastAuditViews
    {
        /// <summary>Shown for a control judged once for the client instead of a service name.</summary>
        public const string ClientScope = "client";

        public static SinceLastAuditView From(ReadinessComparison comparison, Func<string?, string> serviceName, Func<string, string> controlTitle)
        {
            if (comparison == null) throw new ArgumentNullException(nameof(comparison));
            return new SinceLastAuditView
            {
                ReferencePack = comparison.ReferencePack ?? "",
                ReferenceAsOf = ReportFormat.Date(comparison.ReferenceAsOf),
                MaturityBefore = comparison.ReferenceMaturityLevel,
                MaturityAfter = comparison.DifferenceMaturityLevel,
                MaturityChange = Change(comparison.MaturityChange),
                MaturityDirection = Direction(comparison.MaturityChange),
                ServicesBefore = ReportFormat.Number(comparison.ReferenceServicesReady) + " of " + ReportFormat.Number(comparison.ReferenceServicesTotal),
                ServicesAfter = ReportFormat.Number(comparison.DifferenceServicesReady) + " of " + ReportFormat.Number(comparison.DifferenceServicesTotal),
                ServicesChange = Change(comparison.DifferenceServicesReady - comparison.ReferenceServicesReady),
                ServicesDirection = Direction(comparison.DifferenceServicesReady - comparison.ReferenceServicesReady),
                NewFindings = Findings(comparison, FindingChangeKind.New, serviceName, controlTitle),
                ResolvedFindings = Findings(comparison, FindingChangeKind.Resolved, serviceName, controlTitle),
                StillOpenCount = comparison.StillOpenCount,
                RootCausesCompared = comparison.RootCausesCompared,
                NewRootCauses = Causes(comparison, FindingChangeKind.New),
                ResolvedRootCauses = Causes(comparison, FindingChangeKind.Resolved),
                StillOpenRootCauses = comparison.StillOpenRootCauses,
                ControlChanges = comparison.Controls.Select(c => new ControlChangeView
                {
                    ControlId = c.Control,
                    Title = controlTitle(c.Control),
                    ServiceId = c.Service ?? "",
                    Service = c.Service == null ? ClientScope : serviceName(c.Service),
                    Before = OutcomeStyles.For(c.Before),
                    After = OutcomeStyles.For(c.After),
                }).ToList(),
            };
        }

        private static List<RootCauseView> Causes(ReadinessComparison comparison, FindingChangeKind kind) =>
            comparison.RootCauses.Where(c => c.Change == kind)
                .OrderByDescending(c => c.Severity).ThenBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => new RootCauseView
                {
                    Key = c.Key,
                    Title = ReportFormat.DatesInText(c.Title),
                    Severity = c.Severity.ToString().ToLowerInvariant(),
                    SeverityLabel = c.Severity.ToString(),
                    FindingsText = ReportFormat.Count(c.Findings, "finding", "findings"),
                }).ToList();

        /// <summary>"up 1", "down 2" or "no change".</summary>
        public static string Change(int delta) =>
            delta > 0 ? "up " + ReportFormat.Number(delta) : delta < 0 ? "down " + ReportFormat.Number(-delta) : "no change";

        private static string Direction(int delta) => delta > 0 ? "up" : delta < 0 ? "down" : "same";

        /// <summary>The findings of one kind, most severe first, then by key.</summary>
        private static List<FindingChangeView> Findings(ReadinessComparison comparison, FindingChangeKind kind,
            Func<string?, string> serviceName, Func<string, string> controlTitle) =>
            comparison.Findings.Where(f => f.Change == kind)
                .OrderByDescending(f => f.Severity).ThenBy(f => f.Key, StringComparer.Ordinal)
                .Select(f => new FindingChangeView
                {
                    Key = f.Key,
                    Control = f.Control,
                    ControlTitle = controlTitle(f.Control),
                    ServiceName = f.Service == null ? "All services" : serviceName(f.Service),
                    Severity = f.Severity.ToString().ToLowerInvariant(),
                    SeverityLabel = f.Severity.ToString(),
                    Outcome = OutcomeStyles.For(kind == FindingChangeKind.Resolved ? f.Before : f.After),
                    Statement = ReportFormat.DatesInText(f.Statement),
                }).ToList();
    }
}
