using System.Linq;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Fleet
{
    /// <summary>Fills a client's fleet row from its readiness result (and the comparison the result carries).</summary>
    internal static class FleetRows
    {
        public static void Fill(FleetClientSummary row, ReadinessResult result, string pack)
        {
            var failedSources = result.Sources.Where(s => s.Status == SourceState.Failed).ToList();
            row.ClientId = result.Client.Id;
            row.ClientName = result.Client.Name;
            row.AsOf = result.AsOf;
            row.Pack = pack;
            row.Status = failedSources.Count == 0 ? FleetClientStatus.Audited : FleetClientStatus.SourceFailed;
            row.Error = failedSources.Count == 0 ? null
                : "sources not read: " + string.Join("; ", failedSources.Select(s => s.Id + (string.IsNullOrEmpty(s.Error) ? "" : " (" + s.Error + ")")));
            row.MaturityLevel = result.EssentialEight.MaturityLevel;
            row.ServicesReady = result.DrReadiness.ServicesReady;
            row.ServicesTotal = result.DrReadiness.ServicesTotal;
            row.RootCauses = result.RootCauses.Count;
            row.FindingsHigh = result.Findings.Count(f => f.Severity == Severity.High);
            row.FindingsMedium = result.Findings.Count(f => f.Severity == Severity.Medium);
            row.FindingsLow = result.Findings.Count(f => f.Severity == Severity.Low);
            row.SourcesTotal = result.Sources.Count;
            row.SourcesFailed = failedSources.Select(s => s.Id).ToList();

            var since = result.SinceLastAudit;
            if (since == null) return;
            row.PreviousPack = since.ReferencePack;
            row.PreviousMaturityLevel = since.ReferenceMaturityLevel;
            row.MaturityChange = since.MaturityChange;
            row.NewFindings = since.NewCount;
            row.StillOpenFindings = since.StillOpenCount;
            row.ResolvedFindings = since.ResolvedCount;
            if (since.RootCausesCompared)
            {
                row.NewRootCauses = since.NewRootCauses;
                row.StillOpenRootCauses = since.StillOpenRootCauses;
                row.ResolvedRootCauses = since.ResolvedRootCauses;
            }
            row.ControlChanges = since.Controls.Count;
        }
    }
}
