using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Renewal;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Packs.Html;

namespace DrAudit.Core.Renewal
{
    /// <summary>
    /// "What to budget for": the root causes still open at the end of the period and the commitments that expired or
    /// fall due in the coming year, ranked by business impact and never priced. Impact is how fast the business needs
    /// what it touches back: the shortest RTO among its services (for something of the whole client, the shortest RTO
    /// of any service), then severity (an open cause keeps its own; an expired commitment is high, one coming due
    /// medium), then open causes before renewals, then the longest open first.
    /// </summary>
    internal static class BudgetRanking
    {
        public static List<RenewalBudgetItem> Rank(IEnumerable<RenewalRootCause> causes, IEnumerable<RenewalCommitment> commitments,
            ServiceIndex services, IReadOnlyDictionary<string, string> manifestByPack)
        {
            var items = new List<(RenewalBudgetItem Item, int Days)>();
            foreach (var cause in causes.Where(c => c.StillOpen))
            {
                var item = Item(RenewalBudgetItemKind.OpenRootCause, cause.Key, cause.Title, cause.Services, cause.Severity, services);
                item.Reason = "open " + ReportFormat.Count(cause.DaysOpen, "day", "days") + (cause.OpenAtStart ? " (already open when the period began)" : " (since " + ReportFormat.Date(cause.OpenedAsOf) + ")");
                item.Pack = cause.LastSeenPack;
                item.ManifestSha256 = manifestByPack.TryGetValue(cause.LastSeenPack, out var sha) ? sha : "";
                items.Add((item, cause.DaysOpen));
            }
            foreach (var commitment in commitments.Where(c => c.Status != RenewalCommitmentStatus.Current))
            {
                var expired = commitment.Status == RenewalCommitmentStatus.Expired;
                var item = Item(RenewalBudgetItemKind.Renewal, commitment.Kind + "/" + commitment.Subject, commitment.Subject, commitment.Services,
                    expired ? Severity.High : Severity.Medium, services);
                item.Reason = commitment.Due == null ? "never given" : (expired ? "expired " : "due ") + ReportFormat.Date(commitment.Due);
                item.Pack = commitment.Pack;
                item.ManifestSha256 = commitment.ManifestSha256;
                items.Add((item, 0));
            }
            var ranked = items
                .OrderBy(x => x.Item.RtoHours ?? double.MaxValue)
                .ThenByDescending(x => x.Item.Severity)
                .ThenBy(x => x.Item.Kind)
                .ThenByDescending(x => x.Days)
                .ThenBy(x => x.Item.Key, StringComparer.Ordinal)
                .Select(x => x.Item)
                .ToList();
            for (var i = 0; i < ranked.Count; i++) ranked[i].Rank = i + 1;
            return ranked;
        }

        private static RenewalBudgetItem Item(RenewalBudgetItemKind kind, string key, string title, IReadOnlyList<string> serviceIds, Severity severity, ServiceIndex services)
        {
            var (tier, rto) = services.MostUrgent(serviceIds);
            return new RenewalBudgetItem { Kind = kind, Key = key, Title = title, Services = serviceIds.ToList(), Severity = severity, Tier = tier, RtoHours = rto };
        }
    }
}
