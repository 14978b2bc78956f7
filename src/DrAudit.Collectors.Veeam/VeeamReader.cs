using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using DrAudit.Core.Hosting;
using DrAudit.Core.Sources.Rest;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Veeam
{
    /// <summary>Reads what the audit needs from a VBR server, following skip/limit paging to the end and reporting
    /// progress with counts: server info, jobs and their states, sessions created since the window start, backups and
    /// their objects, restore points, repositories, and the task sessions of each SureBackup run.</summary>
    internal sealed class VeeamReader
    {
        public const int ProgressActivityId = 20;
        private readonly IVeeamApi _api;
        private readonly RestSourceRead _read;
        private readonly int _pageSize;
        private readonly CancellationToken _cancellation;

        public VeeamReader(IVeeamApi api, IAuditHost host, string sourceId, int pageSize, CancellationToken cancellation)
        {
            _api = api;
            _read = new RestSourceRead(host, ProgressActivityId, "Reading Veeam source " + sourceId, "the Veeam server");
            _pageSize = pageSize;
            _cancellation = cancellation;
        }

        public VeeamSnapshot Read(DateTimeOffset since)
        {
            var snapshot = new VeeamSnapshot { ApiVersion = _api.ApiVersion };
            snapshot.ServerInfo = _read.Optional(() => _api.Get("/api/v1/serverInfo", _cancellation), "the server's version") as JObject;
            var after = "createdAfterFilter=" + Uri.EscapeDataString(since.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            snapshot.Jobs.AddRange(All("/api/v1/jobs", null, "jobs"));
            snapshot.JobStates.AddRange(All("/api/v1/jobs/states", null, "job states"));
            snapshot.Repositories.AddRange(All("/api/v1/backupInfrastructure/repositories", null, "repositories"));
            snapshot.ScaleOutRepositories = _read.Optional(() => All("/api/v1/backupInfrastructure/scaleOutRepositories", null, "scale-out repositories"), "scale-out repositories");
            snapshot.Sessions.AddRange(All("/api/v1/sessions", after, "sessions"));
            snapshot.Backups.AddRange(All("/api/v1/backups", null, "backups"));
            foreach (var backup in snapshot.Backups)
            {
                var id = RestJsonFields.RequiredString(backup, "id", "a backup");
                if (snapshot.BackupObjects.ContainsKey(id)) continue;
                snapshot.BackupObjects[id] = All("/api/v1/backups/" + Uri.EscapeDataString(id) + "/objects", null, "objects of backup " + id);
            }
            snapshot.RestorePoints.AddRange(All(VeeamApiVersions.RestorePointsPath(_api.ApiVersion), after, "restore points"));
            foreach (var session in snapshot.Sessions.Where(VeeamValues.IsSureBackup))
            {
                var id = RestJsonFields.RequiredString(session, "id", "a session");
                if (snapshot.SureBackupTasks.ContainsKey(id)) continue;
                snapshot.SureBackupTasks[id] = All("/api/v1/sessions/" + Uri.EscapeDataString(id) + "/taskSessions", null, "machines verified by SureBackup session " + id);
            }
            snapshot.ConfigBackup = _read.Optional(() => _api.Get("/api/v1/configBackup", _cancellation), "the configuration backup settings") as JObject;
            ReadEnvironment(snapshot);
            _read.Done();
            return snapshot;
        }

        /// <summary>What exists, protected or not: the virtual machines of every vSphere root the server manages, and (1.3 and
        /// later) the computers each agent protection group discovered. A part that cannot be read is left out of the snapshot.</summary>
        private void ReadEnvironment(VeeamSnapshot snapshot)
        {
            snapshot.VirtualInfrastructure = _read.Optional(() => All("/api/v1/inventory/vmware/hosts", null, "vSphere servers"), "the vSphere servers the server manages");
            foreach (var root in snapshot.VirtualInfrastructure ?? new List<JObject>())
            {
                var name = VeeamValues.InventoryName(root);
                if (name == null || snapshot.VirtualMachines.ContainsKey(name)) continue;
                var machines = _read.Optional(() => All("/api/v1/inventory/vmware/hosts/" + Uri.EscapeDataString(name), "typeFilter=VirtualMachine", "virtual machines of " + name),
                    "the virtual machines of " + name);
                if (machines != null) snapshot.VirtualMachines[name] = machines;
            }
            if (VeeamApiVersions.HasHyperVInventory(_api.ApiVersion)) ReadHyperV(snapshot);
            if (!VeeamApiVersions.HasProtectionGroups(_api.ApiVersion)) return;
            snapshot.ProtectionGroups = _read.Optional(() => All("/api/v1/agents/protectionGroups", null, "protection groups"), "the agent protection groups");
            foreach (var group in snapshot.ProtectionGroups ?? new List<JObject>())
            {
                var id = RestJsonFields.RequiredString(group, "id", "a protection group");
                if (snapshot.DiscoveredEntities.ContainsKey(id)) continue;
                var entities = _read.Optional(() => All("/api/v1/agents/protectionGroups/" + Uri.EscapeDataString(id) + "/discoveredEntities", null, "computers of protection group " + id),
                    "the computers of protection group " + id);
                if (entities != null) snapshot.DiscoveredEntities[id] = entities;
            }
        }

        /// <summary>1.3 and later: every server the inventory browser lists (<c>POST /inventory</c>), keeping the Hyper-V ones
        /// (platform HyperV: SCVMM, cluster, host), then each one's virtual machines (<c>POST /inventory/{name}</c>,
        /// hierarchy HostsAndVMs, filtered to type VirtualMachine as the documents show; the type is checked again here).</summary>
        private void ReadHyperV(VeeamSnapshot snapshot)
        {
            var servers = _read.Optional(() => AllPosted("/api/v1/inventory", new JObject(), "inventory servers"), "the servers in the inventory browser");
            snapshot.HyperVServers = servers?.Where(VeeamValues.IsHyperVServer).ToList();
            foreach (var server in snapshot.HyperVServers ?? new List<JObject>())
            {
                var name = VeeamValues.InventoryName(server);
                if (name == null || snapshot.HyperVMachines.ContainsKey(name)) continue;
                var body = new JObject
                {
                    ["filter"] = new JObject { ["type"] = "PredicateExpression", ["operation"] = "in", ["property"] = "Type", ["value"] = "VirtualMachine" },
                    ["hierarchyType"] = "HostsAndVMs",
                };
                var machines = _read.Optional(() => AllPosted("/api/v1/inventory/" + Uri.EscapeDataString(name), body, "virtual machines of " + name), "the virtual machines of " + name);
                if (machines != null) snapshot.HyperVMachines[name] = machines;
            }
        }

        /// <summary>Every record of an inventory browser search: <paramref name="body"/> with <c>pagination {skip, limit}</c>,
        /// page after page, as <see cref="All"/> does for GET lists.</summary>
        private List<JObject> AllPosted(string path, JObject body, string what) =>
            Pages(skip =>
            {
                var request = (JObject)body.DeepClone();
                request["pagination"] = new JObject { ["skip"] = skip, ["limit"] = _pageSize };
                return (_api.Post(path, request, _cancellation), "POST " + path);
            }, what);

        /// <summary>Every record of a list endpoint: pages of <c>{"data": [...], "pagination": {"total", "count", "skip", "limit"}}</c>
        /// until the total is reached or a page comes back short.</summary>
        private List<JObject> All(string path, string? filter, string what) =>
            Pages(skip =>
            {
                var request = path + "?" + (filter == null ? "" : filter + "&") + "skip=" + skip.ToString(CultureInfo.InvariantCulture) + "&limit=" + _pageSize.ToString(CultureInfo.InvariantCulture);
                return (_api.Get(request, _cancellation), "GET " + request);
            }, what);

        /// <summary>The skip/limit paging both kinds of list share: <paramref name="page"/> asks for the page at a skip and
        /// says what it asked (for messages); records are gathered until the <c>pagination.total</c> is reached or a page
        /// comes back short or empty.</summary>
        private List<JObject> Pages(Func<int, (JToken Answer, string Request)> page, string what)
        {
            var records = new List<JObject>();
            for (int skip = 0; ; )
            {
                _cancellation.ThrowIfCancellationRequested();
                var (answer, request) = page(skip);
                if (!(answer is JObject body && body["data"] is JArray data)) throw RestJsonFields.Malformed(request, "has no 'data' list");
                foreach (var item in data)
                {
                    if (!(item is JObject record)) throw RestJsonFields.Malformed(request, "has a 'data' item that is not an object");
                    records.Add(record);
                }
                var total = RestJsonFields.Int(body, "pagination.total");
                _read.Records(what, records.Count, total);
                skip += data.Count;
                if (data.Count == 0 || (total.HasValue ? skip >= total.Value : data.Count < _pageSize)) return records;
            }
        }
    }
}
