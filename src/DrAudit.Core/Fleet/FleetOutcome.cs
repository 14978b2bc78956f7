namespace DrAudit.Core.Fleet
{
    /// <summary>How a whole fleet run went; the value is the exit code of the scheduled scripts and <c>draudit fleet</c>.</summary>
    public enum FleetOutcome
    {
        /// <summary>Every client was audited and every source read.</summary>
        AllAudited = 0,
        /// <summary>At least one client was audited, and at least one failed or had a source that could not be read.</summary>
        SomeFailed = 1,
        /// <summary>No client was audited: no client definitions were found, or every one failed.</summary>
        NothingRan = 2,
    }
}
