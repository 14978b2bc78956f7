using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Hosting;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Sources.Rest;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Veeam
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

        /// <summary>After <see cref="Map"/>: why the environment could not be listed (<c>discovered</c> absent), or null.</summary>
        public string? DiscoveryGap { get; private set; }

        public Inventory Map(string sourceId, DateTimeOffset? collectedAt, DateTimeOffset asOf)
        {
            var inventory = new Inventory { Source = sourceId, System = SystemName(), CollectedAt = collectedAt };
            var backups = ById(_snapshot.Backups, "a backup");
            inventory.Jobs.AddRange(new VeeamJobMapper(_snapshot, _host, backups).Map());
            var repositories = new VeeamRepositoryMapper(_snapshot, _host);
            repositories.Map(inventory);
            MapRuns(inventory);
            MapPoints(inventory, backups);
            // asOf is the audit's only "now": a point's age on a scale-out repository's tiers is counted from it.
            repositories.PlacePoints(inventory, asOf);
            var environment = new VeeamEnvironmentMapper(_snapshot, _host);
            inventory.BackupServer = environment.BackupServer();
            inventory.Discovered = environment.Discovered();
            DiscoveryGap = environment.Gap;
            return inventory;
        }

        /// <summary>Records by id, the first of any repeats (a record can shift onto the next page while paging).</summary>
        public static Dictionary<string, JObject> ById(IEnumerable<JObject> records, string what)
        {
            var byId = new Dictionary<string, JObject>(StringComparer.Ordinal);
            foreach (var record in records)
            {
                var id = RestJsonFields.RequiredString(record, "id", what);
                if (!byId.ContainsKey(id)) byId.Add(id, record);
            }
            return byId;
        }

        private string SystemName()
        {
            var build = RestJsonFields.String(_snapshot.ServerInfo, "buildVersion");
            return "Veeam Backup & Replication" + (build == null ? "" : " " + build) + " (REST API " + _snapshot.ApiVersion + ")";
        }

        /// <summary>Sessions of the inventory's jobs become runs; finished SureBackup sessions become restore-test runs.</summary>
        private void MapRuns(Inventory inventory)
        {
            var jobs = inventory.Jobs.ToDictionary(j => j.Id, StringComparer.Ordinal);
            foreach (var session in ById(_snapshot.Sessions, "a session").Values)
            {
                var id = RestJsonFields.RequiredString(session, "id", "a session");
                var start = RestJsonFields.RequiredTime(session, "creationTime", "session " + id);
                var end = RestJsonFields.Time(session, "endTime", "session " + id);
                var result = RestJsonFields.String(session, "result.result");
                var state = RestJsonFields.String(session, "state");
                if (VeeamValues.IsSureBackup(session))
                {
                    AddSureBackup(session, id, start, end, result, state);
                    continue;
                }
                var jobId = RestJsonFields.String(session, "jobId");
                if (jobId == null || !jobs.ContainsKey(jobId)) continue;
                var run = VeeamValues.RunResultOf(result, state);
                if (run == RunResult.Unknown)
                    _host.WriteVerbose("Veeam session " + id + " has result '" + result + "' in state '" + state + "'; it counts as unknown, not as success.");
                inventory.Runs.Add(new JobRun { Job = jobId, Start = start, End = end, Result = run, Message = RestJsonFields.String(session, "result.message") });
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
            var run = new SureBackupRun { SessionId = id, JobName = RestJsonFields.String(session, "name"), Start = start, End = end.Value, Result = restore.Value };
            if (_snapshot.SureBackupTasks.TryGetValue(id, out var tasks))
                run.Objects.AddRange(tasks.Select(t => RestJsonFields.String(t, "name")).Where(n => n != null).Select(n => n!).Distinct(StringComparer.OrdinalIgnoreCase));
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
                    Object = RestJsonFields.RequiredString(record, "name", "restore point " + id),
                    Time = RestJsonFields.RequiredTime(record, "creationTime", "restore point " + id),
                };
                var backupId = RestJsonFields.String(record, "backupId");
                if (backupId != null && backups.TryGetValue(backupId, out var backup))
                {
                    point.Job = RestJsonFields.String(backup, "jobId");
                    point.Repository = RestJsonFields.String(backup, "repositoryId");
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
