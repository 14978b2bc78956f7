namespace DrAudit.Core.Model.Inventory
{
    /// <summary>The backup system's own server (v1.1), for systems whose configuration must survive the loss of
    /// that server (Veeam B&amp;R). Absent from an inventory when the system has no such thing or the export does not say.</summary>
    public sealed class BackupServer
    {
        /// <summary>The server's name as the backup system shows it; null when not stated.</summary>
        public string? Name { get; set; }
        /// <summary>How the server's configuration is backed up; null when the source does not say.</summary>
        public ConfigurationBackup? ConfigBackup { get; set; }
    }
}
