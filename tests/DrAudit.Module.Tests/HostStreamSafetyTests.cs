using DrAudit.Module.Tests.Support;

namespace DrAudit.Module.Tests;

/// <summary>Verbose and warning messages quote data (file paths, names); control characters in it never reach the
/// PowerShell host raw.</summary>
[Collection(ModuleCollection.Name)]
public sealed class HostStreamSafetyTests : IClassFixture<ModuleSession>, IDisposable
{
    private readonly ModuleSession _session;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "draudit-module-streams-" + Guid.NewGuid().ToString("N"));

    public HostStreamSafetyTests(ModuleSession session)
    {
        _session = session;
        Directory.CreateDirectory(_root);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static bool IsControl(char c) => (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);

    [Fact]
    public void An_inventory_path_with_escape_sequences_reaches_verbose_and_warnings_neutralised()
    {
        // A file name may hold ESC on Linux and macOS: the audit quotes the path in its verbose and warning messages.
        var name = "inv\u001b[2J\u001b]0;owned\u0007.json";
        File.Copy(TestPaths.Fixture("inventory.json"), Path.Combine(_root, name));
        var yaml = File.ReadAllText(TestPaths.Fixture("client.yaml")).Replace("path: ./inventory.json", "path: \"./inv\\e[2J\\e]0;owned\\a.json\"", StringComparison.Ordinal);
        Assert.Contains("\\e[2J", yaml, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_root, "client.yaml"), yaml);

        var run = _session.Run("Get-DrReadiness -Client $client -Verbose", ("client", Path.Combine(_root, "client.yaml")));

        Assert.Contains(run.Verbose, v => v.Contains("inv\uFFFD[2J", StringComparison.Ordinal));
        Assert.All(run.Verbose.Concat(run.Warnings), m => Assert.DoesNotContain(m, IsControl));
        Assert.All(run.Errors, e => Assert.DoesNotContain(e.ErrorDetails?.Message ?? e.Exception.Message, IsControl));
    }
}
