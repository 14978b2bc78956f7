namespace DrAudit.Core.Model.Definition
{
    /// <summary>Component kinds; written in YAML in kebab case (<c>file-share</c>, <c>m365-mailbox</c>).</summary>
    public enum ComponentKind
    {
        Server,
        Database,
        FileShare,
        M365Mailbox,
        M365Site,
        M365OneDrive,
        Saas,
        Identity,
        Network,
        Keys,
        Licence,
        Vendor,
        Other,
    }
}
