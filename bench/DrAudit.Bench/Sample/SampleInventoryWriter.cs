using System.IO;
using DrAudit.Bench.Output;
using DrAudit.Core.Loading.Inventory;

namespace DrAudit.Bench.Sample
{
    /// <summary>Writes the sample's two inventory sources under a sample folder: <c>inventory/veeam-export.json</c>
    /// (neutral JSON) and <c>inventory/m365-backup/</c> (neutral CSV folder).</summary>
    public static class SampleInventoryWriter
    {
        public static string[] Write(string sampleFolder)
        {
            var inventoryFolder = Path.Combine(sampleFolder, "inventory");
            Directory.CreateDirectory(inventoryFolder);
            var json = Path.Combine(inventoryFolder, "veeam-export.json");
            InventoryJsonWriter.Save(ContosoDentalInventories.Veeam(), json);
            var csv = Path.Combine(inventoryFolder, "m365-backup");
            InventoryCsvFolderWriter.Save(ContosoDentalInventories.Microsoft365(), csv);
            return new[] { json, csv };
        }
    }
}
