namespace DrAudit.Core.Model.Definition
{
    /// <summary>What a restore test restored; YAML: file | item | system | application | full-service.</summary>
    public enum RestoreScope
    {
        File,
        Item,
        System,
        Application,
        FullService,
    }
}
