using System.Globalization;
using DrAudit.Core.Tests.Packs;

namespace DrAudit.Core.Tests.Fleet
{
    /// <summary>
    /// A generated fleet in a temp folder: <c>clients/</c> with small client definitions (one service, one component,
    /// one inventory source each) and <c>out/</c> for the packs. Healthy clients read their inventory; a client can be
    /// given a source that cannot be read, or be a file that is not a valid definition.
    /// </summary>
    public sealed class FleetFolder : IDisposable
    {
        public static readonly DateTimeOffset AsOf = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);
        public static readonly DateTimeOffset GeneratedAt = new DateTimeOffset(2026, 11, 1, 3, 0, 0, TimeSpan.Zero);
        public const string AsOfDate = "2026-11-01";

        private readonly TempFolder _temp = new TempFolder();

        public FleetFolder()
        {
            Directory.CreateDirectory(Clients);
        }

        public string Root => _temp.Path;
        public string Clients => _temp.Combine("clients");
        public string Out => _temp.Combine("out");

        /// <summary>A client in <c>clients/&lt;id&gt;/client.yaml</c> whose inventory proves a backup 2 hours before asOf.</summary>
        public string Healthy(string id, string? name = null, bool othersAttested = false, bool canModify = false) =>
            Write(id, name ?? "Client " + id, "./inventory.json", othersAttested, canModify);

        /// <summary>A client whose only source points at a file that does not exist.</summary>
        public string SourceFailing(string id) => Write(id, "Client " + id, "./missing.json", false, false);

        /// <summary>A definition with a key the contract does not know, directly in <c>clients/</c>.</summary>
        public string Broken(string fileName)
        {
            var path = Path.Combine(Clients, fileName);
            File.WriteAllText(path, "apiVersion: draudit/v1\nclient: { id: broken, name: Broken }\nservicez: []\n");
            return path;
        }

        /// <summary>Writes (or rewrites) a client. E8-RB-05 is attested only when <paramref name="othersAttested"/>;
        /// E8-RB-06 is attested true unless <paramref name="canModify"/>.</summary>
        public string Write(string id, string name, string inventoryPath, bool othersAttested, bool canModify)
        {
            var folder = Path.Combine(Clients, id);
            Directory.CreateDirectory(folder);
            var others = othersAttested ? "\n    unprivilegedCannotAccessOthers: true" : "";
            var modify = canModify ? "false" : "true";
            File.WriteAllText(Path.Combine(folder, "client.yaml"), $@"apiVersion: draudit/v1
client:
  id: {id}
  name: ""{name.Replace("\"", "\\\"")}""
asOf: {AsOf.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}
services:
  - id: email
    name: Email
    tier: important
    components: [mail-01]
    restoreOrder: [mail-01]
components:
  - id: mail-01
    name: Mail server
    kind: server
    backup:
      match:
        - {{ source: main, object: MAIL01 }}
sources:
  - id: main
    type: inventory
    path: {inventoryPath}
access:
  attested:
    by: Sam Lee
    on: 2026-10-02{others}
    unprivilegedCannotModify: {modify}
");
            File.WriteAllText(Path.Combine(folder, "inventory.json"), Inventory);
            return Path.Combine(folder, "client.yaml");
        }

        private const string Inventory = @"{
  ""apiVersion"": ""draudit/v1"", ""kind"": ""Inventory"", ""source"": ""main"", ""system"": ""Test NAS"",
  ""collectedAt"": ""2026-11-01T00:00:00Z"",
  ""repositories"": [ { ""id"": ""nas"", ""name"": ""NAS"", ""location"": ""onsite"", ""encrypted"": true, ""immutable"": false, ""immutableDays"": 0, ""sharesProductionCredentials"": true } ],
  ""jobs"": [ { ""id"": ""j-mail"", ""name"": ""Mail nightly"", ""kind"": ""backup"", ""enabled"": true, ""objects"": [""MAIL01""], ""repository"": ""nas"", ""retention"": ""30d"" } ],
  ""runs"": [ { ""job"": ""j-mail"", ""start"": ""2026-10-31T22:00:00Z"", ""end"": ""2026-10-31T22:30:00Z"", ""result"": ""success"" } ],
  ""restorePoints"": [ { ""object"": ""MAIL01"", ""job"": ""j-mail"", ""time"": ""2026-10-31T22:00:00Z"", ""repository"": ""nas"", ""consistency"": ""application"" } ]
}";

        /// <summary>Every file under <c>out/</c> with its bytes, by relative path.</summary>
        public IReadOnlyDictionary<string, byte[]> Snapshot(string? root = null)
        {
            var folder = root ?? Out;
            return Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
        }

        public void Dispose() => _temp.Dispose();
    }
}
