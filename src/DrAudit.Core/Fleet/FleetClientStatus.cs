namespace DrAudit.Core.Fleet
{
    /// <summary>How one client of a fleet run went.</summary>
    public enum FleetClientStatus
    {
        /// <summary>Audited with every source read; its evidence pack was written.</summary>
        Audited,
        /// <summary>Audited and its pack written, but at least one source could not be read (its controls are NoVisibility).</summary>
        SourceFailed,
        /// <summary>Not audited, no pack: the definition is missing or invalid, or the audit or pack write failed.</summary>
        Failed,
    }
}
