using System.Linq;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs.Excel.Sheets;
using DrAudit.Core.Packs.Html.View;

namespace DrAudit.Core.Packs.Html
{
    /// <summary>Builds the report's environment section from the result alone (v1.1: discovered workloads, attested
    /// facts, warnings), so a report re-rendered from readiness.json shows the same.</summary>
    public static class EnvironmentViewBuilder
    {
        public static EnvironmentView Build(ReadinessResult result)
        {
            var view = new EnvironmentView
            {
                Enumerated = result.Discovered.Count > 0,
                Total = result.Discovered.Count,
                Unaccounted = result.Discovered.Count(w => w.Status == DiscoveredWorkloadStatus.Unaccounted),
                InNoService = result.Discovered.Count(w => w.InNoService),
                Warnings = result.Warnings.Select(ReportFormat.DatesInText).ToList(),
            };
            view.Workloads = result.Discovered
                .OrderBy(w => Rank(w))
                .Select(w => new DiscoveredRowView
                {
                    Source = w.Source,
                    Workload = w.Object,
                    Kind = w.Kind,
                    Platform = w.Platform ?? "",
                    Status = w.Status,
                    StatusWords = DiscoveredSheet.StatusWords(w),
                    By = By(w),
                    CssClass = w.Status == DiscoveredWorkloadStatus.Unaccounted ? "o-ineffective"
                        : w.Status == DiscoveredWorkloadStatus.AccountedFor || w.InNoService ? "o-alternatecontrol"
                        : "o-effective",
                })
                .ToList();
            view.AttestedFacts = result.AttestedFacts.Select(f => new AttestedFactRowView
            {
                Source = f.Source,
                Repository = f.Repository,
                Fact = f.Fact,
                Value = f.Value,
                Reported = f.Reported ?? "",
                AttestedBy = f.AttestedBy,
                AttestedOn = ReportFormat.Date(f.AttestedOn),
                Status = f.Status,
                FactText = AttestedFactText.Of(f.Fact, f.Value),
                ReportedText = AttestedFactText.Reported(f.Fact, f.Reported ?? ""),
                StatusText = AttestedFactText.Status(f.Status),
            }).ToList();
            return view;
        }

        /// <summary>Unaccounted first, then protected in no service, accounted for, named, protected.</summary>
        private static int Rank(DiscoveredWorkloadStatus w) =>
            w.Status == DiscoveredWorkloadStatus.Unaccounted ? 0 : w.InNoService ? 1 : w.Status == DiscoveredWorkloadStatus.AccountedFor ? 2
            : w.Status == DiscoveredWorkloadStatus.Named ? 3 : 4;

        private static string By(DiscoveredWorkloadStatus w)
        {
            if (w.Status == DiscoveredWorkloadStatus.AccountedFor)
                return w.AccountedForReason + " (accepted by " + w.AccountedForBy + " on " + ReportFormat.Date(w.AccountedForOn) + ")";
            var parts = new System.Collections.Generic.List<string>();
            if (w.Jobs.Count > 0) parts.Add("jobs: " + string.Join(", ", w.Jobs));
            if (w.Services.Count > 0) parts.Add("services: " + string.Join(", ", w.Services));
            else if (w.Components.Count > 0) parts.Add("components: " + string.Join(", ", w.Components));
            return parts.Count == 0 ? "nothing" : string.Join("; ", parts);
        }
    }
}
