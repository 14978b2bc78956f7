namespace DrAudit.Core.Tests.Simulators.Veeam
{
    /// <summary>What a simulated VBR server holds, independent of the API revision it is rendered in.</summary>
    public sealed class VeeamScenario
    {
        public List<SimRepository> Repositories { get; } = new();
        public List<SimScaleOut> ScaleOuts { get; } = new();
        public List<SimJob> Jobs { get; } = new();
        public List<SimSession> Sessions { get; } = new();
        public List<SimBackup> Backups { get; } = new();
        public List<SimPoint> Points { get; } = new();
        /// <summary>Every server has a configuration backup, enabled or not.</summary>
        public SimConfigBackup ConfigBackup { get; set; } = new();
        /// <summary>vCenter servers the backup server manages, with their virtual machines (the inventory browser).</summary>
        public List<SimViServer> ViServers { get; } = new();
        /// <summary>Hyper-V servers the backup server manages, with their virtual machines (inventory browser, 1.3).</summary>
        public List<SimHvServer> HvServers { get; } = new();
        /// <summary>Agent protection groups with the computers they discovered (listed from 1.3).</summary>
        public List<SimProtectionGroup> ProtectionGroups { get; } = new();
    }

    /// <summary>Backup: a VM backup job. WindowsAgent/LinuxAgent: agent backup jobs managed by the server (1.3 lists them).</summary>
    public enum SimJobKind { Backup, Copy, SureBackup, WindowsAgent, LinuxAgent }

    public sealed class SimRepository
    {
        public string Id { get; set; } = Guid.NewGuid().ToString();
        public string Name { get; set; } = "";
        /// <summary>VBR type: WinLocal, LinuxLocal, LinuxHardened, Smb, Nfs, AmazonS3, S3Compatible, WasabiCloud, AzureBlob...</summary>
        public string Type { get; set; } = "WinLocal";
        /// <summary>LinuxHardened: makeRecentBackupsImmutableDays.</summary>
        public int? ImmutableDays { get; set; }
        /// <summary>Object storage: bucket/container immutability {isEnabled, daysCount}; null omits the block.</summary>
        public (bool Enabled, int Days)? ObjectImmutability { get; set; }
    }

    /// <summary>A scale-out backup repository: performance extents, an optional capacity tier (one object storage extent,
    /// copy and/or move policy) and an optional archive tier. Every extent is also a repository of the scenario.</summary>
    public sealed class SimScaleOut
    {
        public string Id { get; set; } = Guid.NewGuid().ToString();
        public string Name { get; set; } = "";
        public List<string> PerformanceExtentIds { get; set; } = new();
        public string? CapacityExtentId { get; set; }
        public bool CopyPolicy { get; set; }
        public bool MovePolicy { get; set; }
        public int OperationalRestoreDays { get; set; } = 14;
        public bool CapacityEncrypted { get; set; }
        public string? ArchiveExtentId { get; set; }
        public int ArchiveAfterDays { get; set; } = 90;
    }

    public sealed class SimJob
    {
        public string Id { get; set; } = Guid.NewGuid().ToString();
        public string Name { get; set; } = "";
        public SimJobKind Kind { get; set; } = SimJobKind.Backup;
        /// <summary>Machines (VM jobs) or computers (agent jobs) the job names.</summary>
        public List<string> Objects { get; set; } = new();
        /// <summary>Backup copy jobs: the jobs they copy (sourceObjects.includes.jobs).</summary>
        public List<string> SourceJobIds { get; set; } = new();
        /// <summary>Agent jobs: Server or Workstation.</summary>
        public string AgentType { get; set; } = "Server";
        public string? RepositoryId { get; set; }
        public int? RetentionDays { get; set; }
        public int? RetentionPoints { get; set; }
        public bool? Encrypted { get; set; }
        public bool? AppAware { get; set; }
        public bool Disabled { get; set; }
    }

    public sealed class SimSession
    {
        public string Id { get; set; } = Guid.NewGuid().ToString();
        public string JobId { get; set; } = "";
        public string Name { get; set; } = "";
        public SimJobKind Kind { get; set; } = SimJobKind.Backup;
        public DateTimeOffset Created { get; set; }
        public DateTimeOffset? End { get; set; }
        /// <summary>None | Success | Warning | Failed (or anything else, to test unknown values).</summary>
        public string Result { get; set; } = "Success";
        /// <summary>Stopped | Working | ...</summary>
        public string State { get; set; } = "Stopped";
        public string Message { get; set; } = "";
        /// <summary>SureBackup: the machines verified (task sessions).</summary>
        public List<string> Verified { get; set; } = new();
    }

    public sealed class SimBackup
    {
        public string Id { get; set; } = Guid.NewGuid().ToString();
        public string JobId { get; set; } = "";
        public string Name { get; set; } = "";
        public string? RepositoryId { get; set; }
        public List<string> Objects { get; set; } = new();
        /// <summary>platformName when it is not the job's (e.g. "HyperV": a Hyper-V job, which /jobs lists from 1.3 only).</summary>
        public string? Platform { get; set; }
    }

    public sealed class SimPoint
    {
        public string Id { get; set; } = Guid.NewGuid().ToString();
        public string Object { get; set; } = "";
        public DateTimeOffset Created { get; set; }
        public string BackupId { get; set; } = "";
    }

    public sealed class SimConfigBackup
    {
        public bool Enabled { get; set; }
        public string RepositoryId { get; set; } = "88a2a2b4-0000-4000-8000-000000000009";
        public bool Encrypted { get; set; }
        public DateTimeOffset? LastSuccess { get; set; }
        public int RestorePointsToKeep { get; set; } = 10;
    }

    public sealed class SimViServer
    {
        public string Name { get; set; } = "vcenter01.contoso.local";
        public List<string> Machines { get; set; } = new();
    }

    /// <summary>A Hyper-V server in the inventory browser: EHyperVInventoryType Scvmm, Cluster or Host.</summary>
    public sealed class SimHvServer
    {
        public string Name { get; set; } = "hv01.contoso.local";
        public string Type { get; set; } = "Host";
        public string ObjectId { get; set; } = Guid.NewGuid().ToString();
        public List<string> Machines { get; set; } = new();
    }

    public sealed class SimProtectionGroup
    {
        public string Id { get; set; } = Guid.NewGuid().ToString();
        public string Name { get; set; } = "";
        public List<SimComputer> Computers { get; set; } = new();
    }

    /// <summary>A computer an agent protection group discovered; OperatingSystem as EOperatingSystem (WindowsServer2022, Windows11, Linux).</summary>
    public sealed class SimComputer
    {
        public string Name { get; set; } = "";
        public string OperatingSystem { get; set; } = "WindowsServer2022";
    }
}
