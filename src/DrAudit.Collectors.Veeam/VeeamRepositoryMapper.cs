using System;
using System.Collections.Generic;
using System.Linq;
using DrAudit.Core.Hosting;
using DrAudit.Core.Model.Inventory;
using DrAudit.Core.Sources.Rest;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Veeam
{
    /// <summary>Repositories (<c>/backupInfrastructure/repositories</c>) and scale-out repositories
    /// (<c>/backupInfrastructure/scaleOutRepositories</c>) as neutral repositories, and the placement of points kept in a
    /// scale-out repository on the tiers that hold them. Encryption comes from the jobs writing to a repository.</summary>
    internal sealed class VeeamRepositoryMapper
    {
        private readonly VeeamSnapshot _snapshot;
        private readonly IAuditHost _host;
        private readonly List<ScaleOut> _scaleOuts = new List<ScaleOut>();

        public VeeamRepositoryMapper(VeeamSnapshot snapshot, IAuditHost host)
        {
            _snapshot = snapshot;
            _host = host;
        }

        /// <summary>A scale-out repository's tiers as read: the capacity extent a point is copied or moved to, and when.</summary>
        private sealed class ScaleOut
        {
            public string Id = "";
            public string? CapacityExtent;
            public bool Copy;
            public bool Move;
            public int? MoveAfterDays;
        }

        public void Map(Inventory inventory)
        {
            var simple = VeeamInventoryMapper.ById(_snapshot.Repositories, "a repository");
            foreach (var record in simple.Values)
                inventory.Repositories.Add(Simple(record));
            foreach (var record in VeeamInventoryMapper.ById(_snapshot.ScaleOutRepositories ?? new List<JObject>(), "a scale-out repository").Values)
            {
                var id = RestJsonFields.RequiredString(record, "id", "a scale-out repository");
                if (simple.ContainsKey(id)) continue;
                inventory.Repositories.Add(ScaleOutRepository(record, id, inventory));
            }
            foreach (var repository in inventory.Repositories)
                repository.Encrypted = EncryptionFromJobs(inventory, repository.Id);
            foreach (var scaleOut in _scaleOuts.Where(s => s.CapacityExtent != null))
            {
                var capacity = inventory.Repositories.FirstOrDefault(r => r.Id == scaleOut.CapacityExtent);
                if (capacity == null) continue;
                var tierEncryption = RestJsonFields.Bool(ScaleOutRecord(scaleOut.Id), "capacityTier.encryption.isEnabled");
                // Data offloaded keeps the encryption it was written with; the capacity tier may add its own.
                var written = inventory.Repositories.First(r => r.Id == scaleOut.Id).Encrypted;
                capacity.Encrypted = tierEncryption == true || written == true ? true
                    : written == false && tierEncryption == false ? false : capacity.Encrypted;
            }
        }

        private JObject? ScaleOutRecord(string id) =>
            (_snapshot.ScaleOutRepositories ?? new List<JObject>()).FirstOrDefault(r => RestJsonFields.String(r, "id") == id);

        /// <summary>Location by type; immutability: hardened Linux from <c>makeRecentBackupsImmutableDays</c>, object storage
        /// from its bucket or container immutability block, types that cannot be immutable false.</summary>
        private static Repository Simple(JObject record)
        {
            var id = RestJsonFields.RequiredString(record, "id", "a repository");
            var type = RestJsonFields.String(record, "type");
            var repository = new Repository { Id = id, Name = RestJsonFields.String(record, "name"), Location = VeeamValues.LocationOf(type) };
            if (string.Equals(type, "LinuxHardened", StringComparison.OrdinalIgnoreCase))
            {
                repository.Immutable = true;
                repository.ImmutableDays = RestJsonFields.Int(record, "repository.makeRecentBackupsImmutableDays");
            }
            else if (Immutability(record) is JObject immutability)
            {
                repository.Immutable = RestJsonFields.Bool(immutability, "isEnabled");
                repository.ImmutableDays = repository.Immutable == false ? 0 : RestJsonFields.Int(immutability, "daysCount");
            }
            else if (VeeamValues.CannotBeImmutable(type))
            {
                repository.Immutable = false;
                repository.ImmutableDays = 0;
            }
            return repository;
        }

        private static JToken? Immutability(JObject record) =>
            record.SelectToken("bucket.immutability") ?? record.SelectToken("container.immutability") ?? record.SelectToken("immutability");

        /// <summary>A scale-out repository is where backups and points say they are: it takes the facts of its performance
        /// tier (the extents every new point lands on). Location: the extents' common location; mixed known locations are
        /// onsite (never counted off-site unless every extent is); any unknown extent leaves it unknown. Immutable only when
        /// every extent is, for the fewest days any extent keeps; mutable when one is not.</summary>
        private Repository ScaleOutRepository(JObject record, string id, Inventory inventory)
        {
            var repository = new Repository { Id = id, Name = RestJsonFields.String(record, "name") };
            var extents = (record.SelectToken("performanceTier.performanceExtents") as JArray ?? new JArray())
                .Select(e => RestJsonFields.String(e, "id")).Where(e => e != null)
                .Select(e => inventory.Repositories.FirstOrDefault(r => r.Id == e)).ToList();
            if (extents.Count > 0 && extents.All(e => e != null))
            {
                var locations = extents.Select(e => e!.Location).Distinct().ToList();
                repository.Location = locations.Count == 1 ? locations[0]
                    : locations.All(l => l != null) ? RepositoryLocation.Onsite : (RepositoryLocation?)null;
                if (extents.Any(e => e!.Immutable == false))
                {
                    repository.Immutable = false;
                    repository.ImmutableDays = 0;
                }
                else if (extents.All(e => e!.Immutable == true))
                {
                    repository.Immutable = true;
                    repository.ImmutableDays = extents.Any(e => e!.ImmutableDays == null) ? (int?)null : extents.Min(e => e!.ImmutableDays);
                }
            }
            else
                _host.WriteVerbose("Veeam scale-out repository '" + repository.Name + "' names performance extents the server does not list; its location and immutability are unknown.");

            var scaleOut = new ScaleOut { Id = id };
            // 1.1 says capacityTier.enabled; 1.2 and later capacityTier.isEnabled.
            var capacityOn = RestJsonFields.Bool(record, "capacityTier.isEnabled") ?? RestJsonFields.Bool(record, "capacityTier.enabled");
            if (capacityOn == true)
            {
                var capacity = (record.SelectToken("capacityTier.extents") as JArray ?? new JArray()).Select(e => RestJsonFields.String(e, "id")).Where(e => e != null).ToList();
                if (capacity.Count == 1)
                {
                    scaleOut.CapacityExtent = capacity[0];
                    scaleOut.Copy = RestJsonFields.Bool(record, "capacityTier.copyPolicyEnabled") == true;
                    scaleOut.Move = RestJsonFields.Bool(record, "capacityTier.movePolicyEnabled") == true;
                    scaleOut.MoveAfterDays = RestJsonFields.Int(record, "capacityTier.operationalRestorePeriodDays");
                    if (scaleOut.Move && scaleOut.MoveAfterDays == null)
                    {
                        _host.WriteVerbose("Veeam scale-out repository '" + repository.Name + "' moves backups to its capacity tier but does not say after how many days; points are placed on the performance tier only.");
                        scaleOut.Move = false;
                    }
                }
                else if (capacity.Count > 1)
                    _host.WriteVerbose("Veeam scale-out repository '" + repository.Name + "' has " + capacity.Count + " capacity extents; the API does not say which one holds a point, so no point counts as in its capacity tier.");
            }
            _scaleOuts.Add(scaleOut);
            return repository;
        }

        /// <summary>Encrypted when every job writing to the repository encrypts, not when one does not, else not stated.</summary>
        private static bool? EncryptionFromJobs(Inventory inventory, string id)
        {
            var writers = inventory.Jobs.Where(j => j.Repository == id).ToList();
            return writers.Count == 0 ? (bool?)null
                : writers.Any(j => j.Encrypted == false) ? false
                : writers.All(j => j.Encrypted == true) ? true : (bool?)null;
        }

        /// <summary>Points the API places in a scale-out repository, on the tiers its policies put them: with the copy policy
        /// every point is also in the capacity extent; with the move policy a point older than the operational restore
        /// window (counted back from <paramref name="asOf"/>) is in the capacity extent instead of the performance tier.</summary>
        public void PlacePoints(Inventory inventory, DateTimeOffset asOf)
        {
            foreach (var scaleOut in _scaleOuts.Where(s => s.CapacityExtent != null && (s.Copy || s.Move)))
            {
                var moveBefore = scaleOut.Move ? asOf - DrAudit.Core.Model.Duration.FromStatedDays(scaleOut.MoveAfterDays!.Value).Value : (DateTimeOffset?)null;
                var copies = new List<RestorePoint>();
                var points = inventory.RestorePoints;
                for (int i = 0; i < points.Count; i++)
                {
                    var point = points[i];
                    if (point.Repository != scaleOut.Id) continue;
                    if (moveBefore.HasValue && point.Time < moveBefore.Value)
                    {
                        point.Repository = scaleOut.CapacityExtent;
                        points[i] = point;
                        continue;
                    }
                    if (scaleOut.Copy)
                    {
                        point.Repository = scaleOut.CapacityExtent;
                        copies.Add(point);
                    }
                }
                inventory.RestorePoints.AddRange(copies);
            }
        }
    }
}
