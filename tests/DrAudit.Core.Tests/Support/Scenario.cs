using DrAudit.Core.Evaluation;
using DrAudit.Core.Model;
using DrAudit.Core.Model.Definition;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Model.Result;
using DrAudit.Core.Sources;

namespace DrAudit.Core.Tests.Support
{
    /// <summary>Builds a client definition and source inventories in code, for rule and engine tests.
    /// Defaults: asOf 2026-11-01T00:00Z, one source "main" (an inventory source, readable), no services.</summary>
    public sealed class Scenario
    {
        public static readonly DateTimeOffset DefaultAsOf = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

        public ClientDefinition Definition { get; } = new ClientDefinition
        {
            FilePath = "/test/client.yaml",
            Client = new ClientInfo { Id = "test-client", Name = "Test Client" },
            AsOf = DefaultAsOf,
            Tiers = TierTargets.BuiltInTiers(),
        };

        private readonly Dictionary<string, SourceData> _sources = new Dictionary<string, SourceData>();

        public Scenario()
        {
            Source("main");
        }

        public DateTimeOffset AsOf => Definition.AsOf!.Value;

        /// <summary>The moment <paramref name="days"/> days before asOf (a date at 00:00 UTC with the default asOf).</summary>
        public DateTimeOffset DaysAgo(double days) => AsOf.AddDays(-days);

        /// <summary>Adds (or returns) a readable inventory source.</summary>
        public Inventory Source(string id)
        {
            if (_sources.TryGetValue(id, out var existing)) return existing.Inventory!;
            var definition = new SourceDefinition { Id = id, Type = SourceDefinition.InventoryType, Path = "/test/" + id + ".json" };
            Definition.Sources.Add(definition);
            var data = new SourceData(definition) { Inventory = new Inventory { Source = id }, Quality = EvidenceQuality.Fair, CollectedAt = AsOf };
            _sources[id] = data;
            return data.Inventory;
        }

        /// <summary>Marks a source as failed: everything matched to it becomes invisible.</summary>
        public Scenario FailSource(string id, string error = "cannot read")
        {
            Source(id);
            var old = _sources[id];
            _sources[id] = SourceData.Failed(old.Definition, error);
            return this;
        }

        /// <summary>Adds a service of a tier with the tier's targets (override with <paramref name="configure"/>).</summary>
        public Service Service(string id, string tier = "critical", params string[] components)
        {
            var t = Definition.Tiers[tier];
            var service = new Service
            {
                Id = id,
                Name = char.ToUpperInvariant(id[0]) + id.Substring(1).Replace('-', ' '),
                Tier = tier,
                Components = components.ToList(),
                Targets = new ServiceTargets { Rpo = t.Rpo, Rto = t.Rto, Retention = t.Retention, RestoreTestEvery = t.RestoreTestEvery, SyncTolerance = t.SyncTolerance },
            };
            Definition.Services.Add(service);
            return service;
        }

        /// <summary>Adds a component that matches the object of the same name in source "main" (or none when <paramref name="match"/> is false).</summary>
        public Component Component(string id, ComponentKind kind = ComponentKind.Server, bool match = true, string source = "main")
        {
            var component = new Component { Id = id, Name = id.ToUpperInvariant(), Kind = kind };
            if (match) component.Backup = new BackupSpec { Match = { new BackupMatch { Source = source, Object = id } } };
            Definition.Components.Add(component);
            return component;
        }

        public Repository Repository(string id, RepositoryLocation location = RepositoryLocation.Onsite, bool? encrypted = true,
            bool? immutable = false, int? immutableDays = 0, bool? sharesProductionCredentials = true, string source = "main")
        {
            var repository = new Repository { Id = id, Name = id, Location = location, Encrypted = encrypted, Immutable = immutable, ImmutableDays = immutableDays, SharesProductionCredentials = sharesProductionCredentials };
            Source(source).Repositories.Add(repository);
            return repository;
        }

        public Job Job(string id, string repository, string retention = "90d", JobKind kind = JobKind.Backup, string source = "main", params string[] objects)
        {
            var job = new Job { Id = id, Name = id, Kind = kind, Repository = repository, Retention = Duration.Parse(retention), Objects = objects.ToList() };
            Source(source).Jobs.Add(job);
            return job;
        }

        /// <summary>Adds a run of <paramref name="job"/> and, unless it failed, a point of each of its objects at the run's start.</summary>
        public Scenario Run(string job, DateTimeOffset start, RunResult result = RunResult.Success, string source = "main", bool withPoints = true)
        {
            var inventory = Source(source);
            inventory.Runs.Add(new JobRun { Job = job, Start = start, End = start.AddMinutes(30), Result = result });
            var j = inventory.Jobs.Single(x => x.Id == job);
            if (withPoints && result != RunResult.Failed)
                foreach (var o in j.Objects)
                    inventory.RestorePoints.Add(new RestorePoint { Object = o, Job = job, Time = start, Repository = j.Repository, Consistency = PointConsistency.Application });
            return this;
        }

        /// <summary>Adds runs every <paramref name="interval"/> from <paramref name="first"/> while before or at <paramref name="last"/>.</summary>
        public Scenario Runs(string job, DateTimeOffset first, DateTimeOffset last, TimeSpan interval, RunResult result = RunResult.Success, string source = "main")
        {
            for (var t = first; t <= last; t += interval) Run(job, t, result, source);
            return this;
        }

        public RestoreTest RestoreTest(string service, DateTimeOffset date, RestoreScope scope = RestoreScope.FullService, string? duration = "2h",
            RestoreResult result = RestoreResult.Success, bool exercise = false, params string[] components)
        {
            var test = new RestoreTest
            {
                Service = service, Date = date, Scope = scope, Result = result, Exercise = exercise,
                Duration = duration == null ? (Duration?)null : Duration.Parse(duration),
                Components = components.ToList(), Origin = Definition.FilePath,
            };
            Definition.RestoreTests.Add(test);
            return test;
        }

        public IReadOnlyList<SourceData> Sources => Definition.Sources.Select(s => _sources[s.Id]).ToList();

        /// <summary>The context rules are judged in, built from the current state.</summary>
        public AuditContext Context() => new AuditContext(Definition, AsOf, Sources);

        public ServiceContext ServiceContext(string serviceId) => Context().Services.Single(s => s.Service.Id == serviceId);
    }
}
