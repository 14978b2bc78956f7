using System.Diagnostics;
using DrAudit.Module.Tests.Support;

namespace DrAudit.Module.Tests;

/// <summary>-Show on Export-DrEvidencePack and Invoke-DrAudit: DRAUDIT_OPEN_WITH points the module at a recorder
/// script instead of the system's handler, so the test sees what would be opened and nothing is.</summary>
[Collection(ModuleCollection.Name)]
public sealed class ShowReportTests : IClassFixture<ModuleSession>, IDisposable
{
    private const string OpenWith = "DRAUDIT_OPEN_WITH";
    private readonly ModuleSession _session;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "draudit-show-tests-" + Guid.NewGuid().ToString("N"));
    private readonly string _record;

    public ShowReportTests(ModuleSession session)
    {
        _session = session;
        Directory.CreateDirectory(_root);
        _record = Path.Combine(_root, "opened.txt");
        string program;
        if (OperatingSystem.IsWindows())
        {
            program = Path.Combine(_root, "record-open.cmd");
            File.WriteAllText(program, $"@echo %~1> \"{_record}.tmp\"\r\n@move /y \"{_record}.tmp\" \"{_record}\" > nul\r\n");
        }
        else
        {
            program = Path.Combine(_root, "record-open.sh");
            File.WriteAllText(program, $"#!/bin/sh\nprintf '%s' \"$1\" > '{_record}.tmp' && mv '{_record}.tmp' '{_record}'\n");
            File.SetUnixFileMode(program, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        Environment.SetEnvironmentVariable(OpenWith, program);
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(OpenWith, null);
        Directory.Delete(_root, recursive: true);
    }

    private string Opened()
    {
        var clock = Stopwatch.StartNew();
        while (!File.Exists(_record))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), "Nothing was opened.");
            Thread.Sleep(50);
        }
        return File.ReadAllText(_record).Trim();
    }

    [Fact]
    public void Export_Show_opens_the_written_report()
    {
        var pack = Path.Combine(_root, "pack");

        _session.Run("Get-DrReadiness -Client client.yaml | Export-DrEvidencePack -Path $pack -Show", ("pack", pack)).WithoutErrors();

        Assert.Equal(Path.Combine(pack, "report.html"), Opened());
    }

    [Fact]
    public void Export_Show_without_an_html_report_writes_ReportNotOpened_and_keeps_the_pack()
    {
        var pack = Path.Combine(_root, "json-only");

        var run = _session.Run("Get-DrReadiness -Client client.yaml | Export-DrEvidencePack -Path $pack -Format Json -Show", ("pack", pack));

        Assert.StartsWith("DrAudit.ReportNotOpened", Assert.Single(run.Errors).FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(pack, "readiness.json")));
        Assert.False(File.Exists(_record));
    }

    [Fact]
    public void Export_WhatIf_Show_opens_nothing()
    {
        _session.Run("Get-DrReadiness -Client client.yaml | Export-DrEvidencePack -Path $pack -Show -WhatIf", ("pack", Path.Combine(_root, "what-if"))).WithoutErrors();

        Thread.Sleep(200);
        Assert.False(File.Exists(_record));
    }

    [Fact]
    public void Invoke_Show_opens_the_fleet_summary()
    {
        var clients = Path.Combine(_root, "clients", "fixture");
        Directory.CreateDirectory(clients);
        File.Copy(TestPaths.Fixture("client.yaml"), Path.Combine(clients, "client.yaml"));
        File.Copy(TestPaths.Fixture("inventory.json"), Path.Combine(clients, "inventory.json"));
        var output = Path.Combine(_root, "out");

        _session.Run("Invoke-DrAudit -Path $clients -OutputPath $output -Show -WarningAction SilentlyContinue",
            ("clients", Path.Combine(_root, "clients")), ("output", output));

        var opened = Opened();
        Assert.StartsWith(Path.Combine(output, "_fleet"), opened, StringComparison.Ordinal);
        Assert.EndsWith("fleet.html", opened, StringComparison.Ordinal);
        Assert.True(File.Exists(opened));
    }
}
