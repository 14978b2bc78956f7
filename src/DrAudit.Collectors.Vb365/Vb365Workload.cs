namespace DrAudit.Collectors.Vb365
{
    /// <summary>The kinds of data a VB365 job protects, as its restore points flag them (isExchange, isOneDrive,
    /// isSharePoint, isTeams).</summary>
    internal enum Vb365Workload
    {
        Mailbox,
        OneDrive,
        Site,
        Team,
    }
}
