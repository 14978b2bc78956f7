using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace DrAudit.Module.Tests.Support;

/// <summary>
/// One PowerShell 7 runspace per test class, with the BUILT module imported from out/DrAudit/&lt;version&gt;/
/// exactly as a user would (Import-Module of the manifest). Commands are run as typed, through AddScript.
/// </summary>
public sealed class ModuleSession : IDisposable
{
    private readonly Runspace _runspace;

    public ModuleSession()
        : this(importModule: true)
    {
    }

    private ModuleSession(bool importModule)
    {
        Assert.True(File.Exists(TestPaths.ModuleManifest), "Build the solution first: the module is not at " + TestPaths.ModuleManifest);
        var state = InitialSessionState.CreateDefault2();
        if (OperatingSystem.IsWindows()) state.ExecutionPolicy = Microsoft.PowerShell.ExecutionPolicy.Bypass;
        _runspace = RunspaceFactory.CreateRunspace(state);
        _runspace.Open();
        if (importModule) ImportModule();
    }

    /// <summary>A runspace without the module, for a test that prepares the session before importing it.</summary>
    public static ModuleSession WithoutModule() => new ModuleSession(importModule: false);

    public void ImportModule() =>
        Run("Import-Module -Name $manifest -ErrorAction Stop", ("manifest", TestPaths.ModuleManifest)).WithoutErrors();

    /// <summary>Runs a script with the given variables set, from the fixtures folder as the PowerShell location.</summary>
    public ScriptRun Run(string script, params (string Name, object? Value)[] variables)
    {
        foreach (var (name, value) in variables) _runspace.SessionStateProxy.SetVariable(name, value);
        _runspace.SessionStateProxy.Path.SetLocation(TestPaths.Fixtures);
        using var shell = PowerShell.Create();
        shell.Runspace = _runspace;
        shell.AddScript(script);
        var output = shell.Invoke();
        return new ScriptRun(output, shell.Streams);
    }

    public void Dispose() => _runspace.Dispose();
}
