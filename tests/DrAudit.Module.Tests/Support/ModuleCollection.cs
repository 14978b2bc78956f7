namespace DrAudit.Module.Tests.Support;

/// <summary>Every module test runs in this one collection: they share a process (and its loaded assemblies), so they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ModuleCollection
{
    public const string Name = "DrAudit module";
}
