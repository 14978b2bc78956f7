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
    public void Test_DrClientDefinition_returns_a_result_with_every_problem_located_and_writes_each_error()
    {
        var run = _session.Run("Test-DrClientDefinition -Path invalid.yaml");

        var result = Assert.Single(run.Output);
        Assert.Equal("DrAudit.Core.Loading.Definition.DefinitionValidation", result!.GetType().FullName);
        Assert.Equal(false, Property(result, "IsValid"));
        Assert.Equal(TestPaths.Fixture("invalid.yaml"), Property(result, "Path"));
        var problems = Items(result, "Problems");
        Assert.True(problems.Count >= 3, "Expected the unknown key, the bad duration and the unknown component; got " + problems.Count);
        Assert.All(problems, p => Assert.Equal(TestPaths.Fixture("invalid.yaml"), Property(p, "File")));
        var unknownKey = Assert.Single(problems, p => (string?)Property(p, "Code") == "UnknownKey");
        Assert.Equal(9, Property(unknownKey, "Line"));
        Assert.Equal(5, Property(unknownKey, "Column"));
        Assert.Equal("Error", Property(unknownKey, "Severity")!.ToString());
        Assert.Contains(problems, p => (int)Property(p, "Line")! == 11);
        Assert.Contains(problems, p => (int)Property(p, "Line")! == 12);

        // Each error is also a non-terminating error record carrying the problem.
        Assert.Equal(Property(result, "ErrorCount"), run.Errors.Count);
        Assert.All(run.Errors, e => Assert.StartsWith("DrAudit.DefinitionProblem", e.FullyQualifiedErrorId, StringComparison.Ordinal));
        Assert.All(run.Errors, e => Assert.Equal(ErrorCategory.InvalidData, e.CategoryInfo.Category));
        Assert.Contains(run.Errors, e => e.TargetObject is PSObject { BaseObject: var p } && ReferenceEquals(p, unknownKey) || ReferenceEquals(e.TargetObject, unknownKey));
        Assert.Contains(run.Errors, e => e.ToString().Contains("invalid.yaml:9:5", StringComparison.Ordinal));
    }

    [Fact]
    public void Test_DrClientDefinition_returns_a_valid_result_for_a_valid_file_with_a_table_view()
    {
        var run = _session.Run("Test-DrClientDefinition -Path client.yaml").WithoutErrors();

        var result = Assert.Single(run.Output);
        Assert.Equal(true, Property(result, "IsValid"));
        Assert.Equal(0, Property(result, "ErrorCount"));
        Assert.Empty(Items(result, "Problems"));
        var view = System.Xml.Linq.XDocument.Load(Path.Combine(TestPaths.ModuleFolder, "DrAudit.Format.ps1xml")).Descendants("View")
            .Single(v => v.Descendants("TypeName").Any(t => t.Value == result!.GetType().FullName));
        Assert.Equal(new[] { "IsValid", "Errors", "Warnings", "Path" }, view.Descendants("Label").Select(l => l.Value));
        // Each column shows one property through ConsoleText.Show (control characters neutralised): [..]::Show($_.Name).
        var columns = view.Descendants("TableColumnItem")
            .Select(i => System.Text.RegularExpressions.Regex.Match(i.Element("ScriptBlock")!.Value, @"^\[DrAudit\.PowerShell\.Formatting\.ConsoleText\]::Show\(\$_\.(\w+)\)$").Groups[1].Value)
            .ToList();
        Assert.Equal(4, columns.Count);
        Assert.All(columns, c => Assert.NotNull(result!.GetType().GetProperty(c)));
    }

    [Fact]
    public void Test_DrClientDefinition_stops_at_the_first_problem_with_ErrorAction_Stop()
    {
        var run = _session.Run("try { Test-DrClientDefinition -Path invalid.yaml -ErrorAction Stop; 'went on' } catch { $_ }");

        var error = Assert.IsType<ErrorRecord>(Assert.Single(run.Output));
        Assert.StartsWith("DrAudit.DefinitionProblem", error.FullyQualifiedErrorId, StringComparison.Ordinal);
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
