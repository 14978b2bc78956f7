using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Packs.Excel.Sheets
{
    /// <summary>Every repository fact attested in the client definition (sources[].repositories, v1.1), who attested
    /// it and when, and what became of it: used (evidence quality Poor), confirmed or contradicted by the source
    /// (the source wins), stale (older than 365 days), not yet made, or matching no repository.</summary>
    internal static class AttestedFactsSheet
    {
        public const string Name = "Attested facts";

        public static TableSheet Build(WorkbookData data) =>
            TableSheet.Of(Name, "AttestedFacts", data.Result.AttestedFacts, new ColumnList<AttestedFactUse>()
                .Text("Source", f => f.Source)
                .Text("Repository", f => f.Repository)
                .Text("Fact", f => f.Fact)
                .Text("Attested value", f => f.Value)
                .Text("Source reports", f => f.Reported)
                .Text("Attested by", f => f.AttestedBy)
                .Date("Attested on", f => f.AttestedOn)
                .Text("Status", f => f.Status));
    }
}
