using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using DrAudit.Bench.Generation;
using DrAudit.Core.Loading.Inventory;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Inventory;

namespace DrAudit.Bench.Benchmark
{
    /// <summary>
    /// A large client for the benchmark, the same on every run (fixed seed): one protected object per component,
    /// ten components per service (every fourth service critical), one daily job per object whose good runs leave a
    /// point in an onsite and in an immutable cloud repository, about 2 % failed runs, and a restore test per service.
    /// Written as a client.yaml and one neutral inventory JSON file.
    /// </summary>
    public static class SyntheticClient
    {
        public const ulong Seed = 424242;
        public const int ComponentsPerService = 10;
        public const string SourceId = "synthetic";
        public static readonly DateTimeOffset AsOf = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

        /// <summary>Writes <c>client.yaml</c> and <c>inventory.json</c> into <paramref name="folder"/>; returns the definition's path.</summary>
        public static string Write(string folder, BenchmarkOptions options)
        {
            Directory.CreateDirectory(folder);
            InventoryJsonWriter.Save(Inventory(options), Path.Combine(folder, "inventory.json"));
            var definition = Path.Combine(folder, "client.yaml");
            File.WriteAllText(definition, Definition(options), new UTF8Encoding(false));
            return definition;
        }

        public static string ObjectName(int index) => "SRV-" + index.ToString("D5", CultureInfo.InvariantCulture);

        public static Inventory Inventory(BenchmarkOptions options)
        {
            var inventory = new Inventory { Source = SourceId, System = "DrAudit.Bench synthetic", CollectedAt = AsOf };
            inventory.Repositories.Add(new Repository { Id = "local", Name = "Onsite repository", Location = RepositoryLocation.Onsite, Encrypted = true, Immutable = false, ImmutableDays = 0, SharesProductionCredentials = true });
            inventory.Repositories.Add(new Repository { Id = "cloud", Name = "Immutable cloud repository", Location = RepositoryLocation.Cloud, Encrypted = true, Immutable = true, ImmutableDays = 120, SharesProductionCredentials = false });
            var random = new DeterministicRandom(Seed);
            var firstDay = AsOf.UtcDateTime.Date.AddDays(-options.Days);
            for (var i = 0; i < options.Objects; i++)
            {
                var job = new Job
                {
                    Id = "job-" + i.ToString("D5", CultureInfo.InvariantCulture),
                    Name = ObjectName(i) + " daily",
                    Kind = JobKind.Backup,
                    Objects = new List<string> { ObjectName(i) },
                    Repository = "local",
                    Retention = Duration.FromDays(options.Days + 30),
                    ApplicationAware = true,
                    Encrypted = true,
                };
                inventory.Jobs.Add(job);
                var minuteOfDay = 10 * 60 + (i % 240);
                var starts = Enumerable.Range(0, options.Days)
                    .Select(d => new DateTimeOffset(firstDay.AddDays(d).AddMinutes(minuteOfDay), TimeSpan.Zero))
                    .ToList();
                var plan = new JobHistoryPlan(job, starts) { MinMinutes = 5, MaxMinutes = 90, Consistency = PointConsistency.Application };
                plan.PointRepositories.Add("local");
                plan.PointRepositories.Add("cloud");
                foreach (var start in starts)
                    if (random.Next(0, 100) < 2)
                        plan.Outcomes[start] = new RunOutcome(RunResult.Failed, "Synthetic failure.");
                JobHistoryGenerator.AddHistory(inventory, plan, AsOf, random);
            }
            return inventory;
        }

