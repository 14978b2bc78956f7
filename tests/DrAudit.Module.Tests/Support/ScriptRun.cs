using System.Collections.ObjectModel;
using System.Management.Automation;

namespace DrAudit.Module.Tests.Support;

/// <summary>What one script wrote: its output and each of its streams.</summary>
public sealed class ScriptRun
{
    public ScriptRun(Collection<PSObject> output, PSDataStreams streams)
    {
        Output = output.Select(o => o?.BaseObject).ToList();
        Errors = streams.Error.ToList();
        Warnings = streams.Warning.Select(w => w.Message).ToList();
        Verbose = streams.Verbose.Select(v => v.Message).ToList();
        Progress = streams.Progress.ToList();
    }

    public IReadOnlyList<object?> Output { get; }
    public IReadOnlyList<ErrorRecord> Errors { get; }
    public IReadOnlyList<string> Warnings { get; }
    public IReadOnlyList<string> Verbose { get; }
    public IReadOnlyList<ProgressRecord> Progress { get; }

    /// <summary>Fails the test, showing the errors, when the script wrote any.</summary>
    public ScriptRun WithoutErrors()
    {
        Assert.True(Errors.Count == 0, "The script wrote errors:\n" + string.Join("\n", Errors.Select(e => e.FullyQualifiedErrorId + ": " + e.Exception)));
        return this;
    }

    /// <summary>A property of an output object (or of a property of it: "Client", "Name").</summary>
    public static object? Property(object? target, params string[] path)
    {
        foreach (var name in path)
        {
            if (target == null) return null;
            var property = PSObject.AsPSObject(target).Properties[name];
            Assert.True(property != null, $"{target.GetType().FullName} has no property {name}.");
            target = property!.Value is PSObject wrapped ? wrapped.BaseObject : property.Value;
        }
        return target;
    }

    /// <summary>The items of a collection-valued property.</summary>
    public static IReadOnlyList<object> Items(object? target, params string[] path) =>
        Property(target, path) is System.Collections.IEnumerable items and not string
            ? items.Cast<object>().Select(i => i is PSObject p ? p.BaseObject : i).ToList()
            : Array.Empty<object>();
}
