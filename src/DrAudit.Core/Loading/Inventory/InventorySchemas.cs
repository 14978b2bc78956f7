using System.Collections.Generic;
using DrAudit.Core.Model.Inventory;
using InventoryModel = DrAudit.Core.Model.Inventory.Inventory;

namespace DrAudit.Core.Loading.Inventory
{
    /// <summary>The records of the neutral inventory and their fields (inventory.md), used by every reader.</summary>
    internal static class InventorySchemas
    {
        public const string ApiVersion = "draudit/v1";
        public const string RepositoriesField = "repositories";
        public const string JobsField = "jobs";
        public const string RunsField = "runs";
        public const string RestorePointsField = "restorePoints";
        public const string BackupServerField = "backupServer";
        public const string ConfigBackupField = "configBackup";
        public const string DiscoveredField = "discovered";

        public static readonly RecordSchema<Repository> Repository = new RecordSchema<Repository>("a repository", new[]
        {
            RecordField<Repository>.Text("id", true, (ref r, x) => r.Id = x),
            RecordField<Repository>.Text("name", false, (ref r, x) => r.Name = x),
            RecordField<Repository>.Enum<RepositoryLocation>("location", false, (ref r, x) => r.Location = x),
            RecordField<Repository>.Boolean("encrypted", false, (ref r, x) => r.Encrypted = x),
            RecordField<Repository>.Boolean("immutable", false, (ref r, x) => r.Immutable = x),
            RecordField<Repository>.Count("immutableDays", false, (ref r, x) => r.ImmutableDays = x),
            RecordField<Repository>.Boolean("sharesProductionCredentials", false, (ref r, x) => r.SharesProductionCredentials = x),
        }, r => r.Id);

        public static readonly RecordSchema<Job> Job = new RecordSchema<Job>("a job", new[]
        {
            RecordField<Job>.Text("id", true, (ref j, x) => j.Id = x),
            RecordField<Job>.Text("name", false, (ref j, x) => j.Name = x),
            RecordField<Job>.Enum<JobKind>("kind", true, (ref j, x) => j.Kind = x),
            RecordField<Job>.Boolean("enabled", false, (ref j, x) => j.Enabled = x),
            RecordField<Job>.TextList("objects", true, (ref j, x) => j.Objects = x),
            RecordField<Job>.Text("repository", false, (ref j, x) => j.Repository = x),
            RecordField<Job>.Duration("retention", false, (ref j, x) => j.Retention = x),
            RecordField<Job>.Boolean("applicationAware", false, (ref j, x) => j.ApplicationAware = x),
            RecordField<Job>.Boolean("encrypted", false, (ref j, x) => j.Encrypted = x),
        }, j => j.Id);

        public static readonly RecordSchema<JobRun> Run = new RecordSchema<JobRun>("a run", new[]
        {
            RecordField<JobRun>.Text("job", true, (ref r, x) => r.Job = x),
            RecordField<JobRun>.Time("start", true, (ref r, x) => r.Start = x),
            RecordField<JobRun>.Time("end", false, (ref r, x) => r.End = x),
            RecordField<JobRun>.Enum<RunResult>("result", true, (ref r, x) => r.Result = x),
            RecordField<JobRun>.Text("message", false, (ref r, x) => r.Message = x),
        }, null, new RecordCheck<JobRun>("end", "EndBeforeStart",
            r => r.End != null && r.End < r.Start ? "a run's 'end' is before its 'start'; a run cannot end before it starts." : null));

        public static readonly RecordSchema<RestorePoint> RestorePoint = new RecordSchema<RestorePoint>("a restore point", new[]
        {
            RecordField<RestorePoint>.Text("object", true, (ref r, x) => r.Object = x),
            RecordField<RestorePoint>.Text("job", false, (ref r, x) => r.Job = x),
            RecordField<RestorePoint>.Time("time", true, (ref r, x) => r.Time = x),
            RecordField<RestorePoint>.Text("repository", false, (ref r, x) => r.Repository = x),
            RecordField<RestorePoint>.Enum<PointConsistency>("consistency", false, (ref r, x) => r.Consistency = x),
        });

