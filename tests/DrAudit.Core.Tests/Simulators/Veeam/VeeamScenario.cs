namespace DrAudit.Core.Tests.Simulators.Veeam
{
    /// <summary>What a simulated VBR server holds, independent of the API revision it is rendered in.</summary>
    public sealed class VeeamScenario
    {
        public List<SimRepository> Repositories { get; } = new();
        public List<SimJob> Jobs { get; } = new();
        public List<SimSession> Sessions { get; } = new();
        public List<SimBackup> Backups { get; } = new();
        public List<SimPoint> Points { get; } = new();
    }

    public enum SimJobKind { Backup, Copy, SureBackup }

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

    public sealed class SimJob
    {
        public string Id { get; set; } = Guid.NewGuid().ToString();
        public string Name { get; set; } = "";
        public SimJobKind Kind { get; set; } = SimJobKind.Backup;
        public List<string> Objects { get; set; } = new();
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
    }

    public sealed class SimPoint
    {
        public string Id { get; set; } = Guid.NewGuid().ToString();
        public string Object { get; set; } = "";
        public DateTimeOffset Created { get; set; }
        public string BackupId { get; set; } = "";
    }
}
