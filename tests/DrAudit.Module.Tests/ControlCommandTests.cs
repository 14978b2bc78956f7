using System.Management.Automation;
using DrAudit.Module.Tests.Support;
using static DrAudit.Module.Tests.Support.ScriptRun;

namespace DrAudit.Module.Tests;

[Collection(ModuleCollection.Name)]
public sealed class ControlCommandTests : IClassFixture<ModuleSession>
{
    private readonly ModuleSession _session;

    public ControlCommandTests(ModuleSession session)
    {
        _session = session;
    }

    private static IEnumerable<string> Ids(ScriptRun run) => run.Output.Select(c => (string)Property(c, "Id")!);

    [Fact]
    public void Without_arguments_lists_the_whole_catalogue_Essential_Eight_first()
    {
        var run = _session.Run("Get-DrControl").WithoutErrors();

        Assert.All(run.Output, c => Assert.Equal("DrAudit.Core.Catalogue.ControlDefinition", c!.GetType().FullName));
        Assert.Equal(27, run.Output.Count);
        Assert.Equal("E8-RB-01", Ids(run).First());
        Assert.Equal("DR-16", Ids(run).Last());
    }

    [Fact]
    public void Id_takes_wildcards()
    {
        var run = _session.Run("Get-DrControl -Id 'E8-RB-0*'").WithoutErrors();

        Assert.Equal(Enumerable.Range(1, 9).Select(i => "E8-RB-0" + i), Ids(run));
    }

    [Fact]
    public void Id_ignores_case_and_Family_filters()
    {
        var run = _session.Run("Get-DrControl -Id 'dr-0*', 'E8-RB-11' -Family DrReadiness").WithoutErrors();

        Assert.Equal(Enumerable.Range(1, 9).Select(i => "DR-0" + i), Ids(run));
        Assert.Equal(16, _session.Run("Get-DrControl -Family DrReadiness").WithoutErrors().Output.Count);
    }

    [Fact]
    public void An_exact_id_that_names_no_control_is_an_error()
    {
        var run = _session.Run("Get-DrControl -Id DR-99, DR-01");

        var error = Assert.Single(run.Errors);
        Assert.StartsWith("DrAudit.ControlNotFound", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal(new[] { "DR-01" }, Ids(run));
    }
}