        /// <summary>A workload the source can see (v1.1): object and kind required; names may repeat (two platforms).</summary>
        public static readonly RecordSchema<DiscoveredWorkload> Discovered = new RecordSchema<DiscoveredWorkload>("a discovered workload", new[]
        {
            RecordField<DiscoveredWorkload>.Text("object", true, (ref w, x) => w.Object = x),
            RecordField<DiscoveredWorkload>.Enum<WorkloadKind>("kind", true, (ref w, x) => w.Kind = x),
            RecordField<DiscoveredWorkload>.Text("platform", false, (ref w, x) => w.Platform = x),
        });

        /// <summary>The backup server (v1.1): its name and its configBackup (a nested record the readers read themselves,
        /// so its assignment here only records that it was given).</summary>
        public static readonly RecordSchema<BackupServer> BackupServer = new RecordSchema<BackupServer>("the backupServer", new[]
        {
            RecordField<BackupServer>.Text("name", false, (ref b, x) => b.Name = x),
            new RecordField<BackupServer>(ConfigBackupField, false, (ref b, v, s, p) => ExpectObject(v, s, p)),
        });

        /// <summary>The backup server's configuration backup (v1.1); every fact optional (unknown is never assumed good).</summary>
        public static readonly RecordSchema<ConfigurationBackup> ConfigBackup = new RecordSchema<ConfigurationBackup>("the configBackup", new[]
        {
            RecordField<ConfigurationBackup>.Boolean("enabled", false, (ref c, x) => c.Enabled = x),
            RecordField<ConfigurationBackup>.Boolean("encrypted", false, (ref c, x) => c.Encrypted = x),
            RecordField<ConfigurationBackup>.Text("repository", false, (ref c, x) => c.Repository = x),
            RecordField<ConfigurationBackup>.Time("lastSuccess", false, (ref c, x) => c.LastSuccess = x),
        });

        /// <summary>A field whose value must be a mapping/object that the reader reads itself: anything else is WrongType.</summary>
        private static void ExpectObject(in RawValue value, in FieldSite site, BoundedProblemCollector problems)
        {
            if (value.Kind == RawValueKind.Object) return;
            site.Report(problems, "WrongType", site.Describe() + " must be an object ({ ... }), found " + value.Describe() + ".");
        }

        /// <summary>The top of a JSON inventory: apiVersion and kind required, and the four lists (read by the JSON
        /// reader itself, so their assignment here only records that they were given).</summary>
        public static readonly RecordSchema<InventoryModel> JsonHeader = Header(true);

        /// <summary>An <c>inventory.yaml</c> beside CSV files: source, system, collectedAt (apiVersion and kind optional),
        /// and (v1.1) a backupServer block.</summary>
        public static readonly RecordSchema<InventoryModel> YamlHeader = Header(false);

        private static RecordSchema<InventoryModel> Header(bool json)
        {
            var fields = new List<RecordField<InventoryModel>>
            {
                new RecordField<InventoryModel>("apiVersion", json, (ref i, v, s, p) => InventoryValues.TryExact(v, s, p, ApiVersion)),
                new RecordField<InventoryModel>("kind", json, (ref i, v, s, p) => InventoryValues.TryExact(v, s, p, InventoryModel.InventoryKind)),
                RecordField<InventoryModel>.Text("source", false, (ref i, x) => i.Source = x),
                RecordField<InventoryModel>.Text("system", false, (ref i, x) => i.System = x),
                RecordField<InventoryModel>.Time("collectedAt", false, (ref i, x) => i.CollectedAt = x),
                new RecordField<InventoryModel>(BackupServerField, false, (ref i, v, s, p) => ExpectObject(v, s, p)),
            };
            if (json)
            {
                foreach (var list in new[] { RepositoriesField, JobsField, RunsField, RestorePointsField })
                {
                    fields.Add(new RecordField<InventoryModel>(list, true, (ref i, v, s, p) => { }));
                }
                fields.Add(new RecordField<InventoryModel>(DiscoveredField, false, (ref i, v, s, p) => { }));
            }
            return new RecordSchema<InventoryModel>("the inventory", fields);
        }
    }
}
