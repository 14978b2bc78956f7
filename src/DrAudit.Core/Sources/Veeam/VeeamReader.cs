using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using DrAudit.Core.Auditing;
using DrAudit.Core.Hosting;
using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Sources.Veeam
{
    /// <summary>Reads what the audit needs from a VBR server, following skip/limit paging to the end and reporting
    /// progress with counts: server info, jobs and their states, sessions created since the window start, backups and
    /// their objects, restore points, repositories, and the task sessions of each SureBackup run.</summary>
    internal sealed class VeeamReader
    {
        public const int ProgressActivityId = 20;
        private readonly IVeeamApi _api;
        private readonly IAuditHost _host;
        private readonly string _activity;
        private readonly int _pageSize;
        private readonly CancellationToken _cancellation;

        public VeeamReader(IVeeamApi api, IAuditHost host, string sourceId, int pageSize, CancellationToken cancellation)
        {
            _api = api;
            _host = host;
            _activity = "Reading Veeam source " + sourceId;
            _pageSize = pageSize;
            _cancellation = cancellation;
        }

        public VeeamSnapshot Read(DateTimeOffset since)
        {
            var snapshot = new VeeamSnapshot { ApiVersion = _api.ApiVersion };
            snapshot.ServerInfo = _api.Get("/api/v1/serverInfo", _cancellation) as JObject
                ?? throw VeeamJson.Malformed("GET /api/v1/serverInfo", "is not a JSON object");
            var after = "createdAfterFilter=" + Uri.EscapeDataString(since.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            snapshot.Jobs.AddRange(All("/api/v1/jobs", null, "jobs"));
            snapshot.JobStates.AddRange(All("/api/v1/jobs/states", null, "job states"));
            snapshot.Repositories.AddRange(All("/api/v1/backupInfrastructure/repositories", null, "repositories"));
            snapshot.Sessions.AddRange(All("/api/v1/sessions", after, "sessions"));
            snapshot.Backups.AddRange(All("/api/v1/backups", null, "backups"));
            foreach (var backup in snapshot.Backups)
            {
                var id = VeeamJson.RequiredString(backup, "id", "a backup");
                if (snapshot.BackupObjects.ContainsKey(id)) continue;
                snapshot.BackupObjects[id] = All("/api/v1/backups/" + Uri.EscapeDataString(id) + "/objects", null, "objects of backup " + id);
            }
            snapshot.RestorePoints.AddRange(All(VeeamApiVersions.RestorePointsPath(_api.ApiVersion), after, "restore points"));
            foreach (var session in snapshot.Sessions.Where(VeeamValues.IsSureBackup))
            {
                var id = VeeamJson.RequiredString(session, "id", "a session");
                if (snapshot.SureBackupTasks.ContainsKey(id)) continue;
                snapshot.SureBackupTasks[id] = All("/api/v1/sessions/" + Uri.EscapeDataString(id) + "/taskSessions", null, "machines verified by SureBackup session " + id);
            }
            _host.WriteProgress(new ProgressReport(ProgressActivityId, _activity, "done", 100, completed: true, parentActivityId: ReadinessAuditor.CollectionActivityId));
            return snapshot;
        }

        /// <summary>Every record of a list endpoint: pages of <c>{"data": [...], "pagination": {"total", "count", "skip", "limit"}}</c>
        /// until the total is reached or a page comes back short.</summary>
        private List<JObject> All(string path, string? filter, string what)
        {
            var records = new List<JObject>();
            for (int skip = 0; ; )
            {
                _cancellation.ThrowIfCancellationRequested();
                var request = path + "?" + (filter == null ? "" : filter + "&") + "skip=" + skip.ToString(CultureInfo.InvariantCulture) + "&limit=" + _pageSize.ToString(CultureInfo.InvariantCulture);
                var page = _api.Get(request, _cancellation) as JObject;
                if (!(page?["data"] is JArray data)) throw VeeamJson.Malformed("GET " + request, "has no 'data' list");
                foreach (var item in data)
                {
                    if (!(item is JObject record)) throw VeeamJson.Malformed("GET " + request, "has a 'data' item that is not an object");
                    records.Add(record);
                }
                var total = VeeamJson.Int(page, "pagination.total");
                _host.WriteProgress(new ProgressReport(ProgressActivityId, _activity,
                    what + ": " + records.Count.ToString(CultureInfo.InvariantCulture) + (total.HasValue ? " of " + total.Value.ToString(CultureInfo.InvariantCulture) : ""),
                    total.HasValue && total.Value > 0 ? Math.Min(100, records.Count * 100 / total.Value) : -1,
                    parentActivityId: ReadinessAuditor.CollectionActivityId));
                skip += data.Count;
                if (data.Count == 0 || (total.HasValue ? skip >= total.Value : data.Count < _pageSize)) return records;
            }
        }
    }
}
