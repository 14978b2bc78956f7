using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Hosting;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Inventory;
using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Sources.Veeam
{
    /// <summary>Turns what a VBR server said into the neutral inventory (inventory.md) and the SureBackup runs.
    /// Unknown stays null: nothing the server did not state is assumed good.</summary>
    internal sealed class VeeamInventoryMapper
    {
        private readonly VeeamSnapshot _snapshot;
        private readonly IAuditHost _host;

        public VeeamInventoryMapper(VeeamSnapshot snapshot, IAuditHost host)
        {
            _snapshot = snapshot;
            _host = host;
        }

        public List<SureBackupRun> SureBackupRuns { get; } = new List<SureBackupRun>();

        public Inventory Map(string sourceId, DateTimeOffset? collectedAt)
        {
            var inventory = new Inventory { Source = sourceId, System = SystemName(), CollectedAt = collectedAt };
            var backups = ById(_snapshot.Backups, "a backup");
            MapJobs(inventory, backups.Values);
            MapRepositories(inventory);
            MapRuns(inventory);
            MapPoints(inventory, backups);
            return inventory;
        }

        /// <summary>Records by id, the first of any repeats (a record can shift onto the next page while paging).</summary>
        private static Dictionary<string, JObject> ById(IEnumerable<JObject> records, string what)
        {
            var byId = new Dictionary<string, JObject>(StringComparer.Ordinal);
            foreach (var record in records)
            {
                var id = VeeamJson.RequiredString(record, "id", what);
                if (!byId.ContainsKey(id)) byId.Add(id, record);
            }
            return byId;
        }

        private string SystemName()
        {
            var build = VeeamJson.String(_snapshot.ServerInfo, "buildVersion");
            return "Veeam Backup & Replication" + (build == null ? "" : " " + build) + " (REST API " + _snapshot.ApiVersion + ")";
        }

        /// <summary>Jobs from <c>/jobs</c> (objects, repository, retention, encryption, application awareness) joined with
        /// <c>/jobs/states</c> (status; the only record of job types /jobs does not list in older revisions). A job's
        /// objects are its included machines plus the objects in its backups.</summary>
        private void MapJobs(Inventory inventory, IEnumerable<JObject> backups)
        {
            var states = ById(_snapshot.JobStates, "a job state");
            var details = ById(_snapshot.Jobs, "a job");
            foreach (var id in details.Keys.Concat(states.Keys.Where(k => !details.ContainsKey(k))))
            {
                details.TryGetValue(id, out var detail);
                states.TryGetValue(id, out var state);
                var record = detail ?? state!;
                var type = VeeamJson.String(record, "type");
                var kind = VeeamValues.KindOfJob(type);
                if (kind == null) continue;
                if (kind == JobKind.Unknown)
                    _host.WriteVerbose("Veeam job '" + VeeamJson.String(record, "name") + "' has type '" + type + "', which DrAudit does not know; its kind is unknown.");
                var job = new Job
                {
                    Id = id,
                    Name = VeeamJson.String(record, "name"),
                    Kind = kind.Value,
                    Enabled = VeeamJson.Bool(detail, "isDisabled") != true && !VeeamValues.IsDisabledStatus(VeeamJson.String(state, "status")),
                    Repository = VeeamJson.String(detail, "storage.backupRepositoryId") ?? VeeamJson.String(state, "repositoryId"),
                    Retention = Retention(detail),
                    ApplicationAware = VeeamJson.Bool(detail, "guestProcessing.appAwareProcessing.isEnabled"),
                    Encrypted = VeeamJson.Bool(detail, "storage.advancedSettings.storageData.encryption.isEnabled"),
                };
                var names = new List<string>();
                foreach (var include in detail?.SelectToken("virtualMachines.includes") as JArray ?? new JArray())
                {
                    var name = VeeamJson.String(include, "name");
                    if (name != null) names.Add(name);
                }
                foreach (var backup in backups.Where(b => VeeamJson.String(b, "jobId") == id))
                {
                    if (_snapshot.BackupObjects.TryGetValue(VeeamJson.RequiredString(backup, "id", "a backup"), out var objects))
                        names.AddRange(objects.Select(o => VeeamJson.String(o, "name")).Where(n => n != null).Select(n => n!));
                }
                job.Objects = names.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                inventory.Jobs.Add(job);
            }
        }

        /// <summary><c>storage.retentionPolicy</c> of type Days is a duration; RestorePoints (a count) states no duration.</summary>
        private static Duration? Retention(JObject? job)
        {
            var type = VeeamJson.String(job, "storage.retentionPolicy.type");
            var quantity = VeeamJson.Int(job, "storage.retentionPolicy.quantity");
            return string.Equals(type, "Days", StringComparison.OrdinalIgnoreCase) && quantity.HasValue && quantity.Value > 0
                ? Duration.FromDays(quantity.Value) : (Duration?)null;
        }

        /// <summary>Repositories with location by type, immutability (hardened Linux: makeRecentBackupsImmutableDays; object
        /// storage: bucket/container immutability), and encryption from the jobs writing to them: encrypted when every such
        /// job encrypts, not encrypted when one does not, unknown otherwise.</summary>
        private void MapRepositories(Inventory inventory)
        {
            foreach (var record in ById(_snapshot.Repositories, "a repository").Values)
            {
                var id = VeeamJson.RequiredString(record, "id", "a repository");
                var type = VeeamJson.String(record, "type");
                var repository = new Repository { Id = id, Name = VeeamJson.String(record, "name"), Location = VeeamValues.LocationOf(type) };
                if (string.Equals(type, "LinuxHardened", StringComparison.OrdinalIgnoreCase))
                {
                    repository.Immutable = true;
                    repository.ImmutableDays = VeeamJson.Int(record, "repository.makeRecentBackupsImmutableDays");
                }
                else if (Immutability(record) is JObject immutability)
                {
                    repository.Immutable = VeeamJson.Bool(immutability, "isEnabled");
                    repository.ImmutableDays = repository.Immutable == false ? 0 : VeeamJson.Int(immutability, "daysCount");
                }
                else if (VeeamValues.CannotBeImmutable(type))
                {
                    repository.Immutable = false;
                    repository.ImmutableDays = 0;
                }
                var writers = inventory.Jobs.Where(j => j.Repository == id).ToList();
                repository.Encrypted = writers.Count == 0 ? (bool?)null
                    : writers.Any(j => j.Encrypted == false) ? false
                    : writers.All(j => j.Encrypted == true) ? true : (bool?)null;
                inventory.Repositories.Add(repository);
            }
        }

        private static JToken? Immutability(JObject record) =>
            record.SelectToken("bucket.immutability") ?? record.SelectToken("container.immutability") ?? record.SelectToken("immutability");

        /// <summary>Sessions of the inventory's jobs become runs; finished SureBackup sessions become restore-test runs.</summary>
        private void MapRuns(Inventory inventory)
        {
            var jobs = inventory.Jobs.ToDictionary(j => j.Id, StringComparer.Ordinal);
            foreach (var session in ById(_snapshot.Sessions, "a session").Values)
            {
                var id = VeeamJson.RequiredString(session, "id", "a session");
                var start = VeeamJson.RequiredTime(session, "creationTime", "session " + id);
                var end = VeeamJson.Time(session, "endTime", "session " + id);
                var result = VeeamJson.String(session, "result.result");
                var state = VeeamJson.String(session, "state");
                if (VeeamValues.IsSureBackup(session))
                {
                    AddSureBackup(session, id, start, end, result, state);
                    continue;
                }
                var jobId = VeeamJson.String(session, "jobId");
                if (jobId == null || !jobs.ContainsKey(jobId)) continue;
                var run = VeeamValues.RunResultOf(result, state);
                if (run == RunResult.Unknown)
                    _host.WriteVerbose("Veeam session " + id + " has result '" + result + "' in state '" + state + "'; it counts as unknown, not as success.");
                inventory.Runs.Add(new JobRun { Job = jobId, Start = start, End = end, Result = run, Message = VeeamJson.String(session, "result.message") });
            }
        }

        private void AddSureBackup(JObject session, string id, DateTimeOffset start, DateTimeOffset? end, string? result, string? state)
        {
            var restore = VeeamValues.RestoreResultOf(result);
            if (restore == null || end == null || VeeamValues.IsActive(state))
            {
                _host.WriteVerbose("SureBackup session " + id + " has no finished result ('" + result + "', state '" + state + "'); it is not restore-test evidence.");
                return;
            }
            var run = new SureBackupRun { SessionId = id, JobName = VeeamJson.String(session, "name"), Start = start, End = end.Value, Result = restore.Value };
            if (_snapshot.SureBackupTasks.TryGetValue(id, out var tasks))
                run.Objects.AddRange(tasks.Select(t => VeeamJson.String(t, "name")).Where(n => n != null).Select(n => n!).Distinct(StringComparer.OrdinalIgnoreCase));
            SureBackupRuns.Add(run);
        }

        /// <summary>Restore points: the object's name and time, the job and repository of the backup holding it, and
        /// application consistency when the job is application-aware (crash when it says it is not).</summary>
        private void MapPoints(Inventory inventory, Dictionary<string, JObject> backups)
        {
            var jobs = inventory.Jobs.ToDictionary(j => j.Id, StringComparer.Ordinal);
            foreach (var pair in ById(_snapshot.RestorePoints, "a restore point"))
            {
                var id = pair.Key;
                var record = pair.Value;
                var point = new RestorePoint
                {
                    Object = VeeamJson.RequiredString(record, "name", "restore point " + id),
                    Time = VeeamJson.RequiredTime(record, "creationTime", "restore point " + id),
                };
                var backupId = VeeamJson.String(record, "backupId");
                if (backupId != null && backups.TryGetValue(backupId, out var backup))
                {
                    point.Job = VeeamJson.String(backup, "jobId");
                    point.Repository = VeeamJson.String(backup, "repositoryId");
                }
                if (point.Job != null && jobs.TryGetValue(point.Job, out var job))
                {
                    point.Repository = point.Repository ?? job.Repository;
                    point.Consistency = job.ApplicationAware == true ? PointConsistency.Application
                        : job.ApplicationAware == false ? PointConsistency.Crash : (PointConsistency?)null;
                }
                inventory.RestorePoints.Add(point);
            }
        }
    }
}
