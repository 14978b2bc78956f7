using System.Management.Automation;
using DrAudit.Module.Tests.Support;
using static DrAudit.Module.Tests.Support.ScriptRun;

namespace DrAudit.Module.Tests;

/// <summary>New-DrClientDefinition through the built module: the draft from the sample's captures loads (Test-DrClientDefinition
/// says valid), relative sources resolve against the PowerShell location, -WhatIf writes nothing, an existing file needs
/// -Force, a bad source is DrAudit.SourceInvalid, and -Client takes an existing definition's sources without touching it.
/// (What the draft contains is covered in DrAudit.Core.Tests/Onboarding.)</summary>
[Collection(ModuleCollection.Name)]
public sealed class NewClientDefinitionCommandTests : IClassFixture<ModuleSession>
{
    private readonly ModuleSession _session;

    public NewClientDefinitionCommandTests(ModuleSession session)
    {
        _session = session;
    }

    private static string Sample => Path.Combine(TestPaths.RepoRoot, "samples", "contoso-dental");

    private static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "draudit-newdef-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    [Fact]
    public void The_draft_from_the_sample_captures_is_a_valid_definition()
    {
        var folder = NewFolder();
        var path = Path.Combine(folder, "contoso-dental", "client.yaml");

        var run = _session.Run(
            "$here = $ExecutionContext.SessionState.Path.CurrentLocation.Path; $null = $ExecutionContext.SessionState.Path.SetLocation($sample); try { New-DrClientDefinition -Source 'type=veeam,id=veeam-main,capture=./veeam-capture', @{ type = 'm365'; id = 'm365-backup'; capture = './m365-capture' } " +
            "-Path $path -Name 'Contoso Dental Group' -AsOf 2026-11-01 -Verbose } finally { $null = $ExecutionContext.SessionState.Path.SetLocation($here) }; Test-DrClientDefinition -Path $path",
            ("sample", Sample), ("path", path)).WithoutErrors();

        Assert.Equal(2, run.Output.Count);
        var file = Assert.IsType<FileInfo>(run.Output[0]);
        Assert.Equal(path, file.FullName);
        Assert.True((bool)Property(run.Output[1], "IsValid")!);
        Assert.Contains(run.Verbose, v => v.StartsWith("Drafted 10 component(s) from 2 source(s); 5 workload(s)", StringComparison.Ordinal));
        var text = File.ReadAllText(path);
        Assert.Contains("  id: contoso-dental\n", text);
        // Capture paths are written relative to the draft's own folder: they must lead back to the sample's capture.
        var capture = System.Text.RegularExpressions.Regex.Match(text, "(?m)^    capture: \"([^\"]+veeam-capture)\"$").Groups[1].Value;
        Assert.NotEqual("", capture);
        Assert.Equal(Path.GetFullPath(Path.Combine(Sample, "veeam-capture")), Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, capture)));
    }

    [Fact]
    public void WhatIf_writes_nothing()
    {
        var folder = NewFolder();
        var path = Path.Combine(folder, "drafts", "client.yaml");

        var run = _session.Run("New-DrClientDefinition -Client $client -Path $path -WhatIf",
            ("client", Path.Combine(Sample, "client.yaml")), ("path", path)).WithoutErrors();

        Assert.Empty(run.Output);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder));
    }

    [Fact]
    public void An_existing_file_needs_Force_and_the_existing_definition_is_never_overwritten()
    {
        var folder = NewFolder();
        var path = Path.Combine(folder, "client.yaml");
        File.WriteAllText(path, "apiVersion: draudit/v1\n");
        var sampleDefinition = Path.Combine(Sample, "client.yaml");
        var before = File.ReadAllText(sampleDefinition);

        var refused = _session.Run("New-DrClientDefinition -Client $client -Path $path", ("client", sampleDefinition), ("path", path));
        var overSample = _session.Run("New-DrClientDefinition -Client $client -Path $client -Force", ("client", sampleDefinition));
        var forced = _session.Run("New-DrClientDefinition -Client $client -Path $path -Force", ("client", sampleDefinition), ("path", path)).WithoutErrors();

        Assert.StartsWith("DrAudit.DefinitionExists", Assert.Single(refused.Errors).FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Equal(ErrorCategory.ResourceExists, refused.Errors[0].CategoryInfo.Category);
        Assert.StartsWith("DrAudit.SourceInvalid", Assert.Single(overSample.Errors).FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(sampleDefinition));
        Assert.IsType<FileInfo>(Assert.Single(forced.Output));
        Assert.StartsWith("# DRAFT client definition", File.ReadAllText(path));
    }

    [Fact]
    public void Force_on_a_file_that_is_not_a_client_definition_is_SourceInvalid_and_keeps_the_file()
    {
        var path = Path.Combine(NewFolder(), "report.docx");
        File.WriteAllText(path, "the only copy");

        var refused = _session.Run("New-DrClientDefinition -Client $client -Path $path -Force",
            ("client", Path.Combine(Sample, "client.yaml")), ("path", path));

        Assert.StartsWith("DrAudit.SourceInvalid", Assert.Single(refused.Errors).FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("not a DrAudit client definition", refused.Errors[0].Exception.Message);
        Assert.Equal("the only copy", File.ReadAllText(path));
    }

    [Theory]
    [InlineData("'type=veeam,password=Hunter2-Secret'")]
    [InlineData("'type=veeam,url=https://admin:Hunter2-Secret@vbr01:9419'")]
    [InlineData("@{ type = 'datto'; path = './x.json' }")]
    public void A_bad_source_is_SourceInvalid_and_no_secret_is_shown(string source)
    {
        var folder = NewFolder();
        var path = Path.Combine(folder, "client.yaml");

        var run = _session.Run("New-DrClientDefinition -Source " + source + " -Path $path", ("path", path));

        var error = Assert.Single(run.Errors);
        Assert.StartsWith("DrAudit.SourceInvalid", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.DoesNotContain("Hunter2", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }
}
