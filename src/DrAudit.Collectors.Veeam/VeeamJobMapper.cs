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
    /// <summary>Jobs from <c>/jobs</c> joined with <c>/jobs/states</c>. Each job model keeps its repository, retention and
    /// encryption in its own place: VM and agent backup jobs under <c>storage.*</c>, agent backup policies under
    /// <c>storage.destination</c> (when it is a backup repository), backup copy jobs under <c>target.*</c>. A backup copy
    /// job protects what its sources protect: the jobs, repositories and backups it names under <c>sourceObjects</c>.</summary>
    internal sealed class VeeamJobMapper
    {
        private readonly VeeamSnapshot _snapshot;
        private readonly IAuditHost _host;
        private readonly Dictionary<string, JObject> _backups;

        public VeeamJobMapper(VeeamSnapshot snapshot, IAuditHost host, Dictionary<string, JObject> backups)
        {
            _snapshot = snapshot;
            _host = host;
            _backups = backups;
        }

        public List<Job> Map()
        {
            var states = VeeamInventoryMapper.ById(_snapshot.JobStates, "a job state");
            var details = VeeamInventoryMapper.ById(_snapshot.Jobs, "a job");
            var jobs = new List<Job>();
            var copies = new List<(Job Job, JObject Detail)>();
            foreach (var id in details.Keys.Concat(states.Keys.Where(k => !details.ContainsKey(k))))
            {
                details.TryGetValue(id, out var detail);
                states.TryGetValue(id, out var state);
                var record = detail ?? state!;
                var type = RestJsonFields.String(record, "type");
                var kind = VeeamValues.KindOfJob(type);
                if (kind == null) continue;
                if (kind == JobKind.Unknown)
                    _host.WriteVerbose("Veeam job '" + RestJsonFields.String(record, "name") + "' has type '" + type + "', which DrAudit does not know; its kind is unknown.");
                var settings = Settings(detail, type);
                var job = new Job
                {
                    Id = id,
                    Name = RestJsonFields.String(record, "name"),
                    Kind = kind.Value,
                    Enabled = RestJsonFields.Bool(detail, "isDisabled") != true && !VeeamValues.IsDisabledStatus(RestJsonFields.String(state, "status")),
                    Repository = settings == null ? RestJsonFields.String(state, "repositoryId")
                        : RestJsonFields.String(settings, "backupRepositoryId") ?? RestJsonFields.String(settings, "destination.backupRepositoryId") ?? RestJsonFields.String(state, "repositoryId"),
                    Retention = Retention(settings),
                    ApplicationAware = RestJsonFields.Bool(detail, "guestProcessing.appAwareProcessing.isEnabled"),
                    Encrypted = RestJsonFields.Bool(settings, "advancedSettings.storageData.encryption.isEnabled"),
                };
                var names = IncludedNames(detail);
                names.AddRange(ObjectsOfBackups(b => RestJsonFields.String(b, "jobId") == id));
                job.Objects = names.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
                jobs.Add(job);
                if (VeeamValues.IsBackupCopy(type) && detail != null) copies.Add((job, detail));
            }
            foreach (var (copy, detail) in copies) AddCopiedObjects(copy, detail, jobs);
            return jobs;
        }

        /// <summary>Where a job model keeps repository, retention and encryption: <c>target</c> for backup copy jobs,
        /// <c>storage</c> for backup jobs and agent jobs and policies. Null when /jobs did not list the job.</summary>
        private static JToken? Settings(JObject? detail, string? type)
        {
            if (detail == null) return null;
            return VeeamValues.IsBackupCopy(type) ? detail["target"] : detail["storage"];
        }

        /// <summary><c>retentionPolicy</c> of type Days is a duration; RestorePoints (a count) states no duration.</summary>
        private static Duration? Retention(JToken? settings)
        {
            var type = RestJsonFields.String(settings, "retentionPolicy.type");
            var quantity = RestJsonFields.Int(settings, "retentionPolicy.quantity");
            return string.Equals(type, "Days", StringComparison.OrdinalIgnoreCase) && quantity.HasValue && quantity.Value > 0
                ? Duration.FromStatedDays(quantity.Value) : (Duration?)null;
        }

        /// <summary>The machines a job names: <c>virtualMachines.includes</c> of VM backup jobs (flat, or under
        /// <c>inventoryObject</c> in 1.1) and the computers of agent jobs and policies (a protection group stands for the
        /// computers it discovered).</summary>
        private List<string> IncludedNames(JObject? detail)
        {
            var names = new List<string>();
            foreach (var include in detail?.SelectToken("virtualMachines.includes") as JArray ?? new JArray())
            {
                var name = VeeamValues.InventoryName(include);
                if (name != null) names.Add(name);
            }
            foreach (var computer in detail?["computers"] as JArray ?? new JArray())
            {
                var type = RestJsonFields.String(computer, "type");
                if (string.Equals(type, "ProtectionGroup", StringComparison.OrdinalIgnoreCase))
                {
                    var group = RestJsonFields.String(computer, "protectionGroupId") ?? RestJsonFields.String(computer, "id");
                    if (group != null && _snapshot.DiscoveredEntities.TryGetValue(group, out var entities))
                        names.AddRange(entities.Where(VeeamValues.IsDiscoveredComputer).Select(e => RestJsonFields.String(e, "name")).Where(n => n != null).Select(n => n!));
                    continue;
                }
                if (VeeamValues.IsComputer(type))
                {
                    var name = RestJsonFields.String(computer, "name");
                    if (name != null) names.Add(name);
                }
            }
            return names;
        }

        private IEnumerable<string> ObjectsOfBackups(Func<JObject, bool> which)
        {
            foreach (var backup in _backups.Values.Where(which))
            {
                if (_snapshot.BackupObjects.TryGetValue(RestJsonFields.RequiredString(backup, "id", "a backup"), out var objects))
                    foreach (var name in objects.Select(o => RestJsonFields.String(o, "name")).Where(n => n != null))
                        yield return name!;
            }
        }

        /// <summary>A backup copy job copies the points of the jobs, repositories and backups under
        /// <c>sourceObjects.includes</c> (less <c>excludes</c>), so it protects what they protect.</summary>
        private void AddCopiedObjects(Job copy, JObject detail, List<Job> jobs)
        {
            var byId = jobs.ToDictionary(j => j.Id, StringComparer.Ordinal);
            var excludedJobs = new HashSet<string>(Ids(detail.SelectToken("sourceObjects.excludes.jobs")), StringComparer.Ordinal);
            var excludedNames = new HashSet<string>((detail.SelectToken("sourceObjects.excludes.objects") as JArray ?? new JArray())
                .Select(VeeamValues.InventoryName).Where(n => n != null).Select(n => n!), StringComparer.OrdinalIgnoreCase);
            var names = new List<string>(copy.Objects);
            foreach (var id in Ids(detail.SelectToken("sourceObjects.includes.jobs")))
            {
                if (excludedJobs.Contains(id)) continue;
                if (byId.TryGetValue(id, out var source)) names.AddRange(source.Objects);
                else _host.WriteVerbose("Veeam backup copy job '" + copy.DisplayName + "' copies job " + id + ", which the server does not list; only the objects in its backups are known.");
                names.AddRange(ObjectsOfBackups(b => RestJsonFields.String(b, "jobId") == id));
            }
            var repositories = new HashSet<string>(Ids(detail.SelectToken("sourceObjects.includes.repositories")), StringComparer.Ordinal);
            names.AddRange(ObjectsOfBackups(b => repositories.Contains(RestJsonFields.String(b, "repositoryId") ?? "")
                                                 && !excludedJobs.Contains(RestJsonFields.String(b, "jobId") ?? "") && RestJsonFields.String(b, "jobId") != copy.Id));
            var backups = new HashSet<string>(Ids(detail.SelectToken("sourceObjects.includes.backups")), StringComparer.Ordinal);
            names.AddRange(ObjectsOfBackups(b => backups.Contains(RestJsonFields.RequiredString(b, "id", "a backup"))));
            copy.Objects = names.Where(n => !excludedNames.Contains(n)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        }

        private static IEnumerable<string> Ids(JToken? list) =>
            (list as JArray ?? new JArray()).Select(x => RestJsonFields.String(x, "id")).Where(i => i != null).Select(i => i!);
    }
}
