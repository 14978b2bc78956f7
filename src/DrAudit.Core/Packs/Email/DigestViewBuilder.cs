using System;
using System.Linq;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs.Html;

namespace DrAudit.Core.Packs.Email
{
    /// <summary>Builds the email digest's view from a readiness result through the report's own view (so every number and
    /// sentence agrees with report.html), cut down to one screen.</summary>
    public static class DigestViewBuilder
    {
        /// <summary>Open root causes listed; the rest are counted ("and 9 more").</summary>
        public const int MaxRootCauses = 5;

        /// <summary>New and resolved root causes listed under "Since last month", each; the rest are counted.</summary>
        public const int MaxChanges = 3;

        public static DigestView Build(ReadinessResult result, ReportBranding branding, ReportAudience audience)
        {
            if (result == null) throw new ArgumentNullException(nameof(result));
            var report = new ReportViewBuilder(result).Build(branding, audience);
            var view = new DigestView
            {
                ClientName = report.ClientName,
                MspName = report.MspName,
                AccentColor = report.AccentColor,
                AsOfDate = report.AsOfDate,
                Month = ReportFormat.Month(result.AsOf),
                ToolVersion = report.ToolVersion,
                MaturityLevel = report.MaturityLevel,
                ServicesReady = report.ServicesReady,
                ServicesTotal = report.ServicesTotal,
                FindingsHigh = report.FindingsHigh,
                FindingsMedium = report.FindingsMedium,
                FindingsLow = report.FindingsLow,
                Complete = report.Complete,
                Unreadable = result.Sources.Where(s => s.Status == SourceState.Failed)
                    .Select(s => ReportViewBuilder.SystemName(s.Type)).Distinct(StringComparer.Ordinal).ToList(),
                RootCauses = report.RootCauses.Take(MaxRootCauses).ToList(),
                RootCausesTotal = report.RootCauses.Count,
                RootCausesMore = Math.Max(0, report.RootCauses.Count - MaxRootCauses),
            };
            var since = report.SinceLastAudit;
            if (since != null)
            {
                view.NewFindings = since.NewFindings.Count;
                view.ResolvedFindings = since.ResolvedFindings.Count;
                view.NewRootCauses = since.NewRootCauses.Count;
                view.ResolvedRootCauses = since.ResolvedRootCauses.Count;
                view.NewRootCausesMore = Math.Max(0, since.NewRootCauses.Count - MaxChanges);
                view.ResolvedRootCausesMore = Math.Max(0, since.ResolvedRootCauses.Count - MaxChanges);
                since.NewRootCauses = since.NewRootCauses.Take(MaxChanges).ToList();
                since.ResolvedRootCauses = since.ResolvedRootCauses.Take(MaxChanges).ToList();
                // The digest names root causes, not single findings or controls: those are in the full report.
                since.NewFindings.Clear();
                since.ResolvedFindings.Clear();
                since.ControlChanges.Clear();
                view.Since = since;
            }
            return view;
        }
    }
}
