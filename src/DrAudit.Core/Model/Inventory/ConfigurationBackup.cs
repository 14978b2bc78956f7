using System;

namespace DrAudit.Core.Model.Inventory
{
    /// <summary>The backup server's configuration backup (inventory <c>backupServer.configBackup</c>). Null members
    /// are not known from the source and are never assumed good (DR-15 is NoVisibility for them).</summary>
    public sealed class ConfigurationBackup
    {
        public bool? Enabled { get; set; }
        /// <summary>Whether the configuration backup itself is encrypted (it holds the server's stored credentials).</summary>
        public bool? Encrypted { get; set; }
        /// <summary>The id (or name) of the repository it is written to, among the inventory's repositories.</summary>
        public string? Repository { get; set; }
        /// <summary>When it last succeeded.</summary>
        public DateTimeOffset? LastSuccess { get; set; }
    }
}
