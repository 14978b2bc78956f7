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
        }

        public ProblemCollector Problems { get; } = new ProblemCollector();

        public InventoryModel Inventory { get; } = new InventoryModel();

        public RecordBuilder<Repository> Repositories { get; }
        public RecordBuilder<Job> Jobs { get; }
        public RecordBuilder<JobRun> Runs { get; }
        public RecordBuilder<RestorePoint> RestorePoints { get; }

        /// <summary>The inventory read, or a <see cref="DefinitionException"/> with every problem: never half-read data.</summary>
        public InventoryModel Finish()
        {
            Problems.ThrowIfAny();
            return Inventory;
        }
    }
}
