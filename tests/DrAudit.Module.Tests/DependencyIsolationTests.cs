using System.Reflection;
using System.Runtime.Loader;
using DrAudit.Module.Tests.Support;
using static DrAudit.Module.Tests.Support.ScriptRun;

namespace DrAudit.Module.Tests;

/// <summary>
/// Another module has already loaded an older YamlDotNet into the session. DrAudit must still load its own
/// (16.x) copy, in its own load context, and audit normally.
/// </summary>
[Collection(ModuleCollection.Name)]
public sealed class DependencyIsolationTests
{
    private static readonly string OldYamlDotNet =
        Path.Combine(TestPaths.NuGetPackageRoot, "yamldotnet", "13.1.1", "lib", "netstandard2.0", "YamlDotNet.dll");

    [Fact]
    public void The_module_audits_with_its_own_YamlDotNet_when_an_older_one_is_already_loaded()
    {
        Assert.True(File.Exists(OldYamlDotNet), "The test project downloads YamlDotNet 13.1.1; not found at " + OldYamlDotNet);
        using var session = ModuleSession.WithoutModule();

        var loaded = session.Run("[System.Reflection.Assembly]::LoadFrom($path).GetName().Version.Major", ("path", OldYamlDotNet)).WithoutErrors();
        Assert.Equal(13, Assert.Single(loaded.Output));
        session.ImportModule();
        var run = session.Run("Get-DrReadiness -Client client.yaml").WithoutErrors();

        Assert.Equal("fixture-dental", Property(Assert.Single(run.Output), "Client", "Id"));
        var yamls = AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name == "YamlDotNet").ToList();
        var old = Assert.Single(yamls, a => a.GetName().Version!.Major == 13);
        var ours = Assert.Single(yamls, a => a.GetName().Version!.Major == 16);
        var core = Assert.Single(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == "DrAudit.Core");
        Assert.Same(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(old));
        Assert.NotSame(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(ours));
        Assert.Same(AssemblyLoadContext.GetLoadContext(core), AssemblyLoadContext.GetLoadContext(ours));
        Assert.Equal(Path.Combine(TestPaths.ModuleFolder, "dependencies", "YamlDotNet.dll"), ours.Location);
    }

    [Fact]
    public void Importing_into_many_runspaces_and_removing_from_one_leaves_the_others_working()
    {
        using var first = new ModuleSession();
        using var second = new ModuleSession();

        first.Run("Remove-Module -Name DrAudit").WithoutErrors();
        var run = second.Run("Get-DrControl -Id DR-01; Test-DrClientDefinition -Path client.yaml -Quiet").WithoutErrors();
        first.ImportModule();
        var again = first.Run("Test-DrClientDefinition -Path client.yaml -Quiet").WithoutErrors();

        Assert.Equal("DR-01", Property(run.Output[0], "Id"));
        Assert.Equal(true, run.Output[1]);
        Assert.Equal(true, Assert.Single(again.Output));
        Assert.Single(AppDomain.CurrentDomain.GetAssemblies(), a => a.GetName().Name == "DrAudit.Core");
    }
}
