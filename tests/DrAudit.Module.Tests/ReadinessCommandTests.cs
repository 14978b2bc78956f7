using System.Management.Automation;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DrAudit.Module.Tests.Support;
using static DrAudit.Module.Tests.Support.ScriptRun;

namespace DrAudit.Module.Tests;

[Collection(ModuleCollection.Name)]
public sealed class ReadinessCommandTests : IClassFixture<ModuleSession>
{
    private readonly ModuleSession _session;

    public ReadinessCommandTests(ModuleSession session)
    {
        _session = session;
    }

    [Fact]
    public void Audits_a_client_given_by_a_path_relative_to_the_PowerShell_location()
    {
        var run = _session.Run("Get-DrReadiness -Client client.yaml").WithoutErrors();

        var result = Assert.Single(run.Output);
        Assert.Equal("DrAudit.Core.Model.Result.ReadinessResult", result!.GetType().FullName);
        Assert.Equal("fixture-dental", Property(result, "Client", "Id"));
        Assert.Equal("Fixture Dental", Property(result, "Client", "Name"));
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), Property(result, "AsOf"));
        Assert.Equal(2, Property(result, "DrReadiness", "ServicesTotal"));
        Assert.Equal(new[] { "practice-management", "email" }, Items(result, "Services").Select(s => Property(s, "Id")));
        var source = Assert.Single(Items(result, "Sources"));
        Assert.Equal("Ok", Property(source, "Status")!.ToString());
        var level = (int)Property(result, "EssentialEight", "MaturityLevel")!;
        Assert.InRange(level, 0, 3);
        // email has no documented restoreOrder, so DR-09 is a finding for it (docs/rules.md DR-09).
        Assert.Contains(Items(result, "Findings"), f => (string?)Property(f, "Key") == "DR-09/email");
    }

    [Fact]
    public void Takes_clients_from_the_pipeline_by_value_and_by_property_name()
    {
        var run = _session.Run(
            "'client.yaml' | Get-DrReadiness; [pscustomobject]@{ FullName = [System.IO.Path]::Combine($PWD.Path, 'client.yaml') } | Get-DrReadiness").WithoutErrors();

        Assert.Equal(2, run.Output.Count);
        Assert.All(run.Output, r => Assert.Equal("fixture-dental", Property(r, "Client", "Id")));
    }

    [Fact]
    public void AsOf_overrides_the_definition_and_reads_a_bare_date_as_utc()
    {
        var run = _session.Run("Get-DrReadiness -Client client.yaml -AsOf 2026-10-01").WithoutErrors();

        Assert.Equal(new DateTimeOffset(2026, 10, 1, 0, 0, 0, TimeSpan.Zero), Property(Assert.Single(run.Output), "AsOf"));
    }

    [Fact]
    public void Reports_progress_and_verbose_messages_through_the_cmdlet()
    {
        var run = _session.Run("Get-DrReadiness -Client client.yaml -Verbose").WithoutErrors();

        Assert.NotEmpty(run.Progress);
        Assert.Contains(run.Progress, p => p.RecordType == ProgressRecordType.Processing);
        Assert.Contains(run.Progress, p => p.RecordType == ProgressRecordType.Completed);
        Assert.Contains(run.Verbose, v => v.Contains("fixture-dental", StringComparison.Ordinal));
    }

    [Fact]
    public void An_invalid_definition_is_a_terminating_error_naming_line_and_column()
    {
        var run = _session.Run("try { Get-DrReadiness -Client invalid.yaml; 'went on' } catch { $_ }");

        var error = Assert.IsType<ErrorRecord>(Assert.Single(run.Output));
        Assert.StartsWith("DrAudit.InvalidClientDefinition", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
        Assert.Contains("invalid.yaml:9:5", error.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("Test-DrClientDefinition", error.ErrorDetails.RecommendedAction, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_an_error_and_the_other_clients_are_still_audited()
    {
        var run = _session.Run("Get-DrReadiness -Client no-such-client.yaml, client.yaml");

        var error = Assert.Single(run.Errors);
        Assert.StartsWith("DrAudit.ClientDefinitionNotFound", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("fixture-dental", Property(Assert.Single(run.Output), "Client", "Id"));
    }

    [Fact]
    public void AllowPrompt_lets_an_m365_source_with_no_credential_sign_in_by_device_code()
    {
        var folder = Path.Combine(Path.GetTempPath(), "draudit-prompt-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var client = Path.Combine(folder, "client.yaml");
        File.WriteAllText(client, @"apiVersion: draudit/v1
client: { id: prompt-test, name: Prompt Test }
asOf: 2026-11-01T00:00:00Z
services:
  - { id: email, name: Email, tier: important, components: [mail] }
components:
  - { id: mail, name: Mailboxes, kind: saas, backup: { match: [ { source: m365, object: '*@contoso.com' } ] } }
sources:
  - { id: m365, type: m365, tenantId: 'not a tenant', clientId: 66666666-7777-8888-9999-000000000000, endpoint: 'https://127.0.0.1:9' }
");
        try
        {
            string Error(string command)
            {
                var result = Assert.Single(_session.Run(command, ("client", client)).WithoutErrors().Output);
                var source = Assert.Single(Items(result, "Sources"));
                Assert.Equal("Failed", Property(source, "Status")!.ToString());
                return (string)Property(source, "Error")!;
            }

            // Unattended (the default): nothing prompts, the source fails saying so.
            Assert.Contains("prompting is not allowed", Error("Get-DrReadiness -Client $client"), StringComparison.Ordinal);
            // -AllowPrompt: the collector builds the device-code credential (the only one this source can have), which
            // rejects the tenant id before any network call.
            var prompted = Error("Get-DrReadiness -Client $client -AllowPrompt");
            Assert.DoesNotContain("prompting is not allowed", prompted, StringComparison.Ordinal);
            Assert.StartsWith("cannot sign in to Microsoft Graph: Azure.Identity refused the source's sign-in settings", prompted, StringComparison.Ordinal);
            Assert.Contains("tenant", prompted, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
