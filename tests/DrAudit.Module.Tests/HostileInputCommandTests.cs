using System.Management.Automation;
using DrAudit.Module.Tests.Support;

namespace DrAudit.Module.Tests;

/// <summary>Out-of-range times and limits given to the cmdlets are refused at binding, before anything is read or collected.</summary>
[Collection(ModuleCollection.Name)]
public sealed class HostileInputCommandTests : IClassFixture<ModuleSession>
{
    private readonly ModuleSession _session;

    public HostileInputCommandTests(ModuleSession session)
    {
        _session = session;
    }

    [Theory]
    [InlineData("Get-DrReadiness -Client client.yaml -AsOf 0001-01-01", "AsOf", "between 2000-01-01 and 2100-12-31")]
    [InlineData("Get-DrReadiness -Client client.yaml -AsOf ([datetime]'9999-12-31')", "AsOf", "between 2000-01-01 and 2100-12-31")]
    [InlineData("Get-DrReadiness -Client client.yaml -SourceDeadline ([timespan]::FromDays(2))", "SourceDeadline", "at most 24 hours")]
    [InlineData("Get-DrReadiness -Client client.yaml -RequestTimeout ([timespan]::Zero)", "RequestTimeout", "longer than zero")]
    public void Out_of_range_values_are_refused_when_the_parameter_is_bound(string script, string parameter, string message)
    {
        var run = _session.Run("try { " + script + "; 'went on' } catch { $_ }");

        var error = Assert.IsType<ErrorRecord>(Assert.Single(run.Output));
        Assert.IsAssignableFrom<ParameterBindingException>(error.Exception);
        Assert.Contains(parameter, error.Exception.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deadline_within_bounds_is_accepted_and_the_audit_runs()
    {
        var run = _session.Run("Get-DrReadiness -Client client.yaml -SourceDeadline ([timespan]::FromMinutes(5)) -RequestTimeout ([timespan]::FromSeconds(30))").WithoutErrors();

        Assert.Equal("fixture-dental", ScriptRun.Property(Assert.Single(run.Output), "Client", "Id"));
    }
}
