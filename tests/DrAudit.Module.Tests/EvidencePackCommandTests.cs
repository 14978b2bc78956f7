using System.Management.Automation;
using DrAudit.Module.Tests.Support;
using static DrAudit.Module.Tests.Support.ScriptRun;

namespace DrAudit.Module.Tests;

[Collection(ModuleCollection.Name)]
public sealed class EvidencePackCommandTests : IClassFixture<ModuleSession>, IDisposable
{
    private readonly ModuleSession _session;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "draudit-module-tests-" + Guid.NewGuid().ToString("N"));

    public EvidencePackCommandTests(ModuleSession session)
    {
        _session = session;
        Directory.CreateDirectory(_root);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Pack(string name) => Path.Combine(_root, name);

    [Fact]
    public void An_audit_piped_into_Export_writes_readiness_and_manifest()
    {
        var pack = Pack("contoso");

        var run = _session.Run("Get-DrReadiness -Client client.yaml | Export-DrEvidencePack -Path $pack", ("pack", pack)).WithoutErrors();

        Assert.Empty(run.Output);
        Assert.True(File.Exists(Path.Combine(pack, "readiness.json")));
        Assert.True(File.Exists(Path.Combine(pack, "manifest.json")));
        Assert.Contains("\"fixture-dental\"", File.ReadAllText(Path.Combine(pack, "readiness.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Audience_and_Redact_choose_what_the_report_shows()
    {
        var client = Pack("client-audience");
        var internalPack = Pack("internal-audience");
        _session.Run("$r = Get-DrReadiness -Client client.yaml; $r | Export-DrEvidencePack -Path $client -Format Html; $r | Export-DrEvidencePack -Path $internal -Format Html -Audience Internal -Redact Hosts",
            ("client", client), ("internal", internalPack)).WithoutErrors();

        var clientHtml = File.ReadAllText(Path.Combine(client, "report.html"));
        var internalHtml = File.ReadAllText(Path.Combine(internalPack, "report.html"));
        Assert.DoesNotContain("class=\"evidence\"", clientHtml);
        Assert.Contains("class=\"evidence\"", internalHtml);
        Assert.Contains("id=\"what-to-fix\"", clientHtml);
    }

    [Fact]
    public void A_relative_path_is_resolved_from_the_PowerShell_location()
    {
        var run = _session.Run(
            "$null = $ExecutionContext.SessionState.Path.SetLocation($root); Get-DrReadiness -Client $client | Export-DrEvidencePack -Path relative-pack",
            ("root", _root), ("client", TestPaths.Fixture("client.yaml"))).WithoutErrors();

        Assert.Empty(run.Output);
        Assert.True(File.Exists(Path.Combine(_root, "relative-pack", "readiness.json")));
    }

    [Fact]
    public void A_second_export_without_Force_is_refused_and_leaves_the_first_pack_untouched()
    {
        var pack = Pack("twice");
        _session.Run("$r = Get-DrReadiness -Client client.yaml; $r | Export-DrEvidencePack -Path $pack", ("pack", pack)).WithoutErrors();
        var marker = Path.Combine(pack, "marker.txt");
        File.WriteAllText(marker, "first pack");
        var firstReadiness = File.ReadAllBytes(Path.Combine(pack, "readiness.json"));
        var firstWritten = File.GetLastWriteTimeUtc(Path.Combine(pack, "manifest.json"));

        var run = _session.Run("Get-DrReadiness -Client client.yaml | Export-DrEvidencePack -Path $pack; 'went on'", ("pack", pack));

        var error = Assert.Single(run.Errors);
        Assert.StartsWith("DrAudit.PackExists", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Equal(ErrorCategory.ResourceExists, error.CategoryInfo.Category);
        Assert.Equal("went on", Assert.Single(run.Output));
        Assert.True(File.Exists(marker));
        Assert.Equal(firstReadiness, File.ReadAllBytes(Path.Combine(pack, "readiness.json")));
        Assert.Equal(firstWritten, File.GetLastWriteTimeUtc(Path.Combine(pack, "manifest.json")));
    }

    [Fact]
    public void Force_replaces_the_pack_and_PassThru_describes_it()
    {
        var pack = Pack("forced");
        _session.Run("Get-DrReadiness -Client client.yaml | Export-DrEvidencePack -Path $pack", ("pack", pack)).WithoutErrors();
        // A marker in a file the pack lists (a file it does not list would be someone's, and refused).
        File.WriteAllText(Path.Combine(pack, "report.html"), "first pack");

        var run = _session.Run("Get-DrReadiness -Client client.yaml | Export-DrEvidencePack -Path $pack -Force -PassThru", ("pack", pack)).WithoutErrors();

        var written = Assert.Single(run.Output);
        Assert.Equal(pack, Property(written, "Path"));
        Assert.Equal(true, Property(written, "Written"));
        Assert.Contains(Items(written, "Files"), f => (string?)Property(f, "Path") == "readiness.json");
        Assert.NotEqual("first pack", File.ReadAllText(Path.Combine(pack, "report.html")));
        Assert.True(File.Exists(Path.Combine(pack, "manifest.json")));
    }

    [Fact]
    public void Force_keeps_an_earlier_pack_someone_added_a_file_to_as_FolderNotReplaceable()
    {
        var pack = Pack("annotated");
        _session.Run("Get-DrReadiness -Client client.yaml | Export-DrEvidencePack -Path $pack", ("pack", pack)).WithoutErrors();
        File.WriteAllText(Path.Combine(pack, "auditor-notes.txt"), "the only copy");

        var run = _session.Run("try { Get-DrReadiness -Client client.yaml | Export-DrEvidencePack -Path $pack -Force; 'went on' } catch { $_ }", ("pack", pack));

        var error = Assert.IsType<ErrorRecord>(Assert.Single(run.Output));
        Assert.StartsWith("DrAudit.FolderNotReplaceable", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("auditor-notes.txt", error.Exception.Message);
        Assert.Equal("the only copy", File.ReadAllText(Path.Combine(pack, "auditor-notes.txt")));
    }

    [Fact]
    public void Force_on_a_folder_that_is_not_a_pack_is_a_terminating_FolderNotReplaceable_error()
    {
        var folder = Pack("documents");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "important.docx"), "the only copy");

        var run = _session.Run("try { Get-DrReadiness -Client client.yaml | Export-DrEvidencePack -Path $pack -Force; 'went on' } catch { $_ }", ("pack", folder));

        var error = Assert.IsType<ErrorRecord>(Assert.Single(run.Output));
        Assert.StartsWith("DrAudit.FolderNotReplaceable", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Equal(folder, error.TargetObject);
        Assert.Contains(folder, error.Exception.Message, StringComparison.Ordinal);
        Assert.Equal("the only copy", File.ReadAllText(Path.Combine(folder, "important.docx")));
    }

    [Fact]
    public void Force_on_the_PowerShell_location_is_refused()
    {
        var pack = Pack("here");
        _session.Run("Get-DrReadiness -Client client.yaml | Export-DrEvidencePack -Path $pack", ("pack", pack)).WithoutErrors();

        var run = _session.Run("$null = $ExecutionContext.SessionState.Path.SetLocation($pack); try { Get-DrReadiness -Client $client | Export-DrEvidencePack -Path . -Force } catch { $_ }",
            ("pack", pack), ("client", TestPaths.Fixture("client.yaml")));

        var error = Assert.IsType<ErrorRecord>(Assert.Single(run.Output));
        Assert.StartsWith("DrAudit.FolderNotReplaceable", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(pack, "manifest.json")));
    }

    [Fact]
    public void By_default_the_pack_holds_the_html_report_and_the_workbook_too()
    {
        var pack = Pack("all-formats");

        _session.Run("Get-DrReadiness -Client client.yaml | Export-DrEvidencePack -Path $pack", ("pack", pack)).WithoutErrors();

        Assert.True(File.Exists(Path.Combine(pack, "readiness.json")));
        Assert.Contains("fixture-dental", File.ReadAllText(Path.Combine(pack, "report.html")), StringComparison.OrdinalIgnoreCase);
        Assert.True(new FileInfo(Path.Combine(pack, "evidence.xlsx")).Length > 1000);
        var manifest = File.ReadAllText(Path.Combine(pack, "manifest.json"));
        Assert.Contains("report.html", manifest, StringComparison.Ordinal);
        Assert.Contains("evidence.xlsx", manifest, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_only_with_branding_parameters_writes_a_branded_report()
    {
        var pack = Pack("branded");

        _session.Run("Get-DrReadiness -Client client.yaml | Export-DrEvidencePack -Path $pack -Format Html -MspName 'Acme <MSP>' -AccentColor '#0b6e4f'",
            ("pack", pack)).WithoutErrors();

        Assert.False(File.Exists(Path.Combine(pack, "readiness.json")));
        Assert.False(File.Exists(Path.Combine(pack, "evidence.xlsx")));
        var html = File.ReadAllText(Path.Combine(pack, "report.html"));
        Assert.Contains("Acme &lt;MSP&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Acme <MSP>", html, StringComparison.Ordinal);
        Assert.Contains("#0b6e4f", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_missing_branding_file_is_a_BrandingInvalid_error_and_writes_nothing()
    {
        var pack = Pack("bad-branding");

        var run = _session.Run("Get-DrReadiness -Client client.yaml | Export-DrEvidencePack -Path $pack -LogoPath ./no-such-logo.png", ("pack", pack));

        var error = Assert.Single(run.Errors);
        Assert.StartsWith("DrAudit.BrandingInvalid", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
        Assert.False(Directory.Exists(pack));
    }

    [Fact]
    public void Test_DrEvidencePack_finds_a_changed_a_missing_and_an_added_file()
    {
        var pack = Pack("verified");
        _session.Run("Get-DrReadiness -Client client.yaml | Export-DrEvidencePack -Path $pack", ("pack", pack)).WithoutErrors();

        var intact = Assert.Single(_session.Run("Test-DrEvidencePack -Path $pack", ("pack", pack)).WithoutErrors().Output);
        Assert.Equal(true, Property(intact, "Intact"));
        Assert.Equal(true, Assert.Single(_session.Run("Test-DrEvidencePack -Path $pack -Quiet", ("pack", pack)).WithoutErrors().Output));

        File.AppendAllText(Path.Combine(pack, "readiness.json"), " ");
        File.Delete(Path.Combine(pack, "evidence.xlsx"));
        File.WriteAllText(Path.Combine(pack, "extra.txt"), "added later");
        var broken = Assert.Single(_session.Run("Test-DrEvidencePack -Path $pack", ("pack", pack)).WithoutErrors().Output);

        Assert.Equal(false, Property(broken, "Intact"));
        var states = Items(broken, "Problems").ToDictionary(f => (string)Property(f, "Path")!, f => Property(f, "State")!.ToString());
        Assert.Equal("Changed", states["readiness.json"]);
        Assert.Equal("Missing", states["evidence.xlsx"]);
        Assert.Equal("Added", states["extra.txt"]);
        Assert.Equal(3, states.Count);
        Assert.Equal(false, Assert.Single(_session.Run("Test-DrEvidencePack -Path $pack -Quiet", ("pack", pack)).WithoutErrors().Output));
    }

    [Fact]
    public void Test_DrEvidencePack_on_a_folder_that_is_not_a_pack_is_a_PackUnreadable_error()
    {
        var folder = Pack("not-a-pack");
        Directory.CreateDirectory(folder);

        var run = _session.Run("Test-DrEvidencePack -Path $folder", ("folder", folder));

        var error = Assert.Single(run.Errors);
        Assert.StartsWith("DrAudit.PackUnreadable", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void A_pack_path_that_is_a_file_is_a_PackWriteFailed_error()
    {
        var pack = Pack("a-file");
        File.WriteAllText(pack, "not a folder");

        var run = _session.Run("Get-DrReadiness -Client client.yaml | Export-DrEvidencePack -Path $pack -Force", ("pack", pack));

        var error = Assert.Single(run.Errors);
        Assert.StartsWith("DrAudit.PackWriteFailed", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Equal(ErrorCategory.WriteError, error.CategoryInfo.Category);
        Assert.Equal("not a folder", File.ReadAllText(pack));
    }
}
