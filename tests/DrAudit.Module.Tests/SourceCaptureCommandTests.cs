using System.Management.Automation;
using System.Net;
using System.Net.Sockets;
using DrAudit.Module.Tests.Support;
using static DrAudit.Module.Tests.Support.ScriptRun;

namespace DrAudit.Module.Tests;

/// <summary>Save-DrSourceCapture and the credential parameters of Get-DrReadiness, through the built module.
/// (Reading a live Veeam server is covered against the simulator in DrAudit.Core.Tests.)</summary>
[Collection(ModuleCollection.Name)]
public sealed class SourceCaptureCommandTests : IClassFixture<ModuleSession>
{
    private const string Password = "Mod-Pa55word!7f3c91";
    private readonly ModuleSession _session;

    public SourceCaptureCommandTests(ModuleSession session)
    {
        _session = session;
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    /// <summary>A client whose veeam source points at a port nobody listens on, and an inventory source.</summary>
    private static string Client() => VeeamTestClient.Folder(ClosedPort(), "DRAUDIT_MODULE_TEST_UNSET_U", "DRAUDIT_MODULE_TEST_UNSET_P");

    private static PSCredential Cred()
    {
        var secure = new System.Security.SecureString();
        foreach (var c in Password) secure.AppendChar(c);
        return new PSCredential("CONTOSO\\svc-draudit", secure);
    }

    [Fact]
    public void Get_DrReadiness_passes_the_credential_to_the_source_and_never_shows_the_password()
    {
        var folder = Client();

        var run = _session.Run("Get-DrReadiness -Client $client -Credential $cred -Verbose",
            ("folder", folder), ("client", Path.Combine(folder, "client.yaml")), ("cred", Cred())).WithoutErrors();

        var result = Assert.Single(run.Output);
        var veeam = Items(result, "Sources").Single(s => (string?)Property(s, "Id") == "veeam-main");
        Assert.Equal("Failed", Property(veeam, "Status")!.ToString());
        var error = (string)Property(veeam, "Error")!;
        // The credential was found (no "no credential" failure): the source failed reaching the server instead. How it
        // fails to reach a closed port on a loaded machine (refused, or no answer in time) is not this test's point.
        Assert.DoesNotContain("no credential", error, StringComparison.Ordinal);
        Assert.StartsWith("Veeam source 'veeam-main'", error, StringComparison.Ordinal);
        Assert.Equal("Ok", Property(Items(result, "Sources").Single(s => (string?)Property(s, "Id") == "export"), "Status")!.ToString());
        Assert.DoesNotContain(Password, error, StringComparison.Ordinal);
        Assert.All(run.Verbose, v => Assert.DoesNotContain(Password, v, StringComparison.Ordinal));
    }

    [Fact]
    public void Without_a_credential_the_source_says_which_environment_variables_to_set()
    {
        var folder = Client();

        var run = _session.Run("Get-DrReadiness -Client $client", ("folder", folder), ("client", Path.Combine(folder, "client.yaml"))).WithoutErrors();

        var veeam = Items(Assert.Single(run.Output), "Sources").Single(s => (string?)Property(s, "Id") == "veeam-main");
        Assert.Contains("DRAUDIT_MODULE_TEST_UNSET_U", (string)Property(veeam, "Error")!, StringComparison.Ordinal);
    }

    [Fact]
    public void SourceCredential_wins_for_the_source_it_names()
    {
        var folder = Client();

        var run = _session.Run("Get-DrReadiness -Client $client -SourceCredential @{ 'veeam-main' = $cred }",
            ("folder", folder), ("client", Path.Combine(folder, "client.yaml")), ("cred", Cred())).WithoutErrors();

        var veeam = Items(Assert.Single(run.Output), "Sources").Single(s => (string?)Property(s, "Id") == "veeam-main");
        Assert.Contains("cannot connect", (string)Property(veeam, "Error")!, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_that_cannot_be_read_is_an_error_and_leaves_no_folder()
    {
        var folder = Client();
        var target = Path.Combine(folder, "capture");

        var run = _session.Run("Save-DrSourceCapture -Client $client -Source veeam-main -Path $target -Credential $cred",
            ("folder", folder), ("client", Path.Combine(folder, "client.yaml")), ("target", target), ("cred", Cred()));

        var error = Assert.Single(run.Errors);
        Assert.StartsWith("DrAudit.SourceCollectionFailed", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("cannot connect", error.Exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, error.Exception.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(target));
        Assert.Empty(Directory.GetDirectories(folder));
    }

    [Fact]
    public void An_existing_folder_is_not_replaced_without_Force()
    {
        var folder = Client();
        var target = Path.Combine(folder, "existing");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "keep.txt"), "keep");

        var run = _session.Run("try { Save-DrSourceCapture -Client $client -Source veeam-main -Path $target } catch { $_ }",
            ("folder", folder), ("client", Path.Combine(folder, "client.yaml")), ("target", target));

        var error = Assert.IsType<ErrorRecord>(Assert.Single(run.Output));
        Assert.StartsWith("DrAudit.CaptureExists", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Equal(ErrorCategory.ResourceExists, error.CategoryInfo.Category);
        Assert.Equal("keep", File.ReadAllText(Path.Combine(target, "keep.txt")));
    }

    [Fact]
    public void Force_does_not_replace_a_folder_that_is_not_a_capture()
    {
        var folder = Client();
        var target = Path.Combine(folder, "existing");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "keep.txt"), "keep");

        var run = _session.Run("try { Save-DrSourceCapture -Client $client -Source veeam-main -Path $target -Force } catch { $_ }",
            ("folder", folder), ("client", Path.Combine(folder, "client.yaml")), ("target", target));

        var error = Assert.IsType<ErrorRecord>(Assert.Single(run.Output));
        Assert.StartsWith("DrAudit.FolderNotReplaceable", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("not a DrAudit source capture", error.Exception.Message, StringComparison.Ordinal);
        Assert.Equal("keep", File.ReadAllText(Path.Combine(target, "keep.txt")));
    }

    [Fact]
    public void Force_does_not_replace_the_folder_holding_the_client_definition()
    {
        var folder = Client();

        var run = _session.Run("try { Save-DrSourceCapture -Client $client -Source veeam-main -Path $folder -Force } catch { $_ }",
            ("folder", folder), ("client", Path.Combine(folder, "client.yaml")));

        var error = Assert.IsType<ErrorRecord>(Assert.Single(run.Output));
        Assert.StartsWith("DrAudit.FolderNotReplaceable", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "client.yaml")));
    }

