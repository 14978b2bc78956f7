using DrAudit.Module.Tests.Support;

namespace DrAudit.Module.Tests;

/// <summary>-Format Email through the cmdlets: Export-DrEvidencePack writes the digest beside the formats asked for.</summary>
[Collection(ModuleCollection.Name)]
public sealed class EmailDigestCommandTests : IClassFixture<ModuleSession>, IDisposable
{
    private readonly ModuleSession _session;
    private readonly string _temp = Directory.CreateTempSubdirectory("draudit-email-digest-").FullName;

    public EmailDigestCommandTests(ModuleSession session)
    {
        _session = session;
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Export_DrEvidencePack_Format_Email_writes_the_digest_and_the_pack_verifies()
    {
        var pack = Path.Combine(_temp, "contoso-dental");
        var client = Path.Combine(TestPaths.RepoRoot, "samples", "contoso-dental", "client.yaml");

        var run = _session.Run(
            "Get-DrReadiness -Client $client -WarningAction SilentlyContinue | Export-DrEvidencePack -Path $pack -Format Json, Email -MspName 'Northwind <IT>'; " +
            "(Test-DrEvidencePack -Path $pack).Intact",
            ("client", client), ("pack", pack)).WithoutErrors();

        Assert.Equal(true, run.Output[^1]);
        Assert.True(File.Exists(Path.Combine(pack, "summary.eml")));
        Assert.Contains("Northwind &lt;IT&gt;", File.ReadAllText(Path.Combine(pack, "summary.html")));
        Assert.False(File.Exists(Path.Combine(pack, "report.html")));
    }
}
