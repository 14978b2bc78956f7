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
        using var shell = Shell(script, variables);
        var output = shell.Invoke();
        return new ScriptRun(output, shell.Streams);
    }

    /// <summary>The script ready to run in this session, its variables set, the fixtures folder as the location.</summary>
    private PowerShell Shell(string script, (string Name, object? Value)[] variables)
    {
        foreach (var (name, value) in variables) _runspace.SessionStateProxy.SetVariable(name, value);
        _runspace.SessionStateProxy.Path.SetLocation(TestPaths.Fixtures);
        var shell = PowerShell.Create();
        shell.Runspace = _runspace;
        shell.AddScript(script);
        return shell;
    }

    /// <summary>Starts a script with the given variables set, stops it as Ctrl+C does (PowerShell.Stop) once
    /// <paramref name="stopWhen"/> completes, and returns how it ended; fails the test when the script never reaches
    /// that point, or does not stop within <paramref name="limit"/>.</summary>
    public StoppedRun RunAndStop(string script, Task stopWhen, TimeSpan limit, params (string Name, object? Value)[] variables)
    {
        using var shell = Shell(script, variables);
        var running = shell.BeginInvoke();
        Assert.True(stopWhen.Wait(limit), "The script never reached the point where it is stopped.");
        var stopping = shell.BeginStop(null, null);
        Assert.True(stopping.AsyncWaitHandle.WaitOne(limit), "The script did not stop within " + limit + ".");
        shell.EndStop(stopping);
        return new StoppedRun(shell.InvocationStateInfo.State, running.IsCompleted, shell.Streams.Error.ToList());
    }

    public void Dispose() => _runspace.Dispose();
}
