using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using DrAudit.Core.Model.Inventory;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DrAudit.Bench.Sample
{
    /// <summary>
    /// Writes a neutral inventory as a Veeam B&amp;R REST API 1.3-rev1 capture folder (index.json plus one JSON file per
    /// request, pages of 200), as <c>Save-DrSourceCapture</c> would have saved it from a server holding those jobs,
    /// sessions and restore points. Only what the API can state is written: repository types and immutability, job
    /// encryption and application awareness; a repository's off-site nature beyond its type and shared credentials are lost.
    /// </summary>
    public static class VeeamCaptureWriter
    {
        public const string ApiVersion = "1.3-rev1";
        private const int PageSize = 200;

        /// <summary>Repository id to Veeam repository type; every repository of the inventory must be named.</summary>
        public static void Write(Inventory inventory, IReadOnlyDictionary<string, string> repositoryTypes, DateTimeOffset since, string folder)
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            Directory.CreateDirectory(folder);
            var files = new List<KeyValuePair<string, string>>();
            var after = "createdAfterFilter=" + Uri.EscapeDataString(since.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));

            Save(folder, files, "/api/v1/serverInfo", new JObject
            {
                ["vbrId"] = "3c9d5e2a-6b1f-4e8a-9d0c-20261101c0de",
                ["name"] = "VBR01",
                ["buildVersion"] = "13.0.0.4967",
                ["patches"] = new JArray(),
                ["databaseVendor"] = "PostgreSQL",
                ["sqlServerVersion"] = "15.4",
            });
            SavePages(folder, files, "/api/v1/jobs", null, inventory.Jobs.Select(j => j.Kind == JobKind.Copy ? CopyJobRecord(j, inventory) : JobRecord(j)));
            SavePages(folder, files, "/api/v1/jobs/states", null, inventory.Jobs.Select(j => StateRecord(j, inventory)));
            SavePages(folder, files, "/api/v1/backupInfrastructure/repositories", null,
                inventory.Repositories.Select(r => RepositoryRecord(r, repositoryTypes[r.Id])));
            var sessions = inventory.Runs.Where(r => r.Start >= since).OrderByDescending(r => r.Start).ThenBy(r => r.Job, StringComparer.Ordinal).ToList();
            SavePages(folder, files, "/api/v1/sessions", after, sessions.Select((r, i) => SessionRecord(r, inventory, i + 1)));
            var backed = inventory.Jobs.Where(j => inventory.RestorePoints.Any(p => p.Job == j.Id)).ToList();
            SavePages(folder, files, "/api/v1/backups", null, backed.Select(BackupRecord));
            foreach (var job in backed)
                SavePages(folder, files, "/api/v1/backups/" + BackupId(job) + "/objects", null, job.Objects.Select(o => ObjectRecord(job, o, inventory)));
            var points = inventory.RestorePoints.Where(p => p.Time >= since).OrderByDescending(p => p.Time).ThenBy(p => p.Object, StringComparer.Ordinal).ToList();
            SavePages(folder, files, "/api/v1/restorePoints", after, points.Select(PointRecord));
            // VBR01's own configuration backup: daily, encrypted, to the Wasabi bucket; the last one an hour before asOf.
            Save(folder, files, "/api/v1/configBackup", new JObject
            {
                ["isEnabled"] = true,
                ["backupRepositoryId"] = "wasabi-syd",
                ["restorePointsToKeep"] = 30,
                ["notifications"] = new JObject { ["SNMPEnabled"] = false },
                ["schedule"] = new JObject { ["isEnabled"] = true, ["daily"] = new JObject { ["isEnabled"] = true, ["localTime"] = "23:00", ["dailyKind"] = "Everyday" } },
                ["lastSuccessfulBackup"] = new JObject
                {
                    ["lastSuccessfulTime"] = Time(inventory.CollectedAt!.Value.AddHours(-1).ToOffset(TimeSpan.FromHours(11))),
                    ["sessionId"] = "3c9d5e2a-6b1f-4e8a-9d0c-20261031c0de",
                },
                ["encryption"] = new JObject { ["isEnabled"] = true, ["passwordId"] = "3c9d5e2a-6b1f-4e8a-9d0c-2026c0dec0de" },
            });

            // The environment VBR01 can see (v1.1, DR-16): the vCenter servers it manages and their virtual machines, and
            // (API 1.3) its agent protection groups, of which the practice has none.
            if (inventory.Discovered != null)
            {
                const string vSphere = "vSphere ";
                var hosts = inventory.Discovered.Where(w => w.Platform != null && w.Platform.StartsWith(vSphere, StringComparison.Ordinal))
                    .GroupBy(w => w.Platform!.Substring(vSphere.Length), StringComparer.Ordinal).ToList();
                SavePages(folder, files, "/api/v1/inventory/vmware/hosts", null, hosts.Select(h => VSphereObject(h.Key, h.Key, "vCenterServer", "urn:vc:" + h.Key)));
                foreach (var host in hosts)
                    SavePages(folder, files, "/api/v1/inventory/vmware/hosts/" + Uri.EscapeDataString(host.Key), "typeFilter=VirtualMachine",
                        host.Select(w => VSphereObject(host.Key, w.Object, "VirtualMachine", "vm-" + w.Object.ToLowerInvariant())));
                SavePages(folder, files, "/api/v1/agents/protectionGroups", null, Enumerable.Empty<JObject>());
                // API 1.3's inventory browser search lists every managed server (Hyper-V ones too: the practice has none).
                var servers = hosts.Select(h => VSphereObject(h.Key, h.Key, "vCenterServer", "urn:vc:" + h.Key)).ToList();
                var search = new JObject { ["pagination"] = new JObject { ["skip"] = 0, ["limit"] = PageSize } };
                var file = (files.Count + 1).ToString("0000", CultureInfo.InvariantCulture) + "-post-inventory.json";
                File.WriteAllText(Path.Combine(folder, file), new JObject
                {
                    ["data"] = new JArray(servers),
                    ["pagination"] = new JObject { ["total"] = servers.Count, ["count"] = servers.Count, ["skip"] = 0, ["limit"] = PageSize },
                    ["hierarchyType"] = null,
                }.ToString(Formatting.Indented) + "\n");
                files.Add(new KeyValuePair<string, string>("POST /api/v1/inventory " + search.ToString(Formatting.None), file));
            }

            var index = new JObject
            {
                ["format"] = "draudit-veeam-capture/1",
                ["apiVersion"] = ApiVersion,
                ["capturedAt"] = inventory.CollectedAt?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["responses"] = new JArray(files.Select(f => new JObject { ["request"] = f.Key, ["file"] = f.Value })),
            };
            File.WriteAllText(Path.Combine(folder, "index.json"), index.ToString(Formatting.Indented) + "\n");
        }

        /// <summary>An inventory-browser object as API 1.3 serves it (flat, platform VSphere).</summary>
        private static JObject VSphereObject(string host, string name, string type, string objectId) => new JObject
        {
            ["platform"] = "VSphere",
            ["size"] = "60 GB",
            ["hostName"] = host,
            ["name"] = name,
            ["type"] = type,
            ["objectId"] = objectId,
        };

        private static void SavePages(string folder, List<KeyValuePair<string, string>> files, string path, string? filter, IEnumerable<JObject> records)
        {
            var all = records.ToList();
            for (var skip = 0; skip == 0 || skip < all.Count; skip += PageSize)
            {
                var page = all.Skip(skip).Take(PageSize).ToList();
                var request = path + "?" + (filter == null ? "" : filter + "&") + "skip=" + skip.ToString(CultureInfo.InvariantCulture) + "&limit=" + PageSize.ToString(CultureInfo.InvariantCulture);
                Save(folder, files, request, new JObject
                {
                    ["data"] = new JArray(page),
                    ["pagination"] = new JObject { ["total"] = all.Count, ["count"] = page.Count, ["skip"] = skip, ["limit"] = PageSize },
                });
            }
        }

        private static void Save(string folder, List<KeyValuePair<string, string>> files, string request, JObject body)
        {
            var path = request.Split('?')[0].Substring("/api/v1/".Length).Replace('/', '-');
            var skip = request.Contains("skip=") && !request.Contains("skip=0&") ? "-" + request.Split(new[] { "skip=" }, StringSplitOptions.None)[1].Split('&')[0] : "";
            var file = (files.Count + 1).ToString("0000", CultureInfo.InvariantCulture) + "-" + path + skip + ".json";
            File.WriteAllText(Path.Combine(folder, file), body.ToString(Formatting.Indented) + "\n");
            files.Add(new KeyValuePair<string, string>(request, file));
        }

        private static string BackupId(Job job) => "b-" + job.Id.Substring(2);

        private static string Time(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture);

        /// <summary>A job's type: copy jobs are BackupCopy; the Entra ID tenant is an EntraIDTenantBackup; an application-aware
        /// job protects machines (VSphereBackup); configuration exports and file shares are FileBackup.</summary>
        private static string TypeOf(Job job) =>
            job.Kind == JobKind.Copy ? "BackupCopy"
            : job.Kind == JobKind.Saas ? "EntraIDTenantBackup"
            : job.ApplicationAware == true ? "VSphereBackup"
            : "FileBackup";

        private static JObject JobRecord(Job job) => new JObject
        {
            ["type"] = TypeOf(job),
            ["id"] = job.Id,
            ["name"] = job.Name,
            ["description"] = "",
            ["isDisabled"] = !job.Enabled,
            ["isHighPriority"] = false,
            ["virtualMachines"] = new JObject
            {
                ["includes"] = new JArray(job.Objects.Select(o => new JObject
                {
                    ["type"] = TypeOf(job) == "VSphereBackup" ? "VirtualMachine" : "Unstructured",
                    ["hostName"] = "vcenter01.contosodental.local",
                    ["name"] = o,
                    ["objectId"] = ObjectId(o),
                })),
            },
            ["storage"] = new JObject
            {
                ["backupRepositoryId"] = job.Repository,
                ["retentionPolicy"] = new JObject { ["type"] = "Days", ["quantity"] = (int)(job.Retention?.Value.TotalDays ?? 0) },
                ["gfsPolicy"] = new JObject { ["isEnabled"] = false },
                ["advancedSettings"] = new JObject
                {
                    ["backupModeType"] = "Incremental",
                    ["storageData"] = new JObject
                    {
                        ["compressionLevel"] = "Optimal",
                        ["encryption"] = new JObject { ["isEnabled"] = job.Encrypted == true },
                    },
                },
            },
            ["schedule"] = new JObject { ["runAutomatically"] = job.Enabled },
            ["guestProcessing"] = new JObject { ["appAwareProcessing"] = new JObject { ["isEnabled"] = job.ApplicationAware == true } },
        };

        /// <summary>A BackupCopyJobModel: what it copies under sourceObjects (the jobs protecting the same objects), its
        /// repository, retention and encryption under target.</summary>
        private static JObject CopyJobRecord(Job job, Inventory inventory) => new JObject
        {
            ["type"] = "BackupCopy",
            ["id"] = job.Id,
            ["name"] = job.Name,
            ["description"] = "",
            ["isDisabled"] = !job.Enabled,
            ["mode"] = "Immediate",
            ["sourceObjects"] = new JObject
            {
                ["includes"] = new JObject
                {
                    ["jobs"] = new JArray(inventory.Jobs.Where(j => j.Kind != JobKind.Copy && j.Objects.Intersect(job.Objects, StringComparer.OrdinalIgnoreCase).Any())
                        .Select(j => new JObject { ["id"] = j.Id, ["name"] = j.Name, ["type"] = TypeOf(j) })),
                },
                ["excludes"] = new JObject { ["jobs"] = new JArray(), ["objects"] = new JArray() },
            },
            ["target"] = new JObject
            {
                ["backupRepositoryId"] = job.Repository,
                ["retentionPolicy"] = new JObject { ["type"] = "Days", ["quantity"] = (int)(job.Retention?.Value.TotalDays ?? 0) },
                ["gfsPolicy"] = new JObject { ["isEnabled"] = false },
                ["advancedSettings"] = new JObject
                {
                    ["storageData"] = new JObject
                    {
                        ["compressionLevel"] = "Optimal",
                        ["encryption"] = new JObject { ["isEnabled"] = job.Encrypted == true },
                    },
                },
            },
            ["schedule"] = new JObject { ["type"] = "Immediate" },
        };

        private static JObject StateRecord(Job job, Inventory inventory)
        {
            var last = inventory.Runs.Where(r => r.Job == job.Id).OrderByDescending(r => r.Start).Select(r => (JobRun?)r).FirstOrDefault();
            return new JObject
            {
                ["type"] = TypeOf(job),
                ["id"] = job.Id,
                ["name"] = job.Name,
                ["description"] = "",
                ["status"] = job.Enabled ? "Inactive" : "Disabled",
                ["lastResult"] = last == null ? "None" : last.Value.Result.ToString(),
                ["workload"] = TypeOf(job) == "VSphereBackup" ? "Vm" : "Unstructured",
                ["lastRun"] = last == null ? null : Time(last.Value.Start),
                ["nextRun"] = null,
                ["repositoryId"] = job.Repository,
                ["repositoryName"] = inventory.Repositories.FirstOrDefault(r => r.Id == job.Repository)?.Name,
                ["objectsCount"] = job.Objects.Count,
                ["sessionId"] = last == null ? null : SessionId(last.Value),
            };
        }

        private static JObject RepositoryRecord(Repository repository, string type)
        {
            var record = new JObject
            {
                ["id"] = repository.Id,
                ["name"] = repository.Name,
                ["description"] = "",
                ["type"] = type,
                ["uniqueId"] = repository.Id,
            };
            if (type == "WasabiCloud" || type == "AmazonS3" || type == "S3Compatible")
                record["bucket"] = new JObject
                {
                    ["regionId"] = "ap-southeast-2",
                    ["bucketName"] = repository.Id,
                    ["folderName"] = "vbr01",
                    ["immutability"] = new JObject { ["isEnabled"] = repository.Immutable == true, ["daysCount"] = repository.ImmutableDays ?? 0 },
                };
            else
                record["repository"] = new JObject { ["path"] = repository.Name, ["maxTaskCount"] = 4, ["readWriteRate"] = 0 };
            return record;
        }

        private static string SessionId(JobRun run) => "s-" + run.Job.Substring(2) + "-" + run.Start.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);

        private static JObject SessionRecord(JobRun run, Inventory inventory, int usn)
        {
            var job = inventory.Jobs.First(j => j.Id == run.Job);
            var running = run.Result == RunResult.Running;
            return new JObject
            {
                ["sessionType"] = job.Kind == JobKind.Copy ? "BackupCopyJob" : "BackupJob",
                ["state"] = running ? "Working" : "Stopped",
                ["platformName"] = "VMware",
                ["id"] = SessionId(run),
                ["name"] = job.Name,
                ["jobId"] = job.Id,
                ["creationTime"] = Time(run.Start),
                ["endTime"] = run.End.HasValue ? Time(run.End.Value) : null,
                ["progressPercent"] = running ? 50 : 100,
                ["result"] = new JObject { ["result"] = running ? "None" : run.Result.ToString(), ["message"] = run.Message ?? "", ["isCanceled"] = false },
                ["resourceId"] = job.Id,
                ["resourceReference"] = "/api/v1/jobs/" + job.Id,
                ["parentSessionId"] = null,
                ["usn"] = usn,
                ["initiatedBy"] = "NT AUTHORITY\\SYSTEM",
            };
        }

        private static JObject BackupRecord(Job job) => new JObject
        {
            ["id"] = BackupId(job),
            ["name"] = job.Name,
            ["platformName"] = "VMware",
            ["platformId"] = "00000000-0000-0000-0000-000000000000",
            ["creationTime"] = "2025-11-02T22:00:00.0000000+11:00",
            ["jobId"] = job.Id,
            ["policyTag"] = null,
            ["repositoryId"] = job.Repository,
        };

        private static string ObjectId(string name) => "obj-" + name.ToLowerInvariant().Replace('.', '-');

        private static JObject ObjectRecord(Job job, string name, Inventory inventory) => new JObject
        {
            ["id"] = BackupId(job) + "-" + ObjectId(name),
            ["name"] = name,
            ["type"] = TypeOf(job) == "VSphereBackup" ? "VM" : "Unstructured",
            ["platformName"] = "VMware",
            ["platformId"] = "00000000-0000-0000-0000-000000000000",
            ["restorePointsCount"] = inventory.RestorePoints.Count(p => p.Job == job.Id && p.Object == name),
            ["objectId"] = ObjectId(name),
        };

        private static JObject PointRecord(RestorePoint point) => new JObject
        {
            ["platformName"] = "VMware",
            ["id"] = "rp-" + point.Job!.Substring(2) + "-" + ObjectId(point.Object).Substring(4) + "-" + point.Time.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture),
            ["name"] = point.Object,
            ["platformId"] = "00000000-0000-0000-0000-000000000000",
            ["creationTime"] = Time(point.Time),
            ["backupId"] = "b-" + point.Job!.Substring(2),
            ["allowedOperations"] = new JArray("RestoreEntire"),
            ["type"] = "Increment",
            ["malwareStatus"] = "Clean",
        };
    }
}
