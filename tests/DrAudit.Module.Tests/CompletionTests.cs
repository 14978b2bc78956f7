using System.Management.Automation;
using DrAudit.Module.Tests.Support;

namespace DrAudit.Module.Tests;

/// <summary>Tab completion as a user gets it: TabExpansion2 (CommandCompletion.CompleteInput) in the hosted engine.</summary>
[Collection(ModuleCollection.Name)]
public sealed class CompletionTests : IClassFixture<ModuleSession>, IDisposable
{
    private readonly ModuleSession _session;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "draudit-completion-tests-" + Guid.NewGuid().ToString("N"));

    public CompletionTests(ModuleSession session)
    {
        _session = session;
        Directory.CreateDirectory(_root);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>What TAB offers at the end of <paramref name="line"/>.</summary>
    private IReadOnlyList<string> Complete(string line)
    {
        var run = _session.Run("(TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText", ("line", line)).WithoutErrors();
        return run.Output.Cast<string>().ToList();
    }

    [Fact]
    public void Control_ids_complete_from_the_catalogue()
    {
        Assert.Equal(Enumerable.Range(1, 9).Select(i => $"E8-RB-0{i}"), Complete("Get-DrControl -Id E8-RB-0"));
        Assert.Equal(new[] { "DR-10", "DR-11", "DR-12", "DR-13", "DR-14", "DR-15", "DR-16" }, Complete("Get-DrControl -Id dr-1"));
        Assert.Equal(27, Complete("Get-DrControl -Id ").Count);
    }

    [Fact]
    public void Service_ids_complete_from_the_bound_client_file()
    {
        Assert.Equal(new[] { "practice-management", "email" }, Complete("Get-DrRestoreOrder -Client client.yaml -Service "));
        Assert.Equal(new[] { "email" }, Complete("Get-DrRestoreOrder -Client ./client.yaml -Service EM"));
        Assert.Equal(new[] { "practice-management" }, Complete("Get-DrRestoreOrder client.yaml p"));
    }

    [Fact]
    public void Service_ids_complete_from_a_client_folder()
    {
        Assert.Equal(new[] { "practice-management", "email" }, Complete($"Get-DrRestoreOrder -Client '{TestPaths.Fixtures}' -Service "));
    }

    [Fact]
    public void Service_ids_complete_to_nothing_without_a_loadable_client()
    {
        Assert.DoesNotContain("email", Complete("Get-DrRestoreOrder -Service "));
        Assert.DoesNotContain("email", Complete("Get-DrRestoreOrder -Client invalid.yaml -Service "));
        Assert.DoesNotContain("email", Complete("Get-DrRestoreOrder -Client no-such.yaml -Service "));
    }

    [Fact]
    public void Capture_sources_complete_with_only_the_live_veeam_and_m365_sources()
    {
        var client = Path.Combine(_root, "client.yaml");
        File.Copy(TestPaths.Fixture("inventory.json"), Path.Combine(_root, "inventory.json"));
        File.WriteAllText(client, File.ReadAllText(TestPaths.Fixture("client.yaml")).Replace("sources:\n", """
            sources:
              - id: vbr-live
                type: veeam
                url: https://vbr01.example.test:9419
              - id: vbr-copy
                type: veeam
                capture: ./capture
              - id: m365-live
                type: m365
                tenantId: 8f3c2b6e-5d14-4a7b-9c21-6e0d4f7a2b19
                clientId: c41e7a90-2b3d-4f58-8e6a-1d9b0c5f3e27

            """.Replace("\r\n", "\n"), StringComparison.Ordinal));
        _session.Run("Test-DrClientDefinition -Path $client -ErrorAction Stop", ("client", client)).WithoutErrors();

        Assert.Equal(new[] { "vbr-live", "m365-live" }, Complete($"Save-DrSourceCapture -Client '{client}' -Source "));
        Assert.Equal(new[] { "m365-live" }, Complete($"Save-DrSourceCapture '{client}' m"));
    }

    [Theory]
    [InlineData("Export-DrEvidencePack -Format ")]
    [InlineData("Invoke-DrAudit -Format ")]
    public void Formats_complete(string line)
    {
        Assert.Equal(new[] { "Excel", "Html", "Json" }, Complete(line).Order());
    }
}
