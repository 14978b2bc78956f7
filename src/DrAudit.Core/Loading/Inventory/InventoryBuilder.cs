using DrAudit.Core.Model.Inventory;
using InventoryModel = DrAudit.Core.Model.Inventory.Inventory;

namespace DrAudit.Core.Loading.Inventory
{
    /// <summary>The inventory being read and a record builder for each of its lists, shared by the JSON and CSV readers.</summary>
    internal sealed class InventoryBuilder
    {
        public InventoryBuilder()
        {
            Repositories = new RecordBuilder<Repository>(InventorySchemas.Repository, Problems, Inventory.Repositories);
            Jobs = new RecordBuilder<Job>(InventorySchemas.Job, Problems, Inventory.Jobs);
            Runs = new RecordBuilder<JobRun>(InventorySchemas.Run, Problems, Inventory.Runs);
            RestorePoints = new RecordBuilder<RestorePoint>(InventorySchemas.RestorePoint, Problems, Inventory.RestorePoints);
            Discovered = new RecordBuilder<DiscoveredWorkload>(InventorySchemas.Discovered, Problems, DiscoveredList);
            BackupServer = new RecordBuilder<BackupServer>(InventorySchemas.BackupServer, Problems, null);
            ConfigBackup = new RecordBuilder<ConfigurationBackup>(InventorySchemas.ConfigBackup, Problems, null);
        }

        public BoundedProblemCollector Problems { get; } = new BoundedProblemCollector();

        public InventoryModel Inventory { get; } = new InventoryModel();

        public RecordBuilder<Repository> Repositories { get; }
        public RecordBuilder<Job> Jobs { get; }
        public RecordBuilder<JobRun> Runs { get; }
        public RecordBuilder<RestorePoint> RestorePoints { get; }
        public RecordBuilder<DiscoveredWorkload> Discovered { get; }
        public RecordBuilder<BackupServer> BackupServer { get; }
        public RecordBuilder<ConfigurationBackup> ConfigBackup { get; }

        /// <summary>Where discovered workloads are collected; becomes <see cref="InventoryModel.Discovered"/> once the
        /// list is given (absent stays null: the source could not enumerate its environment).</summary>
        public System.Collections.Generic.List<DiscoveredWorkload> DiscoveredList { get; } = new System.Collections.Generic.List<DiscoveredWorkload>();

        /// <summary>Records that the inventory gives a discovered list (possibly empty).</summary>
        public void DiscoveredGiven() => Inventory.Discovered = DiscoveredList;

        /// <summary>The inventory read, or a <see cref="DefinitionException"/> with every problem: never half-read data.</summary>
        public InventoryModel Finish()
        {
            Problems.ThrowIfAny();
            return Inventory;
        }
    }
}
