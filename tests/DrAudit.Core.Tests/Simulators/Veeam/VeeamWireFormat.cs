using System.Globalization;
using DrAudit.Core.Sources.Veeam;
using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Tests.Simulators.Veeam
{
    /// <summary>Renders scenario records the way each REST API revision does, following the published schemas and examples
    /// field by field: 1.1 (VBR 12.0-12.2: session type "Job", /objectRestorePoints, lower-case job status, /jobs lists VM
    /// backup jobs only), 1.2 (12.3: BackupJob/BackupCopyJob/SureBackup sessions, /restorePoints from 1.2-rev1) and 1.3
    /// (VBR 13: job types VSphereBackup/BackupCopy, capitalised status and workload). Times carry a local offset and 7 digits.</summary>
    public static class VeeamWireFormat
    {
        public static readonly TimeSpan ServerOffset = TimeSpan.FromHours(10);

        public static bool Is13(string version) => VeeamApiVersions.Compare(version, "1.3-rev0") >= 0;
        public static bool Is12(string version) => VeeamApiVersions.Compare(version, "1.2-rev0") >= 0;

        public static string Time(DateTimeOffset t) => t.ToOffset(ServerOffset).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture);

        public static JToken? Time(DateTimeOffset? t) => t.HasValue ? Time(t.Value) : JValue.CreateNull();

        public static JObject ServerInfo(string version) => new()
        {
            ["vbrId"] = "5d0e6c5f-1f7e-4d0b-9b1b-0a1c2d3e4f50",
            ["name"] = "VBR01",
            ["buildVersion"] = Is13(version) ? "13.0.0.4967" : Is12(version) ? "12.3.1.1139" : "12.0.0.1420",
            ["patches"] = new JArray(),
            ["databaseVendor"] = "PostgreSQL",
            ["sqlServerVersion"] = "15.4",
        };

        public static string JobType(SimJobKind kind, string version) => kind switch
        {
            SimJobKind.Backup => Is13(version) ? "VSphereBackup" : "Backup",
            SimJobKind.Copy => "BackupCopy",
            _ => "SureBackup",
        };

        /// <summary>GET /jobs item (BackupJobModel).</summary>
        public static JObject Job(SimJob job, string version)
        {
            var retention = job.RetentionDays.HasValue
                ? new JObject { ["type"] = "Days", ["quantity"] = job.RetentionDays.Value }
                : new JObject { ["type"] = "RestorePoints", ["quantity"] = job.RetentionPoints ?? 7 };
            var storageData = new JObject { ["compressionLevel"] = "Optimal", ["storageOptimization"] = "LocalTarget" };
            if (job.Encrypted.HasValue)
                storageData["encryption"] = new JObject { ["isEnabled"] = job.Encrypted.Value, ["encryptionPasswordIdOrNull"] = job.Encrypted.Value ? "8c1f0e0a-0000-4000-8000-000000000001" : null, ["encryptionPasswordTag"] = null };
            var record = new JObject
            {
                ["type"] = JobType(job.Kind, version),
                ["id"] = job.Id,
                ["name"] = job.Name,
                ["description"] = "Created by simulator",
                ["isDisabled"] = job.Disabled,
                ["isHighPriority"] = false,
                ["virtualMachines"] = new JObject
                {
                    ["includes"] = new JArray(job.Objects.Select(o => new JObject { ["type"] = "VirtualMachine", ["hostName"] = "vcenter01.contoso.local", ["name"] = o, ["objectId"] = "vm-" + o.ToLowerInvariant() })),
                    ["excludes"] = new JObject { ["vms"] = new JArray(), ["disks"] = new JArray(), ["templates"] = new JObject { ["isEnabled"] = true, ["excludeFromIncremental"] = true } },
                },
                ["storage"] = new JObject
                {
                    ["backupRepositoryId"] = job.RepositoryId,
                    ["backupProxies"] = new JObject { ["autoSelection"] = true, ["proxyIds"] = new JArray() },
                    ["retentionPolicy"] = retention,
                    ["gfsPolicy"] = new JObject { ["isEnabled"] = false },
                    ["advancedSettings"] = new JObject { ["backupModeType"] = "Incremental", ["storageData"] = storageData },
                },
                ["schedule"] = new JObject { ["runAutomatically"] = !job.Disabled },
            };
            if (job.AppAware.HasValue)
                record["guestProcessing"] = new JObject { ["appAwareProcessing"] = new JObject { ["isEnabled"] = job.AppAware.Value, ["appSettings"] = new JArray() } };
            return record;
        }

        /// <summary>/jobs lists only VM backup jobs before 1.2; copy and SureBackup jobs appear in /jobs/states only.</summary>
        public static bool ListedInJobs(SimJob job, string version) => job.Kind == SimJobKind.Backup || (Is13(version) && job.Kind == SimJobKind.Copy);

        /// <summary>GET /jobs/states item (JobStateModel).</summary>
        public static JObject JobState(SimJob job, VeeamScenario scenario, string version)
        {
            var last = scenario.Sessions.Where(s => s.JobId == job.Id).OrderBy(s => s.Created).LastOrDefault();
            var running = last != null && last.State == "Working";
            var status = job.Disabled ? "disabled" : running ? "running" : "inactive";
            var repository = scenario.Repositories.FirstOrDefault(r => r.Id == job.RepositoryId);
            return new JObject
            {
                ["type"] = JobType(job.Kind, version),
                ["id"] = job.Id,
                ["name"] = job.Name,
                ["description"] = "Created by simulator",
                ["status"] = Is13(version) ? char.ToUpperInvariant(status[0]) + status.Substring(1) : status,
                ["lastResult"] = last?.Result ?? "None",
                ["workload"] = Is13(version) ? "Vm" : "vm",
                ["lastRun"] = Time(last?.Created),
                ["nextRun"] = JValue.CreateNull(),
                ["repositoryId"] = job.RepositoryId,
                ["repositoryName"] = repository?.Name,
                ["objectsCount"] = job.Objects.Count,
                ["sessionId"] = last?.Id,
            };
        }

        public static string SessionType(SimJobKind kind, string version) =>
            !Is12(version) ? "Job" : kind switch { SimJobKind.Backup => "BackupJob", SimJobKind.Copy => "BackupCopyJob", _ => "SureBackup" };

        /// <summary>GET /sessions item (SessionModel).</summary>
        public static JObject Session(SimSession session, string version, int usn) => new()
        {
            ["sessionType"] = SessionType(session.Kind, version),
            ["state"] = session.State,
            ["platformName"] = "VMware",
            ["id"] = session.Id,
            ["name"] = session.Name,
            ["jobId"] = session.JobId,
            ["creationTime"] = Time(session.Created),
            ["endTime"] = Time(session.End),
            ["progressPercent"] = session.State == "Stopped" ? 100 : 42,
            ["result"] = new JObject { ["result"] = session.Result, ["message"] = session.Message, ["isCanceled"] = false },
            ["resourceId"] = session.JobId,
            ["resourceReference"] = "/api/v1/jobs/" + session.JobId,
            ["parentSessionId"] = JValue.CreateNull(),
            ["usn"] = usn,
            ["initiatedBy"] = "NT AUTHORITY\\SYSTEM",
        };

        /// <summary>GET /sessions/{id}/taskSessions item: one per machine a SureBackup run verified.</summary>
        public static JObject TaskSession(SimSession session, string machine, string version, int usn) => new()
        {
            ["type"] = "Backup",
            ["id"] = Guid.NewGuid().ToString(),
            ["sessionId"] = session.Id,
            ["sessionType"] = SessionType(session.Kind, version),
            ["creationTime"] = Time(session.Created),
            ["name"] = machine,
            ["usn"] = usn,
            ["state"] = session.State,
            ["result"] = new JObject { ["result"] = session.Result, ["message"] = "", ["isCanceled"] = false },
        };

        /// <summary>GET /backups item (BackupModel).</summary>
        public static JObject Backup(SimBackup backup) => new()
        {
            ["id"] = backup.Id,
            ["name"] = backup.Name,
            ["platformName"] = "VMware",
            ["platformId"] = "00000000-0000-0000-0000-000000000000",
            ["creationTime"] = Time(new DateTimeOffset(2026, 1, 5, 22, 0, 0, TimeSpan.Zero)),
            ["jobId"] = backup.JobId,
            ["policyTag"] = JValue.CreateNull(),
            ["repositoryId"] = backup.RepositoryId,
        };

        /// <summary>GET /backups/{id}/objects item (BackupObjectModel).</summary>
        public static JObject BackupObject(string name, int points) => new()
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["name"] = name,
            ["type"] = "VM",
            ["platformName"] = "VMware",
            ["platformId"] = "00000000-0000-0000-0000-000000000000",
            ["restorePointsCount"] = points,
            ["viType"] = "VirtualMachine",
            ["objectId"] = "vm-" + name.ToLowerInvariant(),
            ["path"] = "vcenter01.contoso.local\\Datacenter\\" + name,
        };

        public static string RestorePointsPath(string version) => VeeamApiVersions.RestorePointsPath(version);

        /// <summary>Restore point: ObjectRestorePointModel (1.1, 1.2-rev0) or RestorePointModel (1.2-rev1, 1.3).</summary>
        public static JObject Point(SimPoint point, string version, int index)
        {
            var record = new JObject
            {
                ["platformName"] = "VMware",
                ["id"] = point.Id,
                ["name"] = point.Object,
                ["platformId"] = "00000000-0000-0000-0000-000000000000",
                ["creationTime"] = Time(point.Created),
                ["backupId"] = point.BackupId,
                ["allowedOperations"] = new JArray("VmwareInstantRecovery", "VmwareRestoreEntireVm"),
            };
            if (VeeamApiVersions.Compare(version, "1.2-rev1") >= 0)
            {
                record["type"] = index % 7 == 0 ? "Full" : "Increment";
                record["malwareStatus"] = "Clean";
                record["backupFileId"] = Guid.NewGuid().ToString();
            }
            return record;
        }

        /// <summary>GET /backupInfrastructure/repositories item (RepositoryModel): settings under repository, bucket or container.</summary>
        public static JObject Repository(SimRepository repository)
        {
            var record = new JObject
            {
                ["id"] = repository.Id,
                ["name"] = repository.Name,
                ["description"] = "",
                ["type"] = repository.Type,
                ["uniqueId"] = repository.Id,
            };
            var immutability = repository.ObjectImmutability.HasValue
                ? new JObject { ["isEnabled"] = repository.ObjectImmutability.Value.Enabled, ["daysCount"] = repository.ObjectImmutability.Value.Days }
                : null;
            switch (repository.Type)
            {
                case "AmazonS3": case "S3Compatible": case "WasabiCloud": case "GoogleCloud":
                    var bucket = new JObject { ["regionId"] = "ap-southeast-2", ["bucketName"] = "vbr-" + repository.Name.ToLowerInvariant().Replace(' ', '-'), ["folderName"] = "backups" };
                    if (immutability != null) bucket["immutability"] = immutability;
                    record["account"] = new JObject { ["credentialId"] = "3f1d2c3b-0000-4000-8000-000000000002", ["regionType"] = "Global" };
                    record["bucket"] = bucket;
                    break;
                case "AzureBlob":
                    var container = new JObject { ["containerName"] = "vbr", ["folderName"] = "backups" };
                    if (immutability != null) container["immutability"] = immutability;
                    record["account"] = new JObject { ["storageAccountName"] = "contosobackup" };
                    record["container"] = container;
                    break;
                default:
                    var settings = new JObject { ["path"] = "/backups", ["maxTaskCount"] = 4, ["readWriteRate"] = 0 };
                    if (repository.ImmutableDays.HasValue) settings["makeRecentBackupsImmutableDays"] = repository.ImmutableDays.Value;
                    record["hostId"] = "a0b1c2d3-0000-4000-8000-000000000003";
                    record["repository"] = settings;
                    record["mountServer"] = new JObject { ["mountServerId"] = "a0b1c2d3-0000-4000-8000-000000000003", ["writeCacheFolder"] = "/var/veeam" };
                    break;
            }
            return record;
        }
    }
}
