using System.Linq;
using DrAudit.Core.Loading.Yaml;
using DrAudit.Core.Model.Result;

namespace DrAudit.Core.Packs.Excel.Sheets
{
    /// <summary>Each source with its status, error, evidence quality and what it gave. The pack's file list and
    /// hashes are in manifest.json, written after every renderer (this workbook cannot hold its own hash), so the
    /// sheet lists the sources and points to the manifest in a note under the table.</summary>
    internal static class SourcesSheet
    {
        public const string Name = "Sources and manifest";
        public const string ManifestNote =
            "The pack's manifest.json lists every file of this evidence pack (this workbook included) with its size and SHA-256; " +
            "it is written after the files, so check it there.";

        public static TableSheet Build(WorkbookData data) =>
            TableSheet.Of(Name, "Sources", data.Result.Sources, new ColumnList<SourceStatus>()
                .Text("Source", s => s.Id)
                .Text("Type", s => s.Type)
                .Text("Status", s => KebabCase.Of(s.Status))
                .Text("Error", s => SourceErrorText.For(s, data.Audience))
                .Text("Evidence quality", s => s.EvidenceQuality?.ToString())
                .DateTime("Collected at (UTC)", s => s.CollectedAt)
                .Text("System", s => s.System)
                .Integer("Repositories", s => Inventory(data, s)?.Repositories.Count)
                .Integer("Jobs", s => Inventory(data, s)?.Jobs.Count)
                .Integer("Runs", s => Inventory(data, s)?.Runs.Count)
                .Integer("Restore points", s => Inventory(data, s)?.RestorePoints.Count))
            .WithNoteBelow(ManifestNote);

        private static Model.Inventory.Inventory? Inventory(WorkbookData data, SourceStatus status) =>
            data.ReadableSources.FirstOrDefault(d => d.Id == status.Id)?.Inventory;
    }
}
