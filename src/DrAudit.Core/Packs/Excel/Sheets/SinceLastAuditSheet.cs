using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DrAudit.Core.Comparison;
using DrAudit.Core.Loading.Yaml;

namespace DrAudit.Core.Packs.Excel.Sheets
{
    /// <summary>What changed since the previous audit (written only when the result carries a comparison): the maturity
    /// level and DR readiness first, then every finding (new, still open, resolved) and every control outcome that changed.</summary>
    internal static class SinceLastAuditSheet
    {
        public const string Name = "Since last audit";

        public static TableSheet Build(ReadinessComparison comparison) =>
            TableSheet.Of(Name, "SinceLastAudit", Rows(comparison), new ColumnList<SinceLastAuditRow>()
                .Text("Area", r => r.Area)
                .Text("Item", r => r.Item)
                .Text("Service", r => r.Service)
                .Text("Change", r => r.Change)
                .Outcome("Before", r => r.Before)
                .Outcome("After", r => r.After)
                .Text("Severity", r => r.Severity)
                .Text("Statement", r => r.Statement));

        private static IEnumerable<SinceLastAuditRow> Rows(ReadinessComparison c)
        {
            var since = "compared with the audit as of " + UtcTimestampConverter.ToText(c.ReferenceAsOf) +
                        (c.ReferencePack == null ? "" : " (pack " + c.ReferencePack + ")");
            yield return new SinceLastAuditRow("Maturity level", "Essential Eight Regular backups", null,
                c.MaturityChange > 0 ? "Up" : c.MaturityChange < 0 ? "Down" : "Unchanged",
                Number(c.ReferenceMaturityLevel), Number(c.DifferenceMaturityLevel), null, since);
            yield return new SinceLastAuditRow("DR readiness", "Services ready", null,
                c.DifferenceServicesReady == c.ReferenceServicesReady && c.DifferenceServicesTotal == c.ReferenceServicesTotal ? "Unchanged" : "Changed",
                Number(c.ReferenceServicesReady) + " of " + Number(c.ReferenceServicesTotal),
                Number(c.DifferenceServicesReady) + " of " + Number(c.DifferenceServicesTotal), null, null);
            foreach (var f in c.Findings.OrderBy(f => f.Change).ThenBy(f => f.Key, System.StringComparer.Ordinal))
                yield return new SinceLastAuditRow("Finding", f.Key, f.Service, Words(f.Change), WorkbookData.OutcomeText(f.Before), WorkbookData.OutcomeText(f.After), f.Severity.ToString(), f.Statement);
            foreach (var control in c.Controls)
                yield return new SinceLastAuditRow("Control", control.Control, control.Service, "Outcome changed",
                    WorkbookData.OutcomeText(control.Before) ?? "(not judged)", WorkbookData.OutcomeText(control.After) ?? "(not judged)", null, null);
        }

        private static string Words(FindingChangeKind kind) =>
            kind == FindingChangeKind.New ? "New" : kind == FindingChangeKind.Resolved ? "Resolved" : "Still open";

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
