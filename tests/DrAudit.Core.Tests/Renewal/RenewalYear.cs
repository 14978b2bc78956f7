using System.Globalization;
using DrAudit.Core.Auditing;
using DrAudit.Core.Hosting;
using DrAudit.Core.Packs;
using DrAudit.Core.Tests.Packs;

namespace DrAudit.Core.Tests.Renewal
{
    /// <summary>
    /// A synthetic contract year of real evidence packs, written by the real audit and pack writer under
    /// <c>packs/acme-dental/&lt;yyyy-MM-dd&gt;/</c> for the monthly as-of dates 1 Dec 2025 to 1 Nov 2026:
    /// <list type="bullet">
    /// <item>Email's mail server has no backup until February; the March pack is the first without it (open at start, 90 days).</item>
    /// <item>The practice database's backups fail in August and September; October's pack no longer finds it (61 days).</item>
    /// <item>No pack for April 2026; May's audit is incomplete (its inventory cannot be read).</item>
    /// <item>July's pack has readiness.json edited after it was hashed (tampered).</item>
    /// <item>A pack of another client sits in the folder as 2026-09-01.2.</item>
    /// <item>From June the client is renamed "Acme Dental &amp; &lt;Group&gt;" (markup in client text).</item>
    /// </list>
    /// Generated once per test class (it audits thirteen times).
    /// </summary>
    public sealed class RenewalYear : IDisposable
    {
        public const string ClientId = "acme-dental";
        public const string OldName = "Acme Dental";
        public const string NewName = "Acme Dental & <Group>";
        public static readonly DateTimeOffset To = new DateTimeOffset(2026, 11, 15, 0, 0, 0, TimeSpan.Zero);

        private readonly TempFolder _temp = new TempFolder();

        public RenewalYear()
        {
            for (var month = new DateTime(2025, 12, 1); month <= new DateTime(2026, 11, 1); month = month.AddMonths(1))
            {
                if (month.Month == 4) continue;
                WritePack(Root, Work, ClientId, month.Month >= 6 && month.Year == 2026 ? NewName : OldName, month);
            }
            WritePack(Root, Work, "other-client", "Someone Else", new DateTime(2026, 9, 1), ClientFolder, "2026-09-01.2");
            var readiness = Path.Combine(ClientFolder, "2026-07-01", JsonPackRenderer.ReadinessFile);
            File.WriteAllText(readiness, File.ReadAllText(readiness).Replace("\"maturityLevel\": ", "\"maturityLevel\": 3"));
        }

        public string Root => _temp.Combine("packs");
        public string ClientFolder => Path.Combine(Root, ClientId);
        public string Work => _temp.Combine("work");

        public string ManifestSha(string folder) => PackManifest.Sha256Of(Path.Combine(ClientFolder, folder, PackManifest.FileName));

