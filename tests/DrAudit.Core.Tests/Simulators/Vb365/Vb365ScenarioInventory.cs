using DrAudit.Core.Model;
using DrAudit.Core.Model.Inventory;

namespace DrAudit.Core.Tests.Simulators.Vb365
{
    /// <summary>A scenario's organization written as a neutral inventory from the scenario itself (not from the collector),
    /// following docs/sources/vb365.md: the test oracle the collector's reading is compared with.</summary>
    public static class Vb365ScenarioInventory
    {
        private static Duration Retention(SimM365Repository r) => r.PeriodType switch
        {
            "Daily" => Duration.FromDays(r.Period),
            "Monthly" => Duration.FromDays(30 * r.Period),
            _ => Duration.FromDays(r.Period == 0 ? 36500 : 365 * r.Period),
        };

        private static IEnumerable<(string Name, string Workload)> Objects(SimOrganization org, SimM365Job job)
        {
            var all = new List<(string, string)>();
            if (job.EntireOrganization)
            {
                foreach (var u in org.Users) { all.Add((u, "mail")); all.Add(("onedrive:" + u, "onedrive")); }
                all.AddRange(org.Sites.Where(x => !x.Personal).Select(x => (x.Url, "site")));
                all.AddRange(org.Teams.Select(t => ("team:" + t.Mail, "team")));
            }
            foreach (var i in job.Items)
            {
                if (i.Kind == SimItemKind.User) { if (i.Mailbox) all.Add((i.Name, "mail")); if (i.OneDrive) all.Add(("onedrive:" + i.Name, "onedrive")); }
                if (i.Kind == SimItemKind.Site) all.Add((i.Name, "site"));
                if (i.Kind == SimItemKind.Team) all.Add(("team:" + i.Name, "team"));
            }
            var excluded = job.Excluded.SelectMany(x => new[] { x.Name, "onedrive:" + x.Name }).ToHashSet(StringComparer.OrdinalIgnoreCase);
            return all.Where(o => !excluded.Contains(o.Item1));
        }

        public static Inventory Of(Vb365Scenario s, string organizationName, DateTimeOffset since)
        {
            var org = s.Organizations.Single(o => o.Name == organizationName);
            var inventory = new Inventory { Source = "vb365", System = "VB365 export" };
            foreach (var r in s.Repositories)
            {
                var storage = s.ObjectStorage.FirstOrDefault(x => x.Id == r.ObjectStorageId);
                inventory.Repositories.Add(new Repository
                {
                    Id = r.Id,
                    Name = r.Name,
                    Location = storage == null || storage.Type == "AmazonS3Compatible" ? null : RepositoryLocation.Cloud,
                    Encrypted = storage != null && r.Encrypted,
                    Immutable = storage == null ? false : storage.Immutable,
                    ImmutableDays = storage == null || storage.Immutable == false ? 0 : storage.Immutable == true ? (int)Retention(r).Value.TotalDays : null,
                });
            }
            var jobs = s.Jobs.Where(j => j.OrganizationId == org.Id).ToList();
            foreach (var j in jobs)
            {
                var r = s.Repositories.Single(x => x.Id == j.RepositoryId);
                inventory.Jobs.Add(new Job
                {
                    Id = j.Id, Name = j.Name, Kind = JobKind.Saas, Enabled = j.Enabled, Objects = Objects(org, j).Select(o => o.Name).ToList(),
                    Repository = r.Id, Retention = Retention(r), Encrypted = r.ObjectStorageId != null && r.Encrypted,
                });
            }
            var copies = s.CopyJobs.Where(c => jobs.Any(j => j.Id == c.BackupJobId)).ToList();
            foreach (var c in copies)
            {
                var r = s.Repositories.Single(x => x.Id == c.RepositoryId);
                inventory.Jobs.Add(new Job
                {
                    Id = c.Id, Name = c.Name, Kind = JobKind.Copy, Enabled = c.Enabled, Objects = Objects(org, jobs.Single(j => j.Id == c.BackupJobId)).Select(o => o.Name).ToList(),
                    Repository = r.Id, Retention = Retention(r), Encrypted = r.ObjectStorageId != null && r.Encrypted,
                });
            }
            var ids = inventory.Jobs.Select(j => j.Id).ToHashSet();
            foreach (var x in s.Sessions.Where(x => ids.Contains(x.JobId) && (x.End == null || x.End >= since)))
                inventory.Runs.Add(new JobRun
                {
                    Job = x.JobId, Start = x.Created, End = x.End,
                    Result = x.Status switch { "Success" => RunResult.Success, "Warning" => RunResult.Warning, "Failed" => RunResult.Failed, "Running" => RunResult.Running, _ => RunResult.Unknown },
                });
            foreach (var p in s.Points.Where(p => p.OrganizationId == org.Id && p.Time >= since))
            {
                var job = jobs.Single(j => j.Id == p.JobId);
                var owner = p.Copy ? copies.Single(c => c.BackupJobId == job.Id && c.RepositoryId == p.RepositoryId).Id : job.Id;
                foreach (var o in Objects(org, job))
                {
                    var held = o.Workload switch { "mail" => p.Exchange, "onedrive" => p.OneDrive, "site" => p.SharePoint, _ => p.Teams };
                    if (held) inventory.RestorePoints.Add(new RestorePoint { Object = o.Name, Job = owner, Time = p.Time, Repository = p.RepositoryId });
                }
            }
            return inventory;
        }
    }
}
