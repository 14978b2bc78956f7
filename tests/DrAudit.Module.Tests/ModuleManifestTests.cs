using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Xml.Linq;
using DrAudit.Module.Tests.Support;

namespace DrAudit.Module.Tests;

[Collection(ModuleCollection.Name)]
public sealed class ModuleManifestTests : IClassFixture<ModuleSession>
{
    private static readonly string[] Cmdlets =
        { "Compare-DrReadiness", "Export-DrEvidencePack", "Export-DrRenewalPack", "Get-DrControl", "Get-DrReadiness", "Get-DrRestoreOrder", "Invoke-DrAudit", "New-DrClientDefinition", "Save-DrSourceCapture", "Test-DrClientDefinition", "Test-DrEvidencePack" };

    private readonly ModuleSession _session;

    public ModuleManifestTests(ModuleSession session)
    {
        _session = session;
    }

    [Fact]
    public void Exports_exactly_its_cmdlets_and_nothing_else()
    {
        var module = (PSModuleInfo)_session.Run("Get-Module -Name DrAudit").WithoutErrors().Output.Single()!;

        Assert.Equal(Cmdlets, module.ExportedCmdlets.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Empty(module.ExportedFunctions);
        Assert.Empty(module.ExportedAliases);
        Assert.Empty(module.ExportedVariables);
        Assert.Equal(new Version(TestPaths.ModuleVersion), module.Version);
    }

    [Fact]
    public void The_module_folder_holds_the_cmdlet_assembly_and_only_the_dependencies_it_needs()
    {
        var dependencies = Directory.GetFiles(Path.Combine(TestPaths.ModuleFolder, "dependencies"), "*.dll")
            .Select(Path.GetFileNameWithoutExtension).ToList();

        Assert.True(File.Exists(Path.Combine(TestPaths.ModuleFolder, "DrAudit.PowerShell.dll")));
        Assert.False(File.Exists(Path.Combine(TestPaths.ModuleFolder, "DrAudit.Core.dll")), "DrAudit.Core must load from dependencies/, in its own load context.");
        Assert.Contains("DrAudit.Core", dependencies);
        Assert.Contains("YamlDotNet", dependencies);
        Assert.Contains("Newtonsoft.Json", dependencies);
        Assert.DoesNotContain("System.Management.Automation", dependencies);
        Assert.DoesNotContain("System.Runtime.Loader", dependencies);
        Assert.DoesNotContain(dependencies, name => name!.StartsWith("PowerShellStandard", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void No_cmdlet_parameter_or_output_uses_a_third_party_type()
    {
        var commands = _session.Run("Get-Command -Module DrAudit").WithoutErrors().Output.Cast<CmdletInfo>().ToList();
        var types = commands.SelectMany(c => c.Parameters.Values.Select(p => p.ParameterType))
            .Concat(commands.SelectMany(c => c.OutputType.Select(o => o.Type)))
            .Select(t => Nullable.GetUnderlyingType(t) ?? (t.IsArray ? t.GetElementType()! : t))
            .Distinct().ToList();

        Assert.Equal(Cmdlets.Length, commands.Count);
        Assert.Contains(types, t => t.Assembly.GetName().Name == "DrAudit.Core");
        // .NET's own assemblies only; X509Certificate2 (-SigningCertificate) is in System.Security.Cryptography.
        var allowed = new[] { "DrAudit.Core", "System.Private.CoreLib", "System.Management.Automation", "System.Runtime", "System.Security.Cryptography" };
        Assert.All(types, t => Assert.Contains(t.Assembly.GetName().Name, allowed));
    }

    [Theory]
    [InlineData("Get-DrReadiness")]
    [InlineData("Export-DrEvidencePack")]
    [InlineData("Test-DrClientDefinition")]
    [InlineData("Get-DrRestoreOrder")]
    [InlineData("Get-DrControl")]
    [InlineData("Test-DrEvidencePack")]
    [InlineData("Invoke-DrAudit")]
    [InlineData("Compare-DrReadiness")]
    [InlineData("Save-DrSourceCapture")]
    [InlineData("New-DrClientDefinition")]
    [InlineData("Export-DrRenewalPack")]
    public void Every_cmdlet_has_help_with_a_synopsis_and_at_least_two_examples(string cmdlet)
    {
        var run = _session.Run(
            "$help = Get-Help -Name $name -Full; $help.Synopsis; @($help.examples.example).Count; @($help.parameters.parameter).Count",
            ("name", cmdlet)).WithoutErrors();

        var synopsis = Assert.IsType<string>(run.Output[0]);
        Assert.False(synopsis.StartsWith(cmdlet, StringComparison.Ordinal), "Get-Help fell back to the generated syntax: " + synopsis);
        Assert.True(synopsis.Length > 20, synopsis);
        Assert.True((int)run.Output[1]! >= 2, cmdlet + " has fewer than two examples.");
        Assert.True((int)run.Output[2]! >= 1, cmdlet + " documents no parameter.");
    }

    [Fact]
    public void The_JSON_Schemas_ship_in_the_module()
    {
        foreach (var name in new[] { "client-definition.schema.json", "inventory.schema.json" })
        {
            var shipped = Path.Combine(TestPaths.ModuleFolder, "schemas", name);
            Assert.True(File.Exists(shipped), shipped + " is missing from the module.");
            Assert.Equal(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "module", "schemas", name)), File.ReadAllText(shipped));
        }
    }

    [Fact]
    public void The_about_topic_is_installed()
    {
        var help = File.ReadAllText(Path.Combine(TestPaths.ModuleFolder, "en-US", "about_DrAudit.help.txt"));

        Assert.Contains("about_DrAudit", help);
        Assert.Contains("DrAudit.InvalidClientDefinition", help);
    }

    [Fact]
    public void The_format_file_is_loaded_valid_and_names_the_cores_types()
    {
        var module = (PSModuleInfo)_session.Run("Get-Module -Name DrAudit").WithoutErrors().Output.Single()!;
        var formatFile = Assert.Single(module.ExportedFormatFiles);
        Assert.Equal(Path.Combine(TestPaths.ModuleFolder, "DrAudit.Format.ps1xml"), formatFile);

        // The engine's own loader rejects an invalid format file.
        _ = new FormatTable(new[] { formatFile });

        _session.Run("Get-DrControl -Id DR-01").WithoutErrors();
        var core = AppDomain.CurrentDomain.GetAssemblies().First(a => a.GetName().Name == "DrAudit.Core");
        var typeNames = XDocument.Load(formatFile).Descendants("TypeName").Select(t => t.Value).ToList();
        Assert.Contains("DrAudit.Core.Model.Result.ReadinessResult", typeNames);
        Assert.Contains("DrAudit.Core.Model.Result.Finding", typeNames);
        Assert.Contains("DrAudit.Core.Loading.DefinitionProblem", typeNames);
        Assert.Contains("DrAudit.Core.RestoreOrder.RestoreStep", typeNames);
        Assert.Contains("DrAudit.Core.Catalogue.ControlDefinition", typeNames);
        Assert.Contains("DrAudit.Core.Model.Result.ControlResult", typeNames);
        Assert.All(typeNames, name => Assert.True(core.GetType(name) != null, name + " is not a type of DrAudit.Core."));
    }
}
