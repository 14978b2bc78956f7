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
            new RecordField<Repository>("id", true, (r, v, s, p) => { if (InventoryValues.TryText(v, s, p, out var x)) r.Id = x; }),
            new RecordField<Repository>("name", false, (r, v, s, p) => { if (InventoryValues.TryText(v, s, p, out var x)) r.Name = x; }),
            new RecordField<Repository>("location", false, (r, v, s, p) => { if (InventoryValues.TryEnum(v, s, p, out RepositoryLocation x)) r.Location = x; }),
            new RecordField<Repository>("encrypted", false, (r, v, s, p) => { if (InventoryValues.TryBoolean(v, s, p, out var x)) r.Encrypted = x; }),
            new RecordField<Repository>("immutable", false, (r, v, s, p) => { if (InventoryValues.TryBoolean(v, s, p, out var x)) r.Immutable = x; }),
            new RecordField<Repository>("immutableDays", false, (r, v, s, p) => { if (InventoryValues.TryCount(v, s, p, out var x)) r.ImmutableDays = x; }),
            new RecordField<Repository>("sharesProductionCredentials", false, (r, v, s, p) => { if (InventoryValues.TryBoolean(v, s, p, out var x)) r.SharesProductionCredentials = x; }),
        }, r => r.Id);

        public static readonly RecordSchema<Job> Job = new RecordSchema<Job>("a job", new[]
        {
            new RecordField<Job>("id", true, (j, v, s, p) => { if (InventoryValues.TryText(v, s, p, out var x)) j.Id = x; }),
            new RecordField<Job>("name", false, (j, v, s, p) => { if (InventoryValues.TryText(v, s, p, out var x)) j.Name = x; }),
            new RecordField<Job>("kind", true, (j, v, s, p) => { if (InventoryValues.TryEnum(v, s, p, out JobKind x)) j.Kind = x; }),
            new RecordField<Job>("enabled", false, (j, v, s, p) => { if (InventoryValues.TryBoolean(v, s, p, out var x)) j.Enabled = x; }),
            new RecordField<Job>("objects", true, (j, v, s, p) => { if (InventoryValues.TryTextList(v, s, p, out var x)) j.Objects = x; }),
            new RecordField<Job>("repository", false, (j, v, s, p) => { if (InventoryValues.TryText(v, s, p, out var x)) j.Repository = x; }),
            new RecordField<Job>("retention", false, (j, v, s, p) => { if (InventoryValues.TryDuration(v, s, p, out var x)) j.Retention = x; }),
            new RecordField<Job>("applicationAware", false, (j, v, s, p) => { if (InventoryValues.TryBoolean(v, s, p, out var x)) j.ApplicationAware = x; }),
            new RecordField<Job>("encrypted", false, (j, v, s, p) => { if (InventoryValues.TryBoolean(v, s, p, out var x)) j.Encrypted = x; }),
        }, j => j.Id);

        public static readonly RecordSchema<JobRun> Run = new RecordSchema<JobRun>("a run", new[]
        {
            new RecordField<JobRun>("job", true, (r, v, s, p) => { if (InventoryValues.TryText(v, s, p, out var x)) r.Job = x; }),
            new RecordField<JobRun>("start", true, (r, v, s, p) => { if (InventoryValues.TryTime(v, s, p, out var x)) r.Start = x; }),
            new RecordField<JobRun>("end", false, (r, v, s, p) => { if (InventoryValues.TryTime(v, s, p, out var x)) r.End = x; }),
            new RecordField<JobRun>("result", true, (r, v, s, p) => { if (InventoryValues.TryEnum(v, s, p, out RunResult x)) r.Result = x; }),
            new RecordField<JobRun>("message", false, (r, v, s, p) => { if (InventoryValues.TryText(v, s, p, out var x)) r.Message = x; }),
        }, null, new RecordCheck<JobRun>("end", "EndBeforeStart",
            r => r.End != null && r.End < r.Start ? "a run's 'end' is before its 'start'; a run cannot end before it starts." : null));

        public static readonly RecordSchema<RestorePoint> RestorePoint = new RecordSchema<RestorePoint>("a restore point", new[]
        {
            new RecordField<RestorePoint>("object", true, (r, v, s, p) => { if (InventoryValues.TryText(v, s, p, out var x)) r.Object = x; }),
            new RecordField<RestorePoint>("job", false, (r, v, s, p) => { if (InventoryValues.TryText(v, s, p, out var x)) r.Job = x; }),
            new RecordField<RestorePoint>("time", true, (r, v, s, p) => { if (InventoryValues.TryTime(v, s, p, out var x)) r.Time = x; }),
            new RecordField<RestorePoint>("repository", false, (r, v, s, p) => { if (InventoryValues.TryText(v, s, p, out var x)) r.Repository = x; }),
            new RecordField<RestorePoint>("consistency", false, (r, v, s, p) => { if (InventoryValues.TryEnum(v, s, p, out PointConsistency x)) r.Consistency = x; }),
        });

        /// <summary>A workload the source can see (v1.1): object and kind required; names may repeat (two platforms).</summary>
        public static readonly RecordSchema<DiscoveredWorkload> Discovered = new RecordSchema<DiscoveredWorkload>("a discovered workload", new[]
        {
            new RecordField<DiscoveredWorkload>("object", true, (w, v, s, p) => { if (InventoryValues.TryText(v, s, p, out var x)) w.Object = x; }),
            new RecordField<DiscoveredWorkload>("kind", true, (w, v, s, p) => { if (InventoryValues.TryEnum(v, s, p, out WorkloadKind x)) w.Kind = x; }),
            new RecordField<DiscoveredWorkload>("platform", false, (w, v, s, p) => { if (InventoryValues.TryText(v, s, p, out var x)) w.Platform = x; }),
        });

        /// <summary>The backup server (v1.1): its name and its configBackup (a nested record the readers read themselves,
        /// so its assignment here only records that it was given).</summary>
        public static readonly RecordSchema<BackupServer> BackupServer = new RecordSchema<BackupServer>("the backupServer", new[]
        {
            new RecordField<BackupServer>("name", false, (b, v, s, p) => { if (InventoryValues.TryText(v, s, p, out var x)) b.Name = x; }),
            new RecordField<BackupServer>(ConfigBackupField, false, (b, v, s, p) => ExpectObject(v, s, p)),
        });

        /// <summary>The backup server's configuration backup (v1.1); every fact optional (unknown is never assumed good).</summary>
        public static readonly RecordSchema<ConfigurationBackup> ConfigBackup = new RecordSchema<ConfigurationBackup>("the configBackup", new[]
        {
            new RecordField<ConfigurationBackup>("enabled", false, (c, v, s, p) => { if (InventoryValues.TryBoolean(v, s, p, out var x)) c.Enabled = x; }),
            new RecordField<ConfigurationBackup>("encrypted", false, (c, v, s, p) => { if (InventoryValues.TryBoolean(v, s, p, out var x)) c.Encrypted = x; }),
            new RecordField<ConfigurationBackup>("repository", false, (c, v, s, p) => { if (InventoryValues.TryText(v, s, p, out var x)) c.Repository = x; }),
            new RecordField<ConfigurationBackup>("lastSuccess", false, (c, v, s, p) => { if (InventoryValues.TryTime(v, s, p, out var x)) c.LastSuccess = x; }),
        });

        /// <summary>A field whose value must be a mapping/object that the reader reads itself: anything else is WrongType.</summary>
        private static void ExpectObject(in RawValue value, in FieldSite site, ProblemCollector problems)
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
                new RecordField<InventoryModel>("apiVersion", json, (i, v, s, p) => InventoryValues.TryExact(v, s, p, ApiVersion)),
                new RecordField<InventoryModel>("kind", json, (i, v, s, p) => InventoryValues.TryExact(v, s, p, InventoryModel.InventoryKind)),
                new RecordField<InventoryModel>("source", false, (i, v, s, p) => { if (InventoryValues.TryText(v, s, p, out var x)) i.Source = x; }),
                new RecordField<InventoryModel>("system", false, (i, v, s, p) => { if (InventoryValues.TryText(v, s, p, out var x)) i.System = x; }),
                new RecordField<InventoryModel>("collectedAt", false, (i, v, s, p) => { if (InventoryValues.TryTime(v, s, p, out var x)) i.CollectedAt = x; }),
                new RecordField<InventoryModel>(BackupServerField, false, (i, v, s, p) => ExpectObject(v, s, p)),
            };
            if (json)
            {
                foreach (var list in new[] { RepositoriesField, JobsField, RunsField, RestorePointsField })
                {
                    fields.Add(new RecordField<InventoryModel>(list, true, (i, v, s, p) => { }));
                }
                fields.Add(new RecordField<InventoryModel>(DiscoveredField, false, (i, v, s, p) => { }));
            }
            return new RecordSchema<InventoryModel>("the inventory", fields);
        }
    }
}