        public static string Definition(BenchmarkOptions options)
        {
            var services = (options.Objects + ComponentsPerService - 1) / ComponentsPerService;
            var y = new StringBuilder();
            y.Append("apiVersion: draudit/v1\n");
            y.Append("client: { id: " + options.ClientId + ", name: Benchmark client, msp: DrAudit.Bench }\n");
            y.Append("asOf: 2026-11-01T00:00:00Z\n");
            y.Append("auditWindow: 35d\n");
            y.Append("services:\n");
            for (var s = 0; s < services; s++)
            {
                var ids = ComponentIds(s, options.Objects);
                var critical = s % 4 == 0;
                y.Append("  - id: ").Append(ServiceId(s)).Append('\n');
                y.Append("    name: Service ").Append(s.ToString(CultureInfo.InvariantCulture)).Append('\n');
                y.Append("    tier: ").Append(critical ? "critical" : "important").Append('\n');
                y.Append("    owners: { business: Owner ").Append(s.ToString(CultureInfo.InvariantCulture)).Append(", technical: MSP L2 }\n");
                y.Append("    targets: { rpo: ").Append(critical ? "26h" : "48h").Append(", approvedBy: Owner ").Append(s.ToString(CultureInfo.InvariantCulture)).Append(", approvedOn: 2026-06-01 }\n");
                y.Append("    components: [").Append(string.Join(", ", ids)).Append("]\n");
                y.Append("    restoreOrder: [").Append(string.Join(", ", ids)).Append("]\n");
                if (critical) y.Append("    workaround: Paper forms until systems return\n");
            }
            y.Append("components:\n");
            for (var i = 0; i < options.Objects; i++)
            {
                y.Append("  - id: ").Append(ComponentId(i)).Append('\n');
                y.Append("    name: Server ").Append(ObjectName(i)).Append('\n');
                y.Append("    kind: server\n");
                if (i % ComponentsPerService != 0) y.Append("    dependsOn: [").Append(ComponentId(i - 1)).Append("]\n");
                // Every fifth component is matched by a wildcard, so both ways of matching are timed.
                var pattern = i % 5 == 4 ? ObjectName(i) + "*" : ObjectName(i);
                y.Append("    backup: { match: [ { source: ").Append(SourceId).Append(", object: \"").Append(pattern).Append("\" } ] }\n");
            }
            y.Append("sources:\n");
            y.Append("  - { id: ").Append(SourceId).Append(", type: inventory, path: ./inventory.json }\n");
            y.Append("restoreTests:\n");
            for (var s = 0; s < services; s++)
            {
                y.Append("  - { date: 2026-09-").Append((1 + s % 28).ToString("D2", CultureInfo.InvariantCulture))
                 .Append(", service: ").Append(ServiceId(s))
                 .Append(", scope: full-service, duration: 6h, result: success, exercise: true }\n");
            }
            y.Append("access:\n");
            y.Append("  backupAdmins: [ \"MSP\\\\backup-admins\" ]\n");
            y.Append("  attested: { by: Benchmark, on: 2026-10-01, unprivilegedCannotAccessOthers: true, unprivilegedCannotModify: true,\n");
            y.Append("              privilegedCannotAccessOthers: true, privilegedCannotModify: true, unprivilegedCannotAccessOwn: true,\n");
            y.Append("              privilegedCannotAccessOwn: true, backupAdminsCannotDeleteInRetention: true }\n");
            y.Append("recovery:\n");
            y.Append("  credentials: { breakGlassAccounts: 2, independentOfProductionIdentity: true, storedOffline: true, lastTested: 2026-06-01 }\n");
            y.Append("  plan: { location: Printed binder, reviewedOn: 2026-04-01 }\n");
            y.Append("  contacts:\n");
            y.Append("    - { role: decision-maker, name: Owner 0, phone: \"+61 400 000 001\" }\n");
            y.Append("    - { role: technical-owner, name: MSP on-call, phone: \"+61 2 9000 0000\" }\n");
            y.Append("    - { role: communications, name: Office manager, phone: \"+61 400 000 002\" }\n");
            y.Append("  communications: { channel: SMS call tree }\n");
            y.Append("exercises:\n");
            y.Append("  - date: 2026-09-01\n");
            y.Append("    kind: functional\n");
            y.Append("    services: [").Append(string.Join(", ", Enumerable.Range(0, services).Where(s => s % 4 == 0).Select(ServiceId))).Append("]\n");
            return y.ToString();
        }

        private static IEnumerable<string> ComponentIds(int service, int objects) =>
            Enumerable.Range(service * ComponentsPerService, ComponentsPerService).Where(i => i < objects).Select(ComponentId);

        private static string ServiceId(int index) => "svc-" + index.ToString("D4", CultureInfo.InvariantCulture);

        private static string ComponentId(int index) => "c-" + index.ToString("D5", CultureInfo.InvariantCulture);
    }
}
