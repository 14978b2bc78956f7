using System.Management.Automation;
using DrAudit.Module.Tests.Support;
using static DrAudit.Module.Tests.Support.ScriptRun;

namespace DrAudit.Module.Tests;

[Collection(ModuleCollection.Name)]
public sealed class DefinitionCommandTests : IClassFixture<ModuleSession>
{
    private readonly ModuleSession _session;

    public DefinitionCommandTests(ModuleSession session)
    {
        _session = session;
    }

    [Fact]
    public void Test_DrClientDefinition_writes_every_problem_of_a_file_with_its_location()
    {
        var run = _session.Run("Test-DrClientDefinition -Path invalid.yaml").WithoutErrors();

        Assert.True(run.Output.Count >= 3, "Expected the unknown key, the bad duration and the unknown component; got " + run.Output.Count);
        Assert.All(run.Output, p => Assert.Equal("DrAudit.Core.Loading.DefinitionProblem", p!.GetType().FullName));
        Assert.All(run.Output, p => Assert.Equal(TestPaths.Fixture("invalid.yaml"), Property(p, "File")));
        var unknownKey = Assert.Single(run.Output, p => (string?)Property(p, "Code") == "UnknownKey");
        Assert.Equal(9, Property(unknownKey, "Line"));
        Assert.Equal(5, Property(unknownKey, "Column"));
        Assert.Equal("Error", Property(unknownKey, "Severity")!.ToString());
        Assert.Contains(run.Output, p => (int)Property(p, "Line")! == 11);
        Assert.Contains(run.Output, p => (int)Property(p, "Line")! == 12);
    }

    [Fact]
    public void Test_DrClientDefinition_writes_nothing_for_a_valid_file()
    {
        var run = _session.Run("Test-DrClientDefinition -Path client.yaml").WithoutErrors();

        Assert.Empty(run.Output);
    }

    [Fact]
    public void Quiet_writes_whether_each_file_loads()
    {
        var run = _session.Run("'client.yaml', 'invalid.yaml', 'no-such-file.yaml' | Test-DrClientDefinition -Quiet").WithoutErrors();

        Assert.Equal(new object?[] { true, false, false }, run.Output);
    }

    [Fact]
    public void Get_DrRestoreOrder_writes_each_services_steps_in_order()
    {
        var run = _session.Run("Get-DrRestoreOrder -Client client.yaml").WithoutErrors();

        Assert.All(run.Output, s => Assert.Equal("DrAudit.Core.RestoreOrder.RestoreStep", s!.GetType().FullName));
        var steps = run.Output.Select(s => (
            Service: (string)Property(s, "Service")!,
            Position: (int)Property(s, "Position")!,
            Component: (string)Property(s, "ComponentId")!,
            Documented: (bool)Property(s, "Documented")!)).ToList();
        Assert.Equal(new[]
        {
            ("practice-management", 1, "entra-id", true),
            ("practice-management", 2, "pm-db", true),
            ("practice-management", 3, "pm-app", true),
            ("email", 1, "entra-id", false),
            ("email", 2, "mailboxes", false),
        }, steps);
    }

    [Fact]
    public void Get_DrRestoreOrder_filters_services_and_reports_an_unknown_one()
    {
        var run = _session.Run("Get-DrRestoreOrder -Client client.yaml -Service EMAIL, payroll");

        var error = Assert.Single(run.Errors);
        Assert.StartsWith("DrAudit.ServiceNotFound", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Contains("practice-management", error.Exception.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "entra-id", "mailboxes" }, run.Output.Select(s => (string)Property(s, "ComponentId")!));
        Assert.All(run.Output, s => Assert.Equal("email", Property(s, "Service")));
    }

    [Fact]
    public void Get_DrRestoreOrder_stops_on_an_invalid_definition()
    {
        var run = _session.Run("try { Get-DrRestoreOrder -Client invalid.yaml; 'went on' } catch { $_ }");

        var error = Assert.IsType<ErrorRecord>(Assert.Single(run.Output));
        Assert.StartsWith("DrAudit.InvalidClientDefinition", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("invalid.yaml:9:5", error.Exception.Message, StringComparison.Ordinal);
    }
}
