using System.Globalization;
using DrAudit.Collectors.Veeam;
using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Tests.Simulators.Veeam
{
    /// <summary>Renders scenario records the way each REST API revision does, following Veeam's published OpenAPI documents
    /// field by field. 1.1 (VBR 12.0-12.2): job type "Backup" only (EJobType has nothing else), session type "Job",
    /// /objectRestorePoints, lower-case job status, inventory objects nested under <c>inventoryObject</c>, capacity tier
    /// <c>enabled</c>. 1.2 (12.3): BackupJob/SureBackup sessions (ESessionType has no BackupCopyJob), /restorePoints from
    /// 1.2-rev1, flat inventory objects of platform "VMware". 1.3 (VBR 13): job types VSphereBackup, BackupCopy
    /// (BackupCopyJobModel: <c>target.*</c>, <c>sourceObjects</c>), WindowsAgentBackup/LinuxAgentBackup
    /// (agent management jobs: <c>computers</c>, <c>storage.*</c>), capitalised status and workload, platform "VSphere",
    /// agent protection groups. Backup copy and agent jobs, and their sessions, are listed from 1.3 only; their backups and
    /// restore points in every revision. Times carry a local offset and 7 digits.</summary>
    public static class VeeamWireFormat
    {
        public static readonly TimeSpan ServerOffset = TimeSpan.FromHours(10);

        public static bool Is13(string version) => VeeamApiVersions.Compare(version, "1.3-rev0") >= 0;
        public static bool Is12(string version) => VeeamApiVersions.Compare(version, "1.2-rev0") >= 0;

        public static string Time(DateTimeOffset t) => t.ToOffset(ServerOffset).ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture);

        public static JToken? Time(DateTimeOffset? t) => t.HasValue ? Time(t.Value) : JValue.CreateNull();

        private static string Capitalised(string value, string version) => Is13(version) ? char.ToUpperInvariant(value[0]) + value.Substring(1) : value;

        public static JObject ServerInfo(string version) => new()
        {
            ["vbrId"] = "5d0e6c5f-1f7e-4d0b-9b1b-0a1c2d3e4f50",
            ["name"] = "VBR01",
            ["buildVersion"] = Is13(version) ? "13.0.0.4967" : Is12(version) ? "12.3.1.1139" : "12.0.0.1420",
            ["patches"] = new JArray(),
            ["databaseVendor"] = "PostgreSQL",
            ["sqlServerVersion"] = "15.4",
        };

        public static bool IsAgent(SimJobKind kind) => kind == SimJobKind.WindowsAgent || kind == SimJobKind.LinuxAgent;

        public static string JobType(SimJobKind kind, string version) => kind switch
        {
            SimJobKind.Backup => Is13(version) ? "VSphereBackup" : "Backup",
            SimJobKind.Copy => "BackupCopy",
            SimJobKind.WindowsAgent => "WindowsAgentBackup",
            SimJobKind.LinuxAgent => "LinuxAgentBackup",
            _ => "SureBackup",
        };

        /// <summary>EJobType of 1.1 is only Backup; 1.2 adds replica, Cloud Director, Entra ID and file copy jobs; backup
        /// copy and agent jobs arrive in 1.3. SureBackup jobs are never JobModels.</summary>
        public static bool ListedInJobs(SimJob job, string version) =>
            job.Kind == SimJobKind.Backup || (Is13(version) && (job.Kind == SimJobKind.Copy || IsAgent(job.Kind)));

        /// <summary>Sessions of jobs the revision lists, and SureBackup sessions from 1.2.</summary>
        public static bool ListedInSessions(SimSession session, VeeamScenario scenario, string version)
        {
            if (session.Kind == SimJobKind.SureBackup) return Is12(version);
            var job = scenario.Jobs.FirstOrDefault(j => j.Id == session.JobId);
            return job != null && ListedInJobs(job, version);
        }

        private static string PlatformOf(SimJobKind kind) => kind switch
        {
            SimJobKind.WindowsAgent => "WindowsPhysical",
            SimJobKind.LinuxAgent => "LinuxPhysical",
            _ => "VMware",
        };

        private static JObject Retention(SimJob job) => job.RetentionDays.HasValue
            ? new JObject { ["type"] = "Days", ["quantity"] = job.RetentionDays.Value }
            : new JObject { ["type"] = "RestorePoints", ["quantity"] = job.RetentionPoints ?? 7 };

        /// <summary>BackupStorageSettingsEncryptionModel: 1.1 {isEnabled, encryptionPasswordIdOrNull, encryptionPasswordTag};
        /// 1.2 and later {isEnabled, encryptionType, encryptionPasswordId, encryptionPasswordUniqueId, kmsServerId}.</summary>
        public static JObject Encryption(bool enabled, string version) => Is12(version)
            ? new JObject { ["isEnabled"] = enabled, ["encryptionType"] = enabled ? "ByUserPassword" : null, ["encryptionPasswordId"] = enabled ? "8c1f0e0a-0000-4000-8000-000000000001" : null }
            : new JObject { ["isEnabled"] = enabled, ["encryptionPasswordIdOrNull"] = enabled ? "8c1f0e0a-0000-4000-8000-000000000001" : null, ["encryptionPasswordTag"] = null };

        private static JObject StorageData(SimJob job, string version)
        {
            var storageData = new JObject { ["compressionLevel"] = "Optimal" };
            if (!IsAgent(job.Kind) && job.Kind != SimJobKind.Copy) storageData["storageOptimization"] = "LocalTarget";
            if (job.Encrypted.HasValue) storageData["encryption"] = Encryption(job.Encrypted.Value, version);
            return storageData;
        }

        /// <summary>An inventory object: 1.1 VmwareObjectSizeModel {inventoryObject: {...}, size}; 1.2 flat with platform
        /// "VMware"; 1.3 flat with platform "VSphere".</summary>
        public static JObject VmwareObject(string host, string name, string type, string objectId, string version)
        {
            if (!Is12(version))
                return new JObject { ["inventoryObject"] = new JObject { ["hostName"] = host, ["name"] = name, ["type"] = type, ["objectId"] = objectId }, ["size"] = "60 GB" };
            return new JObject
            {
                ["platform"] = Is13(version) ? "VSphere" : "VMware",
                ["size"] = "60 GB",
                ["hostName"] = host,
                ["name"] = name,
                ["type"] = type,
                ["objectId"] = objectId,
                ["urn"] = "vc:" + host + ";" + objectId,
            };
        }

        /// <summary>GET /jobs item: BackupJobModel, BackupCopyJobModel or an agent management backup job model.</summary>
        public static JObject Job(SimJob job, VeeamScenario scenario, string version)
        {
            if (job.Kind == SimJobKind.Copy) return CopyJob(job, scenario, version);
            if (IsAgent(job.Kind)) return AgentJob(job, version);
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
                    ["includes"] = new JArray(job.Objects.Select(o => VmwareObject("vcenter01.contoso.local", o, "VirtualMachine", "vm-" + o.ToLowerInvariant(), version))),
                    ["excludes"] = new JObject { ["vms"] = new JArray(), ["disks"] = new JArray(), ["templates"] = new JObject { ["isEnabled"] = true, ["excludeFromIncremental"] = true } },
                },
                ["storage"] = new JObject
                {
                    ["backupRepositoryId"] = job.RepositoryId,
                    ["backupProxies"] = new JObject { [Is12(version) ? "autoSelectEnabled" : "autoSelection"] = true, ["proxyIds"] = new JArray() },
                    ["retentionPolicy"] = Retention(job),
                    ["gfsPolicy"] = new JObject { ["isEnabled"] = false },
                    ["advancedSettings"] = new JObject { ["backupModeType"] = "Incremental", ["storageData"] = StorageData(job, version) },
                },
                ["schedule"] = new JObject { ["runAutomatically"] = !job.Disabled },
            };
            if (job.AppAware.HasValue)
                record["guestProcessing"] = new JObject { ["appAwareProcessing"] = new JObject { ["isEnabled"] = job.AppAware.Value, ["appSettings"] = new JArray() } };
            return record;
        }

        /// <summary>BackupCopyJobModel (1.3): the copied jobs under sourceObjects.includes.jobs; repository, retention and
        /// encryption under target.</summary>
        private static JObject CopyJob(SimJob job, VeeamScenario scenario, string version) => new()
        {
            ["type"] = "BackupCopy",
            ["id"] = job.Id,
            ["name"] = job.Name,
            ["description"] = "Created by simulator",
            ["isDisabled"] = job.Disabled,
            ["mode"] = "Immediate",
            ["sourceObjects"] = new JObject
            {
                ["includes"] = new JObject
                {
                    ["jobs"] = new JArray(job.SourceJobIds.Select(id => scenario.Jobs.Single(j => j.Id == id))
                        .Select(source => new JObject { ["id"] = source.Id, ["name"] = source.Name, ["type"] = JobType(source.Kind, version) })),
                },
                ["excludes"] = new JObject { ["jobs"] = new JArray(), ["objects"] = new JArray() },
                ["enableTransactionLogCopy"] = false,
            },
            ["target"] = new JObject
            {
                ["backupRepositoryId"] = job.RepositoryId,
                ["retentionPolicy"] = Retention(job),
                ["gfsPolicy"] = new JObject { ["isEnabled"] = false },
                ["advancedSettings"] = new JObject { ["storageData"] = StorageData(job, version), ["useMostRecentRestorePoint"] = false },
            },
            ["dataTransfer"] = new JObject { ["wanAcceleratorSettings"] = new JObject { ["transferMode"] = "Direct" } },
            ["schedule"] = new JObject { ["type"] = "Immediate" },
        };

        /// <summary>WindowsAgentManagementBackupJobModel / LinuxAgentManagementBackupJobModel (1.3): the computers by name,
        /// repository, retention and encryption under storage.</summary>
        private static JObject AgentJob(SimJob job, string version)
        {
            var record = new JObject
            {
                ["type"] = JobType(job.Kind, version),
                ["id"] = job.Id,
                ["name"] = job.Name,
                ["description"] = "Created by simulator",
                ["isDisabled"] = job.Disabled,
                ["isHighPriority"] = false,
                ["agentType"] = job.AgentType,
                ["computers"] = new JArray(job.Objects.Select((o, i) => new JObject
                {
                    ["platform"] = "Agent",
                    ["id"] = "c0a80000-0000-4000-8000-" + (i + 1).ToString("000000000000", CultureInfo.InvariantCulture),
                    ["name"] = o,
                    ["type"] = job.Kind == SimJobKind.WindowsAgent ? "WindowsComputer" : "LinuxComputer",
                    ["protectionGroupId"] = "0a0b0c0d-0000-4000-8000-00000000000a",
                })),
                ["backupMode"] = "EntireComputer",
                ["storage"] = new JObject
                {
                    ["backupRepositoryId"] = job.RepositoryId,
                    ["retentionPolicy"] = Retention(job),
                    ["gfsPolicy"] = new JObject { ["isEnabled"] = false },
                    ["advancedSettings"] = new JObject { ["storageData"] = StorageData(job, version) },
                },
                ["schedule"] = new JObject { ["runAutomatically"] = !job.Disabled },
            };
            if (job.AppAware.HasValue)
                record["guestProcessing"] = new JObject { ["appAwareProcessing"] = new JObject { ["isEnabled"] = job.AppAware.Value, ["appSettings"] = new JArray() } };
            return record;
        }

        /// <summary>GET /jobs/states item (JobStateModel).</summary>
        public static JObject JobState(SimJob job, VeeamScenario scenario, string version)
        {
            var last = scenario.Sessions.Where(s => s.JobId == job.Id).OrderBy(s => s.Created).LastOrDefault();
            var running = last != null && last.State == "Working";
            var status = job.Disabled ? "disabled" : running ? "running" : "inactive";
            var repository = scenario.Repositories.FirstOrDefault(r => r.Id == job.RepositoryId);
            var workload = IsAgent(job.Kind) ? (job.AgentType == "Workstation" ? "workstation" : "server") : "vm";
            var record = new JObject
            {
                ["type"] = JobType(job.Kind, version),
                ["id"] = job.Id,
                ["name"] = job.Name,
                ["description"] = "Created by simulator",
                ["status"] = Capitalised(status, version),
                ["lastResult"] = last?.Result ?? "None",
                ["workload"] = Capitalised(workload, version),
                ["lastRun"] = Time(last?.Created),
                ["nextRun"] = JValue.CreateNull(),
                ["repositoryId"] = job.RepositoryId,
                ["repositoryName"] = repository?.Name ?? scenario.ScaleOuts.FirstOrDefault(r => r.Id == job.RepositoryId)?.Name,
                ["objectsCount"] = job.Objects.Count,
                ["sessionId"] = last?.Id,
            };
            if (Is13(version))
            {
                record["highPriority"] = false;
                record["progressPercent"] = running ? 42 : 0;
                if (job.Kind == SimJobKind.Copy) record["backupCopyMode"] = "Immediate";
            }
            return record;
        }

        public static string SessionType(SimJobKind kind, string version) =>
            !Is12(version) ? "Job" : kind switch
            {
                SimJobKind.Backup => "BackupJob",
                SimJobKind.Copy => "BackupCopyJob",
                SimJobKind.WindowsAgent or SimJobKind.LinuxAgent => "AgentBackup",
                _ => "SureBackup",
            };

        /// <summary>GET /sessions item (SessionModel).</summary>
        public static JObject Session(SimSession session, string version, int usn) => new()
        {
            ["sessionType"] = SessionType(session.Kind, version),
            ["state"] = session.State,
            ["platformName"] = PlatformOf(session.Kind),
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

        /// <summary>GET /backups item (BackupModel): policyTag (1.1) or policyUniqueId (1.2+); 1.3 adds repositoryName and jobType.</summary>
        public static JObject Backup(SimBackup backup, VeeamScenario scenario, string version)
        {
            var job = scenario.Jobs.FirstOrDefault(j => j.Id == backup.JobId);
            var kind = job?.Kind ?? SimJobKind.Backup;
            var record = new JObject
            {
                ["id"] = backup.Id,
                ["jobId"] = backup.JobId,
                [Is12(version) ? "policyUniqueId" : "policyTag"] = JValue.CreateNull(),
                ["name"] = backup.Name,
                ["platformName"] = backup.Platform ?? PlatformOf(kind == SimJobKind.Copy && job!.SourceJobIds.Count > 0 ? scenario.Jobs.Single(j => j.Id == job.SourceJobIds[0]).Kind : kind),
                ["platformId"] = "00000000-0000-0000-0000-000000000000",
                ["creationTime"] = Time(new DateTimeOffset(2026, 1, 5, 22, 0, 0, TimeSpan.Zero)),
                ["repositoryId"] = backup.RepositoryId,
            };
            if (Is13(version))
            {
                record["repositoryName"] = scenario.Repositories.FirstOrDefault(r => r.Id == backup.RepositoryId)?.Name
                    ?? scenario.ScaleOuts.FirstOrDefault(r => r.Id == backup.RepositoryId)?.Name;
                record["jobType"] = JobType(kind, version);
            }
            return record;
        }

        /// <summary>GET /backups/{id}/objects item: ViBackupObjectModel, or AgentBackupObjectModel for agent backups.</summary>
        public static JObject BackupObject(string name, int points, bool agent) => agent
            ? new JObject
            {
                ["id"] = Guid.NewGuid().ToString(),
                ["name"] = name,
                ["type"] = "Computer",
                ["platformName"] = "WindowsPhysical",
                ["platformId"] = "00000000-0000-0000-0000-000000000000",
                ["restorePointsCount"] = points,
                ["computerId"] = Guid.NewGuid().ToString(),
            }
            : new JObject
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
        public static JObject Point(SimPoint point, string platform, string version, int index)
        {
            var record = new JObject
            {
                ["platformName"] = platform,
                ["id"] = point.Id,
                ["name"] = point.Object,
                ["platformId"] = "00000000-0000-0000-0000-000000000000",
                ["creationTime"] = Time(point.Created),
                ["backupId"] = point.BackupId,
                ["allowedOperations"] = platform == "VMware" ? new JArray("VmwareInstantRecovery", "VmwareRestoreEntireVm") : new JArray("RestoreAgentVolumes"),
            };
            if (VeeamApiVersions.Compare(version, "1.2-rev1") >= 0)
            {
                record["type"] = index % 7 == 0 ? "Full" : "Increment";
                record["malwareStatus"] = "Clean";
                record["backupFileId"] = Guid.NewGuid().ToString();
            }
            return record;
        }

        public static string PointPlatform(SimPoint point, VeeamScenario scenario, string version) =>
            (string)Backup(scenario.Backups.Single(b => b.Id == point.BackupId), scenario, version)["platformName"]!;

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
                case "AmazonS3": case "S3Compatible": case "WasabiCloud": case "GoogleCloud": case "AmazonS3Glacier":
                    var bucket = new JObject { ["regionId"] = "ap-southeast-2", ["bucketName"] = "vbr-" + repository.Name.ToLowerInvariant().Replace(' ', '-'), ["folderName"] = "backups" };
                    if (immutability != null) bucket["immutability"] = immutability;
                    record["account"] = new JObject { ["credentialId"] = "3f1d2c3b-0000-4000-8000-000000000002", ["regionType"] = "Global" };
                    record["bucket"] = bucket;
                    break;
                case "AzureBlob": case "AzureArchive":
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

        /// <summary>GET /backupInfrastructure/scaleOutRepositories item (ScaleOutRepositoryModel). 1.1: <c>tag</c>,
        /// <c>capacityTier.enabled</c>, extent status a single value, 1.1 encryption fields; 1.2: <c>uniqueId</c>,
        /// <c>capacityTier.isEnabled</c>; 1.3: extent status a list, capacity tier health check; 1.3-rev2: the archive tier
        /// adds copy/move policies and encryption.</summary>
        public static JObject ScaleOut(SimScaleOut sobr, VeeamScenario scenario, string version)
        {
            var extents = new JArray(sobr.PerformanceExtentIds.Select(id => new JObject
            {
                ["id"] = id,
                ["name"] = scenario.Repositories.Single(r => r.Id == id).Name,
                ["status"] = Is13(version) ? new JArray("Normal") : "Normal",
            }));
            var capacity = new JObject
            {
                [Is12(version) ? "isEnabled" : "enabled"] = sobr.CapacityExtentId != null,
                ["extents"] = new JArray(sobr.CapacityExtentId == null ? Array.Empty<JObject>() : new[] { new JObject { ["id"] = sobr.CapacityExtentId } }),
                ["copyPolicyEnabled"] = sobr.CopyPolicy,
                ["movePolicyEnabled"] = sobr.MovePolicy,
                ["operationalRestorePeriodDays"] = sobr.OperationalRestoreDays,
                ["overridePolicy"] = new JObject { ["isEnabled"] = false, ["overrideSpaceThresholdPercents"] = 90 },
                ["encryption"] = Encryption(sobr.CapacityEncrypted, version),
            };
            if (Is13(version)) capacity["backupHealth"] = new JObject { ["isEnabled"] = false };
            var archive = new JObject
            {
                ["isEnabled"] = sobr.ArchiveExtentId != null,
                ["extentId"] = sobr.ArchiveExtentId,
                ["archivePeriodDays"] = sobr.ArchiveAfterDays,
                ["advancedSettings"] = new JObject { ["costOptimizedArchiveEnabled"] = true, ["archiveDeduplicationEnabled"] = true },
            };
            if (VeeamApiVersions.Compare(version, "1.3-rev2") >= 0)
            {
                archive["copyPolicyEnabled"] = false;
                archive["movePolicyEnabled"] = true;
                archive["encryption"] = Encryption(false, version);
            }
            return new JObject
            {
                ["id"] = sobr.Id,
                ["name"] = sobr.Name,
                ["description"] = "Created by simulator",
                [Is12(version) ? "uniqueId" : "tag"] = sobr.Id,
                ["performanceTier"] = new JObject { ["performanceExtents"] = extents, ["advancedSettings"] = new JObject { ["perVmBackup"] = true, ["fullWhenExtentOffline"] = false } },
                ["placementPolicy"] = new JObject { ["type"] = "DataLocality", ["settings"] = new JArray(), ["enforceStrictPlacementPolicy"] = false },
                ["capacityTier"] = capacity,
                ["archiveTier"] = archive,
            };
        }

        /// <summary>GET /configBackup (ConfigBackupModel), the same in every revision.</summary>
        public static JObject ConfigBackup(SimConfigBackup config) => new()
        {
            ["isEnabled"] = config.Enabled,
            ["backupRepositoryId"] = config.RepositoryId,
            ["restorePointsToKeep"] = config.RestorePointsToKeep,
            ["notifications"] = new JObject { ["SNMPEnabled"] = false },
            ["schedule"] = new JObject { ["isEnabled"] = config.Enabled, ["daily"] = new JObject { ["isEnabled"] = true, ["localTime"] = "22:00", ["dailyKind"] = "Everyday" } },
            ["lastSuccessfulBackup"] = new JObject
            {
                ["lastSuccessfulTime"] = config.LastSuccess.HasValue ? Time(config.LastSuccess.Value) : null,
                ["sessionId"] = config.LastSuccess.HasValue ? "5e55f00d-0000-4000-8000-00000000000c" : null,
            },
            ["encryption"] = new JObject { ["isEnabled"] = config.Encrypted, ["passwordId"] = config.Encrypted ? "8c1f0e0a-0000-4000-8000-000000000001" : "00000000-0000-0000-0000-000000000000" },
        };

        /// <summary>GET /inventory/vmware/hosts item: a vCenter Server root.</summary>
        public static JObject ViRoot(SimViServer server, string version) =>
            VmwareObject(server.Name, server.Name, "vCenterServer", "urn:vc:" + server.Name, version);

        /// <summary>GET /inventory/vmware/hosts/{name}?typeFilter=VirtualMachine item.</summary>
        public static JObject ViMachine(SimViServer server, string machine, string version) =>
            VmwareObject(server.Name, machine, "VirtualMachine", "vm-" + machine.ToLowerInvariant(), version);

        /// <summary>POST /inventory item for a Hyper-V server, and POST /inventory/{hostname} items below it (HyperVObjectModel,
        /// 1.3: platform HyperV, hostName, name, type, objectId, urn, parentObjectId, size).</summary>
        public static JObject HyperVObject(SimHvServer server, string name, string type, string? parent) => new()
        {
            ["platform"] = "HyperV",
            ["size"] = type == "VirtualMachine" ? "40 GB" : "N/A",
            ["hostName"] = server.Name,
            ["name"] = name,
            ["type"] = type,
            ["objectId"] = type == "VirtualMachine" ? "8649c156-0000-4000-8000-" + ((uint)StableHash(name)).ToString("000000000000", CultureInfo.InvariantCulture) : server.ObjectId,
            ["urn"] = type == "VirtualMachine" ? "Host:" + server.Name + ";Vm:" + name : type + ":" + server.Name,
            ["parentObjectId"] = parent,
        };

        private static int StableHash(string text)
        {
            unchecked
            {
                int h = 17;
                foreach (var c in text) h = h * 31 + c;
                return h & 0x7fffffff;
            }
        }

        /// <summary>GET /agents/protectionGroups item (IndividualComputersProtectionGroupModel, 1.3).</summary>
        public static JObject ProtectionGroup(SimProtectionGroup group) => new()
        {
            ["id"] = group.Id,
            ["name"] = group.Name,
            ["description"] = "Created by simulator",
            ["type"] = "IndividualComputers",
            ["isDisabled"] = false,
            ["computers"] = new JArray(group.Computers.Select(c => new JObject { ["hostName"] = c.Name, ["connectionType"] = "PermanentCredentials", ["credentialsId"] = "3f1d2c3b-0000-4000-8000-000000000002" })),
        };

        /// <summary>GET /agents/protectionGroups/{id}/discoveredEntities item (DiscoveredComputerEntityModel, 1.3).</summary>
        public static JObject DiscoveredComputer(SimProtectionGroup group, SimComputer computer, int index) => new()
        {
            ["id"] = "d15c0000-0000-4000-8000-" + index.ToString("000000000000", CultureInfo.InvariantCulture),
            ["name"] = computer.Name,
            ["parentId"] = group.Id,
            ["protectionGroupId"] = group.Id,
            ["type"] = "Computer",
            ["state"] = "Online",
            ["agentStatus"] = "Installed",
            ["agentVersion"] = "13.0.0.1234",
            ["driverStatus"] = "NotInstalled",
            ["rebootRequired"] = false,
            ["ipAddresses"] = new JArray("10.0.0." + (10 + index).ToString(CultureInfo.InvariantCulture)),
            ["operatingSystem"] = computer.OperatingSystem,
            ["operatingSystemPlatform"] = "X64",
            ["objectId"] = "0b1ec700-0000-4000-8000-" + index.ToString("000000000000", CultureInfo.InvariantCulture),
            ["plugins"] = new JArray(),
            ["isTrusted"] = true,
        };
    }
}
