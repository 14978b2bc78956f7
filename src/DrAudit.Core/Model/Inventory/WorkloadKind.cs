namespace DrAudit.Core.Model.Inventory
{
    /// <summary>vm | server | workstation | database | file-share | mailbox | site | onedrive | other.</summary>
    public enum WorkloadKind
    {
        Vm,
        Server,
        Workstation,
        Database,
        FileShare,
        Mailbox,
        Site,
        Onedrive,
        Other,
    }
}