        /// <summary>Audits <paramref name="id"/> as of the first of <paramref name="month"/> (its inputs under
        /// <paramref name="workRoot"/>) and writes the pack to <c>root/id/yyyy-MM-dd</c>, or into <paramref name="intoFolder"/>
        /// as <paramref name="folderName"/>; returns the pack's folder.</summary>
        public static string WritePack(string root, string workRoot, string id, string name, DateTime month, string? intoFolder = null, string? folderName = null)
        {
            var asOf = new DateTimeOffset(month, TimeSpan.Zero);
            var work = Path.Combine(workRoot, id + "-" + month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(work);
            var incomplete = month == new DateTime(2026, 5, 1);
            var mailBackedUp = month >= new DateTime(2026, 3, 1);
            var dbFailing = month == new DateTime(2026, 8, 1) || month == new DateTime(2026, 9, 1);
            File.WriteAllText(Path.Combine(work, "client.yaml"), Definition(id, name, asOf, incomplete ? "./missing.json" : "./inventory.json"));
            File.WriteAllText(Path.Combine(work, "inventory.json"), Inventory(asOf, mailBackedUp, dbFailing));
            var result = ReadinessAuditor.Audit(Path.Combine(work, "client.yaml"), new AuditOptions { AsOf = asOf, Clock = () => asOf.AddHours(3) },
                new SilentAuditHost(), CancellationToken.None);
            var target = Path.Combine(intoFolder ?? Path.Combine(root, id), folderName ?? month.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            return EvidencePackWriter.Write(result, target, new PackWriteOptions(), new SilentAuditHost()).Path;
        }

        private static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        private static string Definition(string id, string name, DateTimeOffset asOf, string inventory) => $@"apiVersion: draudit/v1
client:
  id: {id}
  name: ""{name.Replace("\"", "\\\"")}""
  msp: Northwind IT Services
asOf: {Iso(asOf)}
services:
  - id: practice
    name: Practice management
    tier: critical
    targets:
      approvedBy: ""Dr Jane <b>Smith</b>""
      approvedOn: 2025-12-15
    components: [pm-db]
    restoreOrder: [pm-db]
    workaround: Paper appointment book
  - id: email
    name: Email
    tier: important
    components: [mail-01]
    restoreOrder: [mail-01]
components:
  - id: pm-db
    name: Practice database
    kind: database
    backup:
      match:
        - {{ source: main, object: PMDB01 }}
  - id: mail-01
    name: Mail server
    kind: server
    backup:
      match:
        - {{ source: main, object: MAIL01 }}
sources:
  - id: main
    type: inventory
    path: {inventory}
restoreTests:
  - {{ date: 2026-02-10, service: practice, scope: full-service, duration: 3h, result: success }}
  - {{ date: 2026-05-01, service: email, scope: system, duration: 2h, result: success }}
  - {{ date: 2026-08-15, service: practice, scope: full-service, duration: 10h, result: success, exercise: true }}
exercises:
  - date: 2026-03-20
    kind: tabletop
    services: [practice]
    actions:
      - {{ id: A-1, text: Print the plan, owner: Sam Lee, due: 2026-05-01, closedOn: 2026-04-20 }}
exceptions:
  - control: E8-RB-11
    service: email
    reason: ""Old NAS <cannot> lock backups""
    compensating: USB rotation
    acceptedBy: Sam Lee
    acceptedOn: 2025-07-01
    expires: 2026-06-30
access:
  attested:
    by: Sam Lee
    on: 2026-02-01
    unprivilegedCannotModify: true
recovery:
  plan:
    location: Binder in the safe
    reviewedOn: 2025-10-01
";

        private static string Inventory(DateTimeOffset asOf, bool mailBackedUp, bool dbFailing)
        {
            var run = asOf.AddHours(-2);
            var objects = mailBackedUp ? @"""PMDB01"", ""MAIL01""" : @"""PMDB01""";
            var runs = new List<string>();
            for (var d = 1; d <= 30; d++)
            {
                var start = asOf.AddDays(-d).AddHours(22);
                runs.Add($@"{{ ""job"": ""j-nightly"", ""start"": ""{Iso(start)}"", ""end"": ""{Iso(start.AddMinutes(30))}"", ""result"": ""{(dbFailing ? "failed" : "success")}"" }}");
            }
            var points = new List<string>();
            if (!dbFailing)
            {
                points.Add($@"{{ ""object"": ""PMDB01"", ""job"": ""j-nightly"", ""time"": ""{Iso(run)}"", ""repository"": ""nas"", ""consistency"": ""application"" }}");
                if (mailBackedUp) points.Add($@"{{ ""object"": ""MAIL01"", ""job"": ""j-nightly"", ""time"": ""{Iso(run)}"", ""repository"": ""nas"", ""consistency"": ""application"" }}");
            }
            return $@"{{
  ""apiVersion"": ""draudit/v1"", ""kind"": ""Inventory"", ""source"": ""main"", ""system"": ""Test NAS"",
  ""collectedAt"": ""{Iso(asOf)}"",
  ""repositories"": [ {{ ""id"": ""nas"", ""name"": ""NAS"", ""location"": ""onsite"", ""encrypted"": true, ""immutable"": false, ""immutableDays"": 0, ""sharesProductionCredentials"": true }} ],
  ""jobs"": [ {{ ""id"": ""j-nightly"", ""name"": ""Nightly"", ""kind"": ""backup"", ""enabled"": true, ""objects"": [{objects}], ""repository"": ""nas"", ""retention"": ""30d"" }} ],
  ""runs"": [ {string.Join(",\n    ", runs)} ],
  ""restorePoints"": [ {string.Join(",\n    ", points)} ]
}}";
        }

        public void Dispose() => _temp.Dispose();
    }
}
