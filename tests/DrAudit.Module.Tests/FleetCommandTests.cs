using System.Management.Automation;
using DrAudit.Module.Tests.Support;
using static DrAudit.Module.Tests.Support.ScriptRun;

namespace DrAudit.Module.Tests;

/// <summary>Invoke-DrAudit, Compare-DrReadiness and Export-DrEvidencePack -PreviousPack as a user types them.</summary>
[Collection(ModuleCollection.Name)]
public sealed class FleetCommandTests : IClassFixture<ModuleSession>, IDisposable
{
    private const string AsOfDate = "2026-11-01";
    private readonly ModuleSession _session;
    private readonly string _root = Path.Combine(Path.GetTempPath(), "draudit-fleet-tests-" + Guid.NewGuid().ToString("N"));

    public FleetCommandTests(ModuleSession session)
    {
        _session = session;
        Directory.CreateDirectory(Clients);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Clients => Path.Combine(_root, "clients");
    private string Out => Path.Combine(_root, "out");

    /// <summary>A one-service client whose inventory proves last night's backup; E8-RB-05 attested only when asked.</summary>
    private void Client(string id, bool othersAttested = false, string inventory = "./inventory.json")
    {
        var folder = Path.Combine(Clients, id);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "client.yaml"), $@"apiVersion: draudit/v1
client: {{ id: {id}, name: Client {id} }}
asOf: {AsOfDate}T00:00:00Z
services:
  - {{ id: email, name: Email, tier: important, components: [mail-01], restoreOrder: [mail-01] }}
components:
  - id: mail-01
    name: Mail server
    kind: server
    backup: {{ match: [ {{ source: main, object: MAIL01 }} ] }}
sources:
  - {{ id: main, type: inventory, path: {inventory} }}
access:
  attested:
    by: Sam Lee
    on: 2026-10-02{(othersAttested ? "\n    unprivilegedCannotAccessOthers: true" : "")}
    unprivilegedCannotModify: true
");
        File.WriteAllText(Path.Combine(folder, "inventory.json"), @"{ ""apiVersion"": ""draudit/v1"", ""kind"": ""Inventory"", ""source"": ""main"", ""collectedAt"": ""2026-11-01T00:00:00Z"",
  ""repositories"": [ { ""id"": ""nas"", ""name"": ""NAS"", ""location"": ""onsite"", ""encrypted"": true } ],
  ""jobs"": [ { ""id"": ""j"", ""name"": ""Mail nightly"", ""kind"": ""backup"", ""enabled"": true, ""objects"": [""MAIL01""], ""repository"": ""nas"", ""retention"": ""30d"" } ],
  ""runs"": [ { ""job"": ""j"", ""start"": ""2026-10-31T22:00:00Z"", ""end"": ""2026-10-31T22:30:00Z"", ""result"": ""success"" } ],
  ""restorePoints"": [ { ""object"": ""MAIL01"", ""job"": ""j"", ""time"": ""2026-10-31T22:00:00Z"", ""repository"": ""nas"" } ] }");
    }

