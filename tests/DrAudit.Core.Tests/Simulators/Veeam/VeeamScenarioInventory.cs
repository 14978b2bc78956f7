using DrAudit.Core.Model;
using DrAudit.Core.Model.Inventory;

namespace DrAudit.Core.Tests.Simulators.Veeam
{
    /// <summary>A scenario written as a neutral inventory from the scenario itself (not from the collector), following
    /// docs/sources/veeam.md: the test oracle the collector's reading is compared with.</summary>
    public static class VeeamScenarioInventory
    {
        private static RepositoryLocation? Location(string type) => type switch
        {
            "AmazonS3" or "WasabiCloud" or "AzureBlob" or "AzureArchive" or "AmazonS3Glacier" => RepositoryLocation.Cloud,
            "S3Compatible" => null,
            _ => RepositoryLocation.Onsite,
        };

        private static bool CanBeImmutable(SimRepository r) => r.Type == "LinuxHardened" || r.ObjectImmutability.HasValue;

        private static bool? EncryptedBy(IEnumerable<SimJob> writers)
        {
            var own = writers.ToList();
            return own.Count == 0 ? null : own.Any(j => j.Encrypted == false) ? false : own.All(j => j.Encrypted == true) ? true : null;
        }

        public static Inventory Of(VeeamScenario s, DateTimeOffset since, DateTimeOffset collectedAt)
        {
            var inventory = new Inventory { Source = "veeam-main", System = "Veeam export" };
            var writers = s.Jobs.Where(j => j.Kind != SimJobKind.SureBackup).ToList();
            foreach (var r in s.Repositories)
                inventory.Repositories.Add(new Repository
                {
                    Id = r.Id,
                    Name = r.Name,
                    Location = Location(r.Type),
                    Immutable = r.Type == "LinuxHardened" ? true : r.ObjectImmutability?.Enabled ?? (r.Type is "WinLocal" or "LinuxLocal" or "Smb" or "Nfs" ? false : null),
                    ImmutableDays = r.Type == "LinuxHardened" ? r.ImmutableDays : r.ObjectImmutability.HasValue ? (r.ObjectImmutability.Value.Enabled ? r.ObjectImmutability.Value.Days : 0)
                        : r.Type is "WinLocal" or "LinuxLocal" or "Smb" or "Nfs" ? 0 : null,
                    Encrypted = EncryptedBy(writers.Where(j => j.RepositoryId == r.Id)),
                });
            foreach (var sobr in s.ScaleOuts)
            {
                var extents = sobr.PerformanceExtentIds.Select(id => s.Repositories.Single(r => r.Id == id)).ToList();
                var encrypted = EncryptedBy(writers.Where(j => j.RepositoryId == sobr.Id));
                inventory.Repositories.Add(new Repository
                {
                    Id = sobr.Id,
                    Name = sobr.Name,
                    Location = extents.Select(e => Location(e.Type)).Distinct().Count() == 1 ? Location(extents[0].Type) : RepositoryLocation.Onsite,
                    Immutable = extents.All(e => e.Type == "LinuxHardened") ? true : extents.Any(e => !CanBeImmutable(e)) ? false : null,
                    ImmutableDays = extents.All(e => e.Type == "LinuxHardened") ? extents.Min(e => e.ImmutableDays) : extents.Any(e => !CanBeImmutable(e)) ? 0 : null,
                    Encrypted = encrypted,
                });
                if (sobr.CapacityExtentId != null)
                {
                    var capacity = inventory.Repositories.Single(r => r.Id == sobr.CapacityExtentId);
                    capacity.Encrypted = sobr.CapacityEncrypted || encrypted == true ? true : encrypted == false ? false : capacity.Encrypted;
                }
            }
            foreach (var j in writers)
                inventory.Jobs.Add(new Job
                {
                    Id = j.Id, Name = j.Name, Kind = j.Kind == SimJobKind.Copy ? JobKind.Copy : JobKind.Backup, Enabled = !j.Disabled,
                    Objects = j.Kind == SimJobKind.Copy ? j.SourceJobIds.SelectMany(id => s.Jobs.Single(x => x.Id == id).Objects).Distinct().ToList() : j.Objects.ToList(),
                    Repository = j.RepositoryId, Retention = j.RetentionDays.HasValue ? Duration.FromDays(j.RetentionDays.Value) : null,
                    ApplicationAware = j.AppAware, Encrypted = j.Encrypted,
                });
            foreach (var x in s.Sessions.Where(x => x.Kind != SimJobKind.SureBackup && x.Created >= since))
                inventory.Runs.Add(new JobRun
                {
                    Job = x.JobId, Start = x.Created, End = x.End, Message = x.Message,
                    Result = x.State == "Working" ? RunResult.Running : Enum.Parse<RunResult>(x.Result),
                });
            foreach (var p in s.Points.Where(p => p.Created >= since))
            {
                var backup = s.Backups.Single(b => b.Id == p.BackupId);
                var job = s.Jobs.Single(j => j.Id == backup.JobId);
                var point = new RestorePoint
                {
                    Object = p.Object, Job = job.Id, Time = p.Created, Repository = backup.RepositoryId,
                    Consistency = job.AppAware == true ? PointConsistency.Application : job.AppAware == false ? PointConsistency.Crash : null,
                };
                inventory.RestorePoints.Add(point);
                // A scale-out repository's capacity tier holds a copy of every point (copy policy), or the point itself once
                // it is older than the operational restore window (move policy).
                var sobr = s.ScaleOuts.FirstOrDefault(x => x.Id == backup.RepositoryId);
                if (sobr?.CapacityExtentId == null) continue;
                if (sobr.MovePolicy && p.Created < collectedAt.AddDays(-sobr.OperationalRestoreDays)) point.Repository = sobr.CapacityExtentId;
                else if (sobr.CopyPolicy)
                    inventory.RestorePoints.Add(new RestorePoint { Object = p.Object, Job = job.Id, Time = p.Created, Repository = sobr.CapacityExtentId, Consistency = point.Consistency });
            }
            inventory.BackupServer = new BackupServer
            {
                Name = "VBR01",
                ConfigBackup = new ConfigurationBackup
                {
                    Enabled = s.ConfigBackup.Enabled, Encrypted = s.ConfigBackup.Encrypted, Repository = s.ConfigBackup.RepositoryId, LastSuccess = s.ConfigBackup.LastSuccess,
                },
            };
            inventory.Discovered = s.ViServers.SelectMany(v => v.Machines.Select(m => new DiscoveredWorkload { Object = m, Kind = WorkloadKind.Vm, Platform = "vSphere " + v.Name }))
                .Concat(s.HvServers.SelectMany(h => h.Machines.Select(m => new DiscoveredWorkload { Object = m, Kind = WorkloadKind.Vm, Platform = "Hyper-V " + h.Name })))
                .Concat(s.ProtectionGroups.SelectMany(g => g.Computers.Select(c => new DiscoveredWorkload
                {
                    Object = c.Name, Platform = "Veeam Agent (" + g.Name + ")",
                    Kind = c.OperatingSystem.StartsWith("WindowsServer", StringComparison.Ordinal) || c.OperatingSystem == "Linux" ? WorkloadKind.Server : WorkloadKind.Workstation,
                })))
                .ToList();
            return inventory;
        }
    }
}
