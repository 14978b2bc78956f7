using System;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Sources.Rest;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Veeam
{
    /// <summary>Veeam's enum values in every revision (case and names differ: <c>running</c>/<c>Running</c>,
    /// <c>Job</c>/<c>BackupJob</c>, <c>Backup</c>/<c>VSphereBackup</c>) mapped to inventory values. A value not known
    /// here maps to unknown, never to success.</summary>
    internal static class VeeamValues
    {
        /// <summary>Job <c>type</c>: Backup, VSphereBackup, HyperVBackup, WindowsAgentBackup, ... are backup; BackupCopy,
        /// *Copy and tape jobs are copy; Replica/Replication are replica. SureBackup and other non-protecting jobs: null.</summary>
        public static JobKind? KindOfJob(string? type)
        {
            var t = (type ?? "").ToLowerInvariant();
            if (t.Length == 0) return JobKind.Unknown;
            if (t.Contains("surebackup") || t.Contains("malware") || t.Contains("scan")) return null;
            if (t.Contains("copy") || t.Contains("tape")) return JobKind.Copy;
            if (t.Contains("replica")) return JobKind.Replica;
            if (t.Contains("backup")) return JobKind.Backup;
            return JobKind.Unknown;
        }

        /// <summary>Backup copy jobs (BackupCopyJobModel, 1.3): settings under <c>target</c>, sources under <c>sourceObjects</c>.</summary>
        public static bool IsBackupCopy(string? type) =>
            string.Equals(type, "BackupCopy", StringComparison.OrdinalIgnoreCase) || string.Equals(type, "LegacyBackupCopy", StringComparison.OrdinalIgnoreCase);

        /// <summary>Agent job <c>computers</c> entries that name one machine (not a protection group, container or domain).</summary>
        public static bool IsComputer(string? type) =>
            string.Equals(type, "WindowsComputer", StringComparison.OrdinalIgnoreCase) || string.Equals(type, "LinuxComputer", StringComparison.OrdinalIgnoreCase)
            || string.Equals(type, "WindowsCluster", StringComparison.OrdinalIgnoreCase);

        /// <summary>Discovered entities of a protection group that are machines (Computer, Cluster), not directory containers.</summary>
        public static bool IsDiscoveredComputer(JObject entity)
        {
            var type = RestJsonFields.String(entity, "type");
            return type == null || string.Equals(type, "Computer", StringComparison.OrdinalIgnoreCase) || string.Equals(type, "Cluster", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>Session result (<c>None|Success|Warning|Failed</c>) with its state: a session still working is running;
        /// a finished one without a known result is unknown.</summary>
        public static RunResult RunResultOf(string? result, string? state)
        {
            switch ((result ?? "").ToLowerInvariant())
            {
                case "success": return RunResult.Success;
                case "warning": return RunResult.Warning;
                case "failed": return RunResult.Failed;
            }
            return IsActive(state) ? RunResult.Running : RunResult.Unknown;
        }

        /// <summary>SureBackup result: Success, Warning (partial) or Failed; null when it is not a finished result.</summary>
        public static RestoreResult? RestoreResultOf(string? result)
        {
            switch ((result ?? "").ToLowerInvariant())
            {
                case "success": return RestoreResult.Success;
                case "warning": return RestoreResult.Partial;
                case "failed": return RestoreResult.Failed;
                default: return null;
            }
        }

        /// <summary>Session states of a run not finished yet (Working, Starting, Stopping, Postprocessing, Waiting*, ...).</summary>
        public static bool IsActive(string? state)
        {
            var s = (state ?? "").ToLowerInvariant();
            return s == "working" || s == "starting" || s == "stopping" || s == "postprocessing" || s == "pausing"
                || s == "resuming" || s == "running" || s.StartsWith("waiting", StringComparison.Ordinal);
        }

        /// <summary>Job state <c>status</c>: disabled (1.1/1.2) or Disabled (1.3).</summary>
        public static bool IsDisabledStatus(string? status) => string.Equals(status, "disabled", StringComparison.OrdinalIgnoreCase);

        public static bool IsSureBackup(JObject session) =>
            string.Equals(RestJsonFields.String(session, "sessionType"), "SureBackup", StringComparison.OrdinalIgnoreCase);

        /// <summary>Where a repository type keeps data: direct-attached and NAS types are onsite (the cautious value: it never
        /// makes a copy count as off-site); public object storage is cloud; S3-compatible and unknown types are not known.</summary>
        public static RepositoryLocation? LocationOf(string? type)
        {
            switch ((type ?? "").ToLowerInvariant())
            {
                case "winlocal": case "linuxlocal": case "linuxhardened": case "smb": case "nfs":
                case "ddboost": case "delldatadomain": case "exagrid": case "hpstoreonceintegration": case "hpestoreonce":
                case "quantum": case "quantumdxi": case "infinidat": case "fujitsu":
                    return RepositoryLocation.Onsite;
                case "azureblob": case "azurearchive": case "amazons3": case "amazons3glacier": case "wasabicloud":
                case "googlecloud": case "ibmcloud": case "veeamdatacloudvault": case "veeamdatacloudvaultarchive":
                    return RepositoryLocation.Cloud;
                default:
                    return null;
            }
        }

        /// <summary>The name of an inventory object: flat in 1.2 and later, under <c>inventoryObject</c> in 1.1.</summary>
        public static string? InventoryName(JToken? item) => RestJsonFields.String(item, "name") ?? RestJsonFields.String(item, "inventoryObject.name");

        /// <summary>A Hyper-V server of the inventory browser (platform HyperV; type Scvmm, Cluster or Host).</summary>
        public static bool IsHyperVServer(JObject item) =>
            string.Equals(RestJsonFields.String(item, "platform"), "HyperV", StringComparison.OrdinalIgnoreCase)
            && (InventoryType(item) is string type && (type.Equals("Scvmm", StringComparison.OrdinalIgnoreCase) || type.Equals("Cluster", StringComparison.OrdinalIgnoreCase) || type.Equals("Host", StringComparison.OrdinalIgnoreCase)));

        /// <summary>The type of an inventory object (VirtualMachine, vCenterServer, Host, ...), flat or under <c>inventoryObject</c>.</summary>
        public static string? InventoryType(JToken? item) => RestJsonFields.String(item, "type") ?? RestJsonFields.String(item, "inventoryObject.type");

        /// <summary>A discovered computer's kind from its <c>operatingSystem</c> (EOperatingSystem): Windows client versions are
        /// workstations; Windows Server, Azure Stack HCI and Linux are servers; Unknown is other.</summary>
        public static WorkloadKind WorkloadOf(string? operatingSystem)
        {
            var os = (operatingSystem ?? "").ToLowerInvariant();
            if (os.StartsWith("windowsserver", StringComparison.Ordinal) || os == "windows2003" || os == "windows2008" || os == "azurestackhci" || os == "linux")
                return WorkloadKind.Server;
            if (os.StartsWith("windows", StringComparison.Ordinal)) return WorkloadKind.Workstation;
            return WorkloadKind.Other;
        }

        /// <summary>Backup platforms of Veeam agents (physical or cloud computers).</summary>
        public static bool IsAgentPlatform(string? platform) =>
            string.Equals(platform, "WindowsPhysical", StringComparison.OrdinalIgnoreCase) || string.Equals(platform, "LinuxPhysical", StringComparison.OrdinalIgnoreCase);

        /// <summary>Types that cannot make backups immutable (so immutable is false, not unknown).</summary>
        public static bool CannotBeImmutable(string? type)
        {
            switch ((type ?? "").ToLowerInvariant())
            {
                case "winlocal": case "linuxlocal": case "smb": case "nfs":
                    return true;
                default:
                    return false;
            }
        }
    }
}
