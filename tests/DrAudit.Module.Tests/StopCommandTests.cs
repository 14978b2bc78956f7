using System.Management.Automation;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks;
using DrAudit.Module.Tests.Support;

namespace DrAudit.Module.Tests;

/// <summary>Ctrl+C while a cmdlet waits on a backup server that accepts the connection and never answers: each cmdlet
/// that reads sources (all through DrAuditCmdlet's stopping token) stops without an error record, and the source's
/// request is cancelled (the connection closed) at once, not left running until its three-minute timeout.</summary>
[Collection(ModuleCollection.Name)]
public sealed class StopCommandTests : IClassFixture<ModuleSession>, IDisposable
{
    private const string UserVariable = "DRAUDIT_MODULE_STOP_TEST_U";
    private const string PasswordVariable = "DRAUDIT_MODULE_STOP_TEST_P";
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(45);
    private readonly ModuleSession _session;
    private readonly TcpListener _silentServer = new TcpListener(IPAddress.Loopback, 0);
    private readonly string _folder;

    public StopCommandTests(ModuleSession session)
    {
        _session = session;
        _silentServer.Start();
        Environment.SetEnvironmentVariable(UserVariable, "svc-draudit");
        Environment.SetEnvironmentVariable(PasswordVariable, "Stop-Pa55word!");
        _folder = VeeamTestClient.Folder(((IPEndPoint)_silentServer.LocalEndpoint).Port, UserVariable, PasswordVariable, "requestTimeout: 3m, ");
    }

    public void Dispose()
    {
        _silentServer.Stop();
        Environment.SetEnvironmentVariable(UserVariable, null);
        Environment.SetEnvironmentVariable(PasswordVariable, null);
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [InlineData("Get-DrReadiness -Client $client")]
    [InlineData("Invoke-DrAudit -Path $client -OutputPath $out")]
    [InlineData("Save-DrSourceCapture -Client $client -Source veeam-main -Path $out")]
    [InlineData("New-DrClientDefinition -Client $client -Path \"$out.yaml\"")]
    public async Task Ctrl_C_stops_the_command_while_a_source_does_not_answer(string command)
    {
        var connected = _silentServer.AcceptTcpClientAsync();
        var output = Path.Combine(_folder, "out-" + Guid.NewGuid().ToString("N"));

        var run = _session.RunAndStop(command + " -WarningAction SilentlyContinue", connected, Limit,
            ("client", Path.Combine(_folder, "client.yaml")), ("out", output));

        Assert.Equal(PSInvocationState.Stopped, run.State);
        Assert.True(run.Completed);
        Assert.Empty(run.Errors);
        using var server = await connected;
        Assert.True(ClosedWithin(server, Limit), "The source's connection was still open " + Limit + " after Ctrl+C: the request was not cancelled.");
    }

    /// <summary>True when the client closes (or resets) the connection within <paramref name="limit"/>; what it sent
    /// before (its TLS hello) is read and dropped.</summary>
    private static bool ClosedWithin(TcpClient server, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        var stream = server.GetStream();
        var buffer = new byte[4096];
        try
        {
            while (stream.ReadAsync(buffer, timeout.Token).AsTask().GetAwaiter().GetResult() > 0) { }
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }
}
