using System.IO.Compression;
using System.Management.Automation;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using DrAudit.Module.Tests.Support;

namespace DrAudit.Module.Tests;

/// <summary>
/// The module package (DrAudit.&lt;version&gt;.nupkg) as PowerShell Gallery and PSResourceGet take it: the module at the
/// package root, metadata from the manifest, one version everywhere. The test project's build packs it and unpacks it
/// as Install-PSResource does; every module test imports it from there (TestPaths.ModuleFolder).
/// </summary>
[Collection(ModuleCollection.Name)]
public sealed class ModulePackageTests : IClassFixture<ModuleSession>, IDisposable
{
    private static readonly XNamespace Nuspec = "http://schemas.microsoft.com/packaging/2011/08/nuspec.xsd";
    private readonly ModuleSession _session;
    private readonly string _temp = Directory.CreateTempSubdirectory("draudit-module-package-").FullName;

    public ModulePackageTests(ModuleSession session)
    {
        _session = session;
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static string SampleClient => Path.Combine(TestPaths.RepoRoot, "samples", "contoso-dental", "client.yaml");

    [Fact]
    public void The_package_root_is_the_module_folder_with_no_lib_folder_and_no_dependencies()
    {
        Assert.Equal("DrAudit." + TestPaths.ModuleVersion + ".nupkg", Path.GetFileName(TestPaths.ModulePackage));
        using var zip = ZipFile.OpenRead(TestPaths.ModulePackage);
        var entries = zip.Entries.Select(e => e.FullName).ToList();

        foreach (var expected in new[] { "DrAudit.psd1", "DrAudit.PowerShell.dll", "DrAudit.Format.ps1xml", "LICENSE.txt", "DrAudit.nuspec",
                     "en-US/about_DrAudit.help.txt", "en-US/DrAudit.PowerShell.dll-Help.xml", "templates/report.liquid",
                     "dependencies/DrAudit.Core.dll", "dependencies/YamlDotNet.dll", "dependencies/DrAudit.Collectors.Veeam.dll",
                     "dependencies/DrAudit.Collectors.M365.dll", "dependencies/DrAudit.Collectors.Vb365.dll" })
            Assert.Contains(expected, entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(entries, e => e.StartsWith("dependencies/dependencies/", StringComparison.Ordinal));
        Assert.Empty(ReadNuspec(zip).Descendants(Nuspec + "dependencies"));
    }

    [Fact]
    public void The_package_metadata_is_the_manifests()
    {
        using var zip = ZipFile.OpenRead(TestPaths.ModulePackage);
        var metadata = ReadNuspec(zip).Root!.Element(Nuspec + "metadata")!;
        string Field(string name) => metadata.Element(Nuspec + name)?.Value ?? "";
        var manifest = (PSModuleInfo)_session.Run("Test-ModuleManifest -Path $manifest", ("manifest", TestPaths.ModuleManifest))
            .WithoutErrors().Output.Single()!;

        Assert.Equal("DrAudit", Field("id"));
        Assert.Equal(manifest.Description, Field("description"));
        Assert.Equal(manifest.Author, Field("authors"));
        Assert.Equal(manifest.Copyright, Field("copyright"));
        Assert.Equal(manifest.ProjectUri!.ToString(), Field("projectUrl"));
        Assert.Equal(manifest.ReleaseNotes, Field("releaseNotes"));
        Assert.Equal("MIT", Field("license"));
        Assert.NotNull(manifest.LicenseUri);
        Assert.Contains("MIT License", File.ReadAllText(Path.Combine(TestPaths.ModuleFolder, "LICENSE.txt")));

        var tags = Field("tags").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("PSModule", tags);
        Assert.Contains("PSIncludes_Cmdlet", tags);
        Assert.NotEmpty(manifest.Tags);
        Assert.All(manifest.Tags, tag => Assert.Contains(tag, tags));
        Assert.NotEmpty(manifest.ExportedCmdlets);
        Assert.All(manifest.ExportedCmdlets.Keys, cmdlet =>
        {
            Assert.Contains("PSCmdlet_" + cmdlet, tags);
            Assert.Contains("PSCommand_" + cmdlet, tags);
        });
    }

    [Fact]
    public void The_unpacked_package_imports_and_audits_the_sample_with_one_version_everywhere()
    {
        var pack = Path.Combine(_temp, "contoso-dental");
        var run = _session.Run(
            "$r = Get-DrReadiness -Client $client -WarningAction SilentlyContinue; $r | Export-DrEvidencePack -Path $pack; " +
            "(Get-Module DrAudit).Version.ToString(); (Get-Command Get-DrReadiness).ImplementingType.Assembly.Location; $r.Client.Name; (Test-DrEvidencePack -Path $pack).Intact",
            ("client", SampleClient), ("pack", pack)).WithoutErrors();
        var version = TestPaths.ModuleVersion;

        // What was imported is the package's copy, not the build output in out/.
        Assert.Equal(Path.Combine(TestPaths.ModuleFolder, "DrAudit.PowerShell.dll"), (string)run.Output[^3]!);
        Assert.Equal("Contoso Dental Group", run.Output[^2]);
        Assert.Equal(true, run.Output[^1]);

        // One version: the manifest, both assemblies, the package and toolVersion in readiness.json.
        Assert.Equal(version, run.Output[^4]);
        Assert.Equal(version, ProductVersion(Path.Combine(TestPaths.ModuleFolder, "DrAudit.PowerShell.dll")));
        Assert.Equal(version, ProductVersion(Path.Combine(TestPaths.ModuleFolder, "dependencies", "DrAudit.Core.dll")));
        using (var zip = ZipFile.OpenRead(TestPaths.ModulePackage))
            Assert.Equal(version, ReadNuspec(zip).Descendants(Nuspec + "version").Single().Value);
        var readiness = JsonNode.Parse(File.ReadAllText(Path.Combine(pack, "readiness.json")))!;
        Assert.Equal(version, (string?)readiness["toolVersion"]);
        // The vendor collectors are found by name inside the module's isolated load context: every source was read.
        Assert.All(readiness["sources"]!.AsArray(), s => Assert.Equal("ok", (string?)s!["status"]));
        Assert.Contains(readiness["sources"]!.AsArray(), s => (string?)s!["type"] == "veeam");
        Assert.True(File.Exists(Path.Combine(pack, "report.html")));
        Assert.True(File.Exists(Path.Combine(pack, "evidence.xlsx")));
    }

    /// <summary>An assembly's informational version without the source-revision suffix (what the SDK writes from &lt;Version&gt;).</summary>
    private static string ProductVersion(string assembly)
    {
        var product = System.Diagnostics.FileVersionInfo.GetVersionInfo(assembly).ProductVersion ?? "";
        var plus = product.IndexOf('+');
        return plus < 0 ? product : product[..plus];
    }

    private static XDocument ReadNuspec(ZipArchive zip)
    {
        using var stream = zip.GetEntry("DrAudit.nuspec")!.Open();
        return XDocument.Load(stream);
    }
}
