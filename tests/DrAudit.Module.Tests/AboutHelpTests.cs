using System.Reflection;
using System.Text.RegularExpressions;
using DrAudit.Module.Tests.Support;

namespace DrAudit.Module.Tests;

/// <summary>about_DrAudit keeps up with the module: every exported cmdlet and every ErrorId a cmdlet can write is in it.</summary>
[Collection(ModuleCollection.Name)]
public sealed class AboutHelpTests : IClassFixture<ModuleSession>
{
    private readonly ModuleSession _session;

    public AboutHelpTests(ModuleSession session)
    {
        _session = session;
    }

    private static string About(string topic) => File.ReadAllText(Path.Combine(TestPaths.ModuleFolder, "en-US", topic + ".help.txt"));

    [Fact]
    public void About_DrAudit_names_every_exported_cmdlet()
    {
        var cmdlets = _session.Run("(Get-Module DrAudit).ExportedCmdlets.Keys").WithoutErrors().Output.Cast<string>().ToList();
        var about = About("about_DrAudit");

        Assert.Equal(11, cmdlets.Count);
        Assert.All(cmdlets, c => Assert.Matches(@"(?m)^\s+" + Regex.Escape(c) + @"\s", about));
    }

    [Fact]
    public void About_DrAudit_lists_every_ErrorId()
    {
        var ids = ErrorIds();
        var about = About("about_DrAudit");

        Assert.Contains("DrAudit.PackNotFound", ids);
        Assert.Contains("DrAudit.SourceNotFound", ids);
        Assert.Contains("DrAudit.CaptureNotSupported", ids);
        Assert.All(ids, id => Assert.Matches(@"(?m)^\s+" + Regex.Escape(id) + @"\s", about));
    }

    /// <summary>No cmdlet writes an ErrorId that is not a constant of ErrorIds (so the list above is complete).</summary>
    [Fact]
    public void Every_ErrorId_in_the_cmdlet_code_comes_from_ErrorIds()
    {
        var source = Path.Combine(TestPaths.RepoRoot, "src", "DrAudit.PowerShell");
        var literals = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && Path.GetFileName(f) != "ErrorIds.cs")
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), "\"(DrAudit\\.[A-Z][A-Za-z]+)\"").Select(m => m.Groups[1].Value)
                .Where(v => v != "DrAudit.Core" && v != "DrAudit.PowerShell").Select(v => $"{Path.GetFileName(f)}: {v}"))
            .ToList();
        var uses = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories).Sum(f => Regex.Matches(File.ReadAllText(f), @"ErrorIds\.[A-Z]").Count);

        Assert.Empty(literals);
        Assert.True(uses >= ErrorIds().Count, "Some ErrorIds constant is never used.");
    }

    [Fact]
    public void The_client_definition_topic_is_installed_and_names_every_top_level_section()
    {
        var about = About("about_DrAudit_ClientDefinition");
        Assert.Contains("apiVersion", about);
        Assert.Contains("yaml-language-server", about);
        foreach (var key in new[] { "services", "components", "sources", "restoreTests", "access", "recovery", "exercises", "exceptions", "notImplemented", "accountedFor" })
            Assert.Matches(@"(?m)^\s+" + key + @"\s", about);
        Assert.Contains("about_DrAudit_ClientDefinition", About("about_DrAudit"));
    }

    private IReadOnlyList<string> ErrorIds()
    {
        var type = AppDomain.CurrentDomain.GetAssemblies().Single(a => a.GetName().Name == "DrAudit.PowerShell")
            .GetType("DrAudit.PowerShell.Commands.ErrorIds", throwOnError: true)!;
        return type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();
    }
}