    [Fact]
    public void SigningCertificate_signs_every_clients_pack()
    {
        Client("alpha");
        using var rsa = System.Security.Cryptography.RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=Fleet Signer", rsa,
            System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));

        _session.Run("Invoke-DrAudit -Path $clients -OutputPath $out -SigningCertificate $cert", ("clients", Clients), ("out", Out), ("cert", certificate)).WithoutErrors();
        var run = _session.Run("Test-DrEvidencePack -Path $pack", ("pack", Path.Combine(Out, "alpha", AsOfDate))).WithoutErrors();

        var verification = Assert.Single(run.Output);
        Assert.Equal(true, Property(verification, "Intact"));
        Assert.Equal(certificate.Thumbprint, Property(verification, "Signature", "SignerThumbprint"));
    }

    [Fact]
    public void Get_DrReadiness_warns_once_per_source_that_could_not_be_read_and_the_result_is_incomplete()
    {
        Client("delta", inventory: "./missing.json");

        var run = _session.Run("Get-DrReadiness -Client $client", ("client", Path.Combine(Clients, "delta", "client.yaml"))).WithoutErrors();

        var result = Assert.Single(run.Output);
        Assert.Equal(false, Property(result, "Complete"));
        var warning = Assert.Single(run.Warnings, w => w.Contains("is incomplete", StringComparison.Ordinal));
        Assert.StartsWith("The audit of delta is incomplete: source 'main' (inventory) could not be read: ", warning);
        Assert.NotEmpty((System.Collections.IEnumerable)Property(result, "RootCauses")!);
    }

    [Fact]
    public void Invoke_DrAudit_writes_a_row_and_a_pack_per_client_and_a_failing_client_stops_no_other()
    {
        Client("alpha");
        Client("bravo");
        Client("charlie", inventory: "./missing.json");
        File.WriteAllText(Path.Combine(Clients, "broken.yaml"), "apiVersion: draudit/v1\nnot: a client\n");

        var run = _session.Run("Invoke-DrAudit -Path $clients -OutputPath $out -ThrottleLimit 2", ("clients", Clients), ("out", Out)).WithoutErrors();

        Assert.Equal(4, run.Output.Count);
        var statuses = run.Output.ToDictionary(o => (string?)Property(o, "ClientId") ?? "broken", o => Property(o, "Status")!.ToString());
        Assert.Equal("Audited", statuses["alpha"]);
        Assert.Equal("Audited", statuses["bravo"]);
        Assert.Equal("SourceFailed", statuses["charlie"]);
        Assert.Equal("Failed", statuses["broken"]);
        Assert.Contains(run.Warnings, w => w.StartsWith("broken.yaml: not audited", StringComparison.Ordinal));
        var incomplete = Assert.Single(run.Warnings, w => w.Contains("is incomplete", StringComparison.Ordinal));
        Assert.Contains("The audit of charlie is incomplete: source 'main' (inventory) could not be read", incomplete);
        foreach (var id in new[] { "alpha", "bravo", "charlie" })
            Assert.True(File.Exists(Path.Combine(Out, id, AsOfDate, "readiness.json")), id);
        var summaries = Directory.GetDirectories(Path.Combine(Out, "_fleet"));
        var summary = Assert.Single(summaries);
        foreach (var file in new[] { "fleet.html", "fleet.xlsx", "fleet.json", "manifest.json" })
            Assert.True(File.Exists(Path.Combine(summary, file)), file);

        var overall = run.Progress.Where(p => p.ActivityId == 10 && p.RecordType == ProgressRecordType.Processing).Select(p => p.StatusDescription).ToList();
        Assert.Equal("4 of 4 clients done, 1 failed", overall.Last());
        Assert.Contains(run.Progress, p => p.ParentActivityId == 10 && p.Activity.StartsWith("Client ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_run_never_overwrites_and_Compare_DrReadiness_names_the_change_between_the_packs()
    {
        Client("alpha");
        _session.Run("Invoke-DrAudit $clients $out", ("clients", Clients), ("out", Out)).WithoutErrors();
        var firstReadiness = File.ReadAllBytes(Path.Combine(Out, "alpha", AsOfDate, "readiness.json"));
        Client("alpha", othersAttested: true);

        var second = _session.Run("Invoke-DrAudit $clients $out", ("clients", Clients), ("out", Out)).WithoutErrors();
        var compare = _session.Run("Compare-DrReadiness -Reference \"$out/alpha/2026-11-01\" -Difference \"$out/alpha/2026-11-01.2\"", ("out", Out)).WithoutErrors();

        Assert.Equal(firstReadiness, File.ReadAllBytes(Path.Combine(Out, "alpha", AsOfDate, "readiness.json")));
        var row = Assert.Single(second.Output);
        Assert.Equal("alpha/" + AsOfDate + ".2", Property(row, "Pack"));
        Assert.Equal(AsOfDate, Property(row, "PreviousPack"));
        Assert.Equal(1, Property(row, "ResolvedFindings"));
        var comparison = Assert.Single(compare.Output);
        Assert.Equal(AsOfDate, Property(comparison, "ReferencePack"));
        var resolved = Items(comparison, "Findings").Where(f => Property(f, "Change")!.ToString() == "Resolved").ToList();
        Assert.Equal("E8-RB-05", Property(Assert.Single(resolved), "Key"));
        var control = Assert.Single(Items(comparison, "Controls"));
        Assert.Equal(("E8-RB-05", "NoVisibility", "Effective"), ((string?)Property(control, "Control"), Property(control, "Before")!.ToString(), Property(control, "After")!.ToString()));
        Assert.Contains("sinceLastAudit", File.ReadAllText(Path.Combine(Out, "alpha", AsOfDate + ".2", "readiness.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_DrReadiness_takes_result_objects_and_Export_takes_a_PreviousPack()
    {
        Client("alpha");
        var client = Path.Combine(Clients, "alpha", "client.yaml");
        var older = Path.Combine(_root, "older");
        var newer = Path.Combine(_root, "newer");
        _session.Run("$old = Get-DrReadiness $client; $old | Export-DrEvidencePack -Path $older -Format Json", ("client", client), ("older", older)).WithoutErrors();
        Client("alpha", othersAttested: true);

        var objects = _session.Run("Get-DrReadiness $client | Compare-DrReadiness -Reference $old", ("client", client)).WithoutErrors();
        _session.Run("Get-DrReadiness $client | Export-DrEvidencePack -Path $newer -Format Json -PreviousPack $older", ("client", client), ("newer", newer), ("older", older)).WithoutErrors();

        var comparison = Assert.Single(objects.Output);
        Assert.Null(Property(comparison, "ReferencePack"));
        Assert.Equal(1, Property(comparison, "ResolvedCount"));
        var json = File.ReadAllText(Path.Combine(newer, "readiness.json"));
        Assert.Contains("\"referencePack\": \"older\"", json, StringComparison.Ordinal);
        Assert.Contains("\"key\": \"E8-RB-05\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_DrReadiness_reports_a_missing_pack_and_a_different_client_as_errors()
    {
        Client("alpha");
        Client("bravo");
        _session.Run("Invoke-DrAudit $clients $out", ("clients", Clients), ("out", Out)).WithoutErrors();

        var missing = _session.Run("Compare-DrReadiness -Reference \"$out/nope\" -Difference \"$out/alpha/2026-11-01\"", ("out", Out));
        var different = _session.Run("Compare-DrReadiness \"$out/alpha/2026-11-01\" \"$out/bravo/2026-11-01\"", ("out", Out));

        Assert.StartsWith("DrAudit.PackNotFound", Assert.Single(missing.Errors).FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Empty(missing.Output);
        var error = Assert.Single(different.Errors);
        Assert.StartsWith("DrAudit.ComparisonFailed", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("different clients", error.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_scheduled_script_logs_the_run_and_exits_with_the_fleet_outcome()
    {
        var script = Path.Combine(TestPaths.RepoRoot, "scripts", "Invoke-DrAuditScheduled.ps1");
        Client("alpha");
        var log = Path.Combine(_root, "logs", "run.log");
        const string Line = "& $script -ClientPath $clients -OutputPath $out -LogPath $log -Module $manifest; $LASTEXITCODE";
        (string, object?)[] Variables() => new (string, object?)[] { ("script", script), ("clients", Clients), ("out", Out), ("log", log), ("manifest", TestPaths.ModuleManifest) };

        var clean = _session.Run(Line, Variables());
        File.WriteAllText(Path.Combine(Clients, "broken.yaml"), "apiVersion: draudit/v1\n");
        var someFailed = _session.Run(Line, Variables());
        File.Delete(Path.Combine(Clients, "alpha", "client.yaml"));
        var nothing = _session.Run(Line, Variables());

        Assert.Equal(0, clean.Output.Last());
        Assert.Equal(1, someFailed.Output.Last());
        Assert.Equal(2, nothing.Output.Last());
        var text = File.ReadAllText(log);
        Assert.Contains("CLIENT alpha Audited: maturity ", text, StringComparison.Ordinal);
        Assert.Contains("Failed: ", text, StringComparison.Ordinal);
        Assert.Contains("Exit code 0.", text, StringComparison.Ordinal);
        Assert.Contains("Exit code 1.", text, StringComparison.Ordinal);
        Assert.Contains("Exit code 2.", text, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(Out, "alpha", AsOfDate + ".2")));
    }

    /// <summary>A fleet summary that cannot be written after the clients were audited (a full disk; here a file where its
    /// folder goes) is a non-terminating DrAudit.PackWriteFailed error: the script logs it and exits 1, not 0.</summary>
    [Fact]
    public void The_scheduled_script_logs_a_summary_that_was_not_written_and_exits_one()
    {
        var script = Path.Combine(TestPaths.RepoRoot, "scripts", "Invoke-DrAuditScheduled.ps1");
        Client("alpha");
        Directory.CreateDirectory(Out);
        File.WriteAllText(Path.Combine(Out, "_fleet"), "in the way");
        var log = Path.Combine(_root, "logs", "summary.log");

        var run = _session.Run("& $script -ClientPath $clients -OutputPath $out -LogPath $log -Module $manifest; $LASTEXITCODE",
            ("script", script), ("clients", Clients), ("out", Out), ("log", log), ("manifest", TestPaths.ModuleManifest));

        Assert.Equal(1, run.Output.Last());
        var text = File.ReadAllText(log);
        Assert.Contains("CLIENT alpha Audited: maturity ", text, StringComparison.Ordinal);
        Assert.Contains("ERROR: ", text, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(Out, "_fleet"), text, StringComparison.Ordinal);
        Assert.Contains("Exit code 1.", text, StringComparison.Ordinal);
    }
}
