using System.Management.Automation;
using DrAudit.Module.Tests.Support;
using static DrAudit.Module.Tests.Support.ScriptRun;

namespace DrAudit.Module.Tests;

/// <summary>Wildcards, client folders and pipeline input (strings, FileInfo, DirectoryInfo, DrAudit's own results) on every
/// cmdlet that takes a client definition or an evidence pack. (The hosted engine has no Get-ChildItem: FileInfo and
/// DirectoryInfo objects are made directly, as Get-ChildItem writes them.)</summary>
[Collection(ModuleCollection.Name)]
public sealed class PathInputTests : IClassFixture<ModuleSession>, IDisposable
{
    private readonly ModuleSession _session;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "draudit-path-tests-" + Guid.NewGuid().ToString("N"));

    public PathInputTests(ModuleSession session)
    {
        _session = session;
        foreach (var client in new[] { "alpha", "beta" })
        {
            var folder = Path.Combine(Clients, client);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "client.yaml"),
                File.ReadAllText(TestPaths.Fixture("client.yaml")).Replace("id: fixture-dental", "id: " + client, StringComparison.Ordinal));
            File.Copy(TestPaths.Fixture("inventory.json"), Path.Combine(folder, "inventory.json"));
        }
        Directory.CreateDirectory(Path.Combine(Clients, "empty"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Clients => Path.Combine(_root, "clients");

    private ScriptRun Run(string script) => _session.Run(script, ("clients", Clients), ("root", _root));

    private static IEnumerable<string?> ClientIds(ScriptRun run) => run.Output.Select(r => (string?)Property(r, "Client", "Id"));

    [Fact]
    public void A_wildcard_client_path_audits_every_match()
    {
        var run = Run("Get-DrReadiness -Client \"$clients/*/client.yaml\"").WithoutErrors();

        Assert.Equal(new[] { "alpha", "beta" }, ClientIds(run));
    }

    [Fact]
    public void A_client_folder_means_the_client_yaml_inside_it()
    {
        var run = Run("Get-DrReadiness -Client \"$clients/beta\"").WithoutErrors();

        Assert.Equal(new[] { "beta" }, ClientIds(run));
    }

    [Fact]
    public void A_folder_without_client_yaml_and_a_wildcard_matching_nothing_are_not_found_errors()
    {
        var run = Run("Get-DrReadiness -Client \"$clients/empty\", \"$clients/nothing-*/client.yaml\", \"$clients/alpha\"");

        Assert.Equal(new[] { "alpha" }, ClientIds(run));
        Assert.Equal(2, run.Errors.Count);
        Assert.All(run.Errors, e => Assert.StartsWith("DrAudit.ClientDefinitionNotFound", e.FullyQualifiedErrorId, StringComparison.Ordinal));
        Assert.Contains("has no client.yaml", run.Errors[0].Exception.Message, StringComparison.Ordinal);
        Assert.Contains("nothing-*", run.Errors[1].Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Directories_and_files_piped_from_Get_ChildItem_bind_to_every_client_cmdlet()
    {
        var readiness = Run("([System.IO.DirectoryInfo]$clients).GetDirectories() | Where-Object Name -ne empty | Get-DrReadiness").WithoutErrors();
        var files = Run("([System.IO.DirectoryInfo]$clients).GetFiles('client.yaml', 'AllDirectories') | Get-DrReadiness").WithoutErrors();
        var tested = Run("([System.IO.DirectoryInfo]$clients).GetFiles('client.yaml', 'AllDirectories') | Test-DrClientDefinition").WithoutErrors();
        var order = Run("[System.IO.DirectoryInfo]\"$clients/alpha\" | Get-DrRestoreOrder -Service email").WithoutErrors();
        var orderFromString = Run("\"$clients/alpha/client.yaml\" | Get-DrRestoreOrder -Service email").WithoutErrors();
        var capture = Run("try { [System.IO.DirectoryInfo]\"$clients/alpha\" | Save-DrSourceCapture -Source no-such-source -Path \"$root/capture\" } catch { $_ }");

        Assert.Equal(new[] { "alpha", "beta" }, ClientIds(readiness).Order());
        Assert.Equal(new[] { "alpha", "beta" }, ClientIds(files).Order());
        Assert.Equal(2, tested.Output.Count);
        Assert.All(tested.Output, r => Assert.Equal(true, Property(r, "IsValid")));
        Assert.Equal(new[] { "entra-id", "mailboxes" }, order.Output.Select(s => (string)Property(s, "ComponentId")!));
        Assert.Equal(2, orderFromString.Output.Count);
        // Bound and read: the error is about the source, not the input.
        var error = Assert.IsType<ErrorRecord>(Assert.Single(capture.Output));
        Assert.StartsWith("DrAudit.SourceNotFound", error.FullyQualifiedErrorId, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_DrClientDefinition_results_pipe_into_Get_DrRestoreOrder()
    {
        var order = Run("Test-DrClientDefinition -Path \"$clients/*\" -WarningAction SilentlyContinue -ErrorAction SilentlyContinue | Where-Object IsValid | Get-DrRestoreOrder -Service email").WithoutErrors();

        Assert.Equal(4, order.Output.Count);
    }

    [Fact]
    public void Pack_paths_take_wildcards_folders_and_DrAudits_own_results()
    {
        Run("foreach ($c in 'alpha', 'beta') { Get-DrReadiness -Client \"$clients/$c\" | Export-DrEvidencePack -Path \"$root/packs/$c\" }").WithoutErrors();

        var wildcard = Run("Test-DrEvidencePack -Path \"$root/packs/*\"").WithoutErrors();
        var folders = Run("([System.IO.DirectoryInfo]\"$root/packs\").GetDirectories() | Test-DrEvidencePack -Quiet").WithoutErrors();
        var passThru = Run("Get-DrReadiness -Client \"$clients/alpha\" | Export-DrEvidencePack -Path \"$root/packs2/alpha\" -PassThru | Test-DrEvidencePack").WithoutErrors();
        var compared = Run("Compare-DrReadiness -Reference \"$root/packs/al*\" -Difference ([System.IO.DirectoryInfo]\"$root/packs/beta\")");
        var verified = Run("Compare-DrReadiness -Reference (Test-DrEvidencePack \"$root/packs/alpha\") -Difference \"$root/packs/alpha\"").WithoutErrors();
        var ambiguous = Run("Compare-DrReadiness -Reference \"$root/packs/*\" -Difference \"$root/packs/alpha\"");
        var none = Run("Test-DrEvidencePack -Path \"$root/packs/zzz*\"");

        Assert.Equal(2, wildcard.Output.Count);
        Assert.All(wildcard.Output, v => Assert.Equal(true, Property(v, "Intact")));
        Assert.Equal(new object?[] { true, true }, folders.Output);
        Assert.Equal(true, Property(Assert.Single(passThru.Output), "Intact"));
        // Both sides were read; different clients cannot be compared, which is the comparer's own error.
        Assert.StartsWith("DrAudit.ComparisonFailed", Assert.Single(compared.Errors).FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Single(verified.Output);
        Assert.StartsWith("DrAudit.PathAmbiguous", Assert.Single(ambiguous.Errors).FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.StartsWith("DrAudit.PackNotFound", Assert.Single(none.Errors).FullyQualifiedErrorId, StringComparison.Ordinal);
    }
}