    [Fact]
    public void WhatIf_connects_to_nothing_and_writes_nothing()
    {
        var folder = Client();
        var target = Path.Combine(folder, "capture");

        var run = _session.Run("Save-DrSourceCapture -Client $client -Source veeam-main -Path $target -WhatIf",
            ("folder", folder), ("client", Path.Combine(folder, "client.yaml")), ("target", target)).WithoutErrors();

        Assert.Empty(run.Output);
        Assert.False(Directory.Exists(target));
    }

    [Theory]
    [InlineData("nope", "DrAudit.SourceNotFound")]
    [InlineData("export", "DrAudit.CaptureNotSupported")]
    public void Only_a_live_veeam_source_of_the_definition_can_be_captured(string source, string errorId)
    {
        var folder = Client();

        var run = _session.Run("try { Save-DrSourceCapture -Client $client -Source $source -Path $target } catch { $_ }",
            ("folder", folder), ("client", Path.Combine(folder, "client.yaml")), ("source", source), ("target", Path.Combine(folder, "c")));

        var error = Assert.IsType<ErrorRecord>(Assert.Single(run.Output));
        Assert.StartsWith(errorId, error.FullyQualifiedErrorId, StringComparison.Ordinal);
    }

    [Fact]
    public void Save_DrSourceCapture_is_exported_with_help()
    {
        var run = _session.Run(
            "$help = Get-Help -Name Save-DrSourceCapture -Full; $help.Synopsis; @($help.examples.example).Count; (Get-Command Save-DrSourceCapture).Parameters.ContainsKey('WhatIf')").WithoutErrors();

        Assert.StartsWith("Saves the responses of a live backup source", (string)run.Output[0]!, StringComparison.Ordinal);
        Assert.True((int)run.Output[1]! >= 2, "Save-DrSourceCapture has fewer than two examples.");
        Assert.True((bool)run.Output[2]!);
    }
}
