using System.Management.Automation.Language;
using DrAudit.Module.Tests.Support;

namespace DrAudit.Module.Tests;

[Collection(ModuleCollection.Name)]
public sealed class BuildScriptTests
{
    [Fact]
    public void Build_ps1_parses_and_offers_NoTest()
    {
        var script = Parser.ParseFile(Path.Combine(TestPaths.RepoRoot, "build.ps1"), out _, out var errors);

        Assert.Empty(errors);
        var parameters = script.ParamBlock!.Parameters.Select(p => p.Name.VariablePath.UserPath).ToList();
        Assert.Contains("NoTest", parameters);
        var commands = script.FindAll(a => a is CommandAst, searchNestedScriptBlocks: true).Cast<CommandAst>()
            .Select(c => c.GetCommandName()).ToList();
        Assert.Contains("dotnet", commands);
    }
}
