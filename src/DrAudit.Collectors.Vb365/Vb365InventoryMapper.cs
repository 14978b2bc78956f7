using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Hosting;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Sources.Rest;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Vb365
{
    /// <summary>Turns what a VB365 server said about one organization into the neutral inventory (docs/sources/vb365.md):
    /// backup jobs as saas jobs and backup copy jobs as copy jobs with their protected objects, repositories with their
    /// location, encryption and immutability, sessions as runs, and each restore point as a point of every object of its
    /// job whose workload it holds. Unknown stays null: nothing the server did not state is assumed good.</summary>
    internal sealed class Vb365InventoryMapper
    {
        public const string SystemName = "Veeam Backup for Microsoft 365 (REST API " + Vb365LiveApi.Version + ")";
        private readonly Vb365Snapshot _snapshot;
        private readonly IAuditHost _host;

        public Vb365InventoryMapper(Vb365Snapshot snapshot, IAuditHost host)
        {
            _snapshot = snapshot;
            _host = host;
        }

        public Inventory Map(string sourceId, DateTimeOffset? collectedAt, DateTimeOffset since)
        {
            var inventory = new Inventory { Source = sourceId, System = SystemName, CollectedAt = collectedAt };
            var repositories = ById(_snapshot.Repositories, "a backup repository");
            var storage = ById(_snapshot.ObjectStorage ?? new List<JObject>(), "an object storage repository");
            inventory.Repositories.AddRange(repositories.Values.Select(r => Vb365RepositoryMapper.Map(r, storage, _snapshot.ObjectStorage != null)));

            var objects = new Vb365JobObjects(_snapshot, _host);
            var jobObjects = new Dictionary<string, List<Vb365ProtectedObject>>(StringComparer.Ordinal);
            foreach (var job in ById(_snapshot.Jobs, "a backup job").Values)
            {
                var id = Vb365Json.String(job, "id")!;
                jobObjects[id] = objects.Of(job);
                inventory.Jobs.Add(Job(job, id, JobKind.Saas, jobObjects[id], repositories, inventory));
            }
            foreach (var copy in ById(_snapshot.CopyJobs ?? new List<JObject>(), "a backup copy job").Values)
            {
                var id = Vb365Json.String(copy, "id")!;
                var source = Vb365Json.String(copy, "backupJobId")!;
                jobObjects[id] = jobObjects.TryGetValue(source, out var copied) ? copied : new List<Vb365ProtectedObject>();
                inventory.Jobs.Add(Job(copy, id, JobKind.Copy, jobObjects[id], repositories, inventory));
            }
            MapRuns(inventory);
            MapPoints(inventory, jobObjects, since);
            return inventory;
        }

        private static Dictionary<string, JObject> ById(IEnumerable<JObject> records, string what)
        {
            var byId = new Dictionary<string, JObject>(StringComparer.Ordinal);
            foreach (var record in records)
            {
                var id = RestJsonFields.RequiredString(record, "id", what);
                if (!byId.ContainsKey(id)) byId.Add(id, record);
            }
            return byId;
        }

        /// <summary>A job writes to its <c>repositoryId</c>; retention and encryption are the repository's (VB365 keeps both
        /// on the repository, not the job).</summary>
        private static Job Job(JObject record, string id, JobKind kind, List<Vb365ProtectedObject> objects, Dictionary<string, JObject> repositories, Inventory inventory)
        {
            var repositoryId = Vb365Json.String(record, "repositoryId") ?? Vb365Json.LinkedId(record, "backupRepository");
            var repository = repositoryId != null && repositories.TryGetValue(repositoryId, out var r) ? r : null;
            return new Job
            {
                Id = id,
                Name = Vb365Json.String(record, "name"),
                Kind = kind,
                Enabled = RestJsonFields.Bool(record, "isEnabled") ?? false,
                Objects = objects.Select(o => o.Name).ToList(),
                Repository = repositoryId,
                Retention = Vb365Values.RetentionOf(repository),
                Encrypted = inventory.Repositories.FirstOrDefault(x => x.Id == repositoryId)?.Encrypted,
            };
        }

        /// <summary>Sessions of the organization's jobs (by <c>jobId</c>, or the job link) become runs.</summary>
        private void MapRuns(Inventory inventory)
        {
            var jobs = new HashSet<string>(inventory.Jobs.Select(j => j.Id), StringComparer.Ordinal);
            foreach (var session in ById(_snapshot.Sessions, "a job session").Values)
            {
                var id = Vb365Json.String(session, "id")!;
                var jobId = Vb365Json.String(session, "jobId") ?? Vb365Json.LinkedId(session, "job");
                if (jobId == null || !jobs.Contains(jobId)) continue;
                var status = Vb365Json.String(session, "status");
                var result = Vb365Values.RunResultOf(status);
                if (result == RunResult.Unknown)
                    _host.WriteVerbose("VB365 job session " + id + " has status '" + status + "'; it counts as unknown, not as success.");
                inventory.Runs.Add(new JobRun
                {
                    Job = jobId,
                    Start = Vb365Json.RequiredTime(session, "creationTime", "job session " + id),
                    End = Vb365Json.Time(session, "endTime", "job session " + id),
                    Result = result,
                });
            }
        }

        /// <summary>A VB365 restore point is one backup of a job at <c>backupTime</c> in a repository; it holds the job's objects
        /// of the workloads it flags (isExchange, isOneDrive, isSharePoint, isTeams; an absent flag is not a "no"). A point
        /// of a backup copy (<c>isLongTermCopy</c>) belongs to the copy job writing to its repository.</summary>
        private void MapPoints(Inventory inventory, Dictionary<string, List<Vb365ProtectedObject>> jobObjects, DateTimeOffset since)
        {
            var copies = inventory.Jobs.Where(j => j.Kind == JobKind.Copy).ToList();
            // A copy job the server lists twice is read once, as everywhere else in the mapping (the first listing counts).
            var copySources = ById(_snapshot.CopyJobs ?? new List<JObject>(), "a backup copy job")
                .ToDictionary(c => c.Key, c => Vb365Json.String(c.Value, "backupJobId"), StringComparer.Ordinal);
            foreach (var record in ById(_snapshot.RestorePoints, "a restore point").Values)
            {
                var id = Vb365Json.String(record, "id")!;
                var time = Vb365Json.RequiredTime(record, "backupTime", "restore point " + id);
                if (time < since) continue;
                var repository = Vb365Json.String(record, "repositoryId");
                var jobId = Vb365Json.String(record, "jobId");
                if (jobId == null) continue;
                if (RestJsonFields.Bool(record, "isLongTermCopy") == true)
                {
                    var copy = copies.FirstOrDefault(c => copySources.TryGetValue(c.Id, out var s) && s == jobId && c.Repository == repository)
                        ?? copies.FirstOrDefault(c => c.Id == jobId);
                    if (copy != null) jobId = copy.Id;
                }
                if (!jobObjects.TryGetValue(jobId, out var objects)) continue;
                foreach (var o in objects.Where(o => Holds(record, o.Workload)))
                    inventory.RestorePoints.Add(new RestorePoint { Object = o.Name, Job = jobId, Time = time, Repository = repository });
            }
        }

        private static bool Holds(JObject point, Vb365Workload workload)
        {
            var flag = workload == Vb365Workload.Mailbox ? "isExchange"
                : workload == Vb365Workload.OneDrive ? "isOneDrive"
                : workload == Vb365Workload.Site ? "isSharePoint" : "isTeams";
            return RestJsonFields.Bool(point, flag) != false;
        }
    }
}
