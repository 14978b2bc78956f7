using System.Globalization;
using System.Linq;
using DrAudit.Core.Packs;

namespace DrAudit.Core.Fleet
{
    /// <summary>How a fleet row's values read in the HTML and Excel summaries (one wording for both).</summary>
    internal static class FleetSummaryText
    {
        public static string Client(FleetClientSummary row) => row.ClientName ?? row.Definition;

        public static string DrReadiness(FleetClientSummary row) =>
            row.ServicesReady == null ? "" : Number(row.ServicesReady) + " of " + Number(row.ServicesTotal) + (row.ServicesTotal == 1 ? " service ready" : " services ready");

        public static string SourcesFailed(FleetClientSummary row) => string.Join(", ", row.SourcesFailed);

        /// <summary>"first pack", or "maturity 1 to 2; 2 new, 3 still open, 1 resolved; 4 control outcomes changed (since 2026-10-01)".</summary>
        public static string Change(FleetClientSummary row)
        {
            if (row.Status == FleetClientStatus.Failed) return "";
            if (row.PreviousPack == null) return "first pack";
            var maturity = row.MaturityChange == 0
                ? "maturity unchanged at " + Number(row.MaturityLevel)
                : "maturity " + Number(row.PreviousMaturityLevel) + " to " + Number(row.MaturityLevel);
            var causes = row.NewRootCauses == null ? "" : string.Format(CultureInfo.InvariantCulture, "root causes {0} new, {1} still open, {2} resolved; ",
                row.NewRootCauses, row.StillOpenRootCauses, row.ResolvedRootCauses);
            return string.Format(CultureInfo.InvariantCulture, "{0}; {1}findings {2} new, {3} still open, {4} resolved; {5} control {6} changed (since {7})",
                maturity, causes, row.NewFindings, row.StillOpenFindings, row.ResolvedFindings, row.ControlChanges, row.ControlChanges == 1 ? "outcome" : "outcomes", row.PreviousPack);
        }

        /// <summary>"1 Nov 2026, 03:12 UTC": people read the summary; fleet.json keeps ISO 8601.</summary>
        public static string Time(System.DateTimeOffset? time) => Packs.Html.ReportFormat.Time(time);

        public static string Number(int? value) => value == null ? "" : value.Value.ToString(CultureInfo.InvariantCulture);

        /// <summary>Client names at a maturity level, comma separated.</summary>
        public static string ClientsAt(FleetSummary summary, int level) =>
            string.Join(", ", summary.Clients.Where(c => c.MaturityLevel == level).Select(Client));
    }
}
