namespace DrAudit.Module.Tests.Support;

/// <summary>A client definition in a fresh temporary folder with a live Veeam source (<c>veeam-main</c>) at
/// https://127.0.0.1:&lt;port&gt;, its credential named by two environment variables, and an inventory source
/// (<c>export</c>, the fixtures' inventory.json).</summary>
public static class VeeamTestClient
{
    /// <param name="sourceOptions">More keys of the veeam source, such as <c>requestTimeout: 3m, </c>.</param>
    public static string Folder(int port, string userVariable, string passwordVariable, string sourceOptions = "")
    {
        var folder = Path.Combine(Path.GetTempPath(), "draudit-capture-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.Copy(Path.Combine(TestPaths.Fixtures, "inventory.json"), Path.Combine(folder, "inventory.json"));
        File.WriteAllText(Path.Combine(folder, "client.yaml"), $@"apiVersion: draudit/v1
client: {{ id: capture-test, name: Capture Test }}
asOf: 2026-11-01T00:00:00Z
services:
  - {{ id: pm, name: Practice management, tier: critical, components: [sql01] }}
components:
  - {{ id: sql01, name: SQL01, kind: database, backup: {{ match: [ {{ source: veeam-main, object: SQL01 }} ] }} }}
sources:
  - {{ id: veeam-main, type: veeam, url: ""https://127.0.0.1:{port}"", {sourceOptions}credential: {{ env: {userVariable}, passwordEnv: {passwordVariable} }} }}
  - {{ id: export, type: inventory, path: inventory.json }}
");
        return folder;
    }
}
