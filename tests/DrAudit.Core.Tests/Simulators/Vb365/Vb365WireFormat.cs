using System.Globalization;
using Newtonsoft.Json.Linq;

namespace DrAudit.Core.Tests.Simulators.Vb365
{
    /// <summary>Records as the VB365 REST API v8 writes them, field by field from Veeam's published reference (the shapes and
    /// where each came from are listed in docs/sources/vb365.md): camelCase names, UTC times with 7 fractional digits, HAL
    /// <c>_links</c> with absolute hrefs on the server's own host name (which the client must not depend on).</summary>
    public static class Vb365WireFormat
    {
        public const string Host = "https://vb365.simulator.local:4443/v8";

        public static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

        private static JObject Links(params (string Rel, string Path)[] links)
        {
            var o = new JObject();
            foreach (var (rel, path) in links) o[rel] = new JObject { ["href"] = Host + path };
            return o;
        }

        public static JObject Organization(SimOrganization o) => new()
        {
            ["type"] = "Office365",
            ["region"] = "Worldwide",
            ["id"] = o.Id,
            ["name"] = o.Name,
            ["officeName"] = o.OfficeName,
            ["isBackedup"] = true,
            ["isExchangeOnline"] = true,
            ["isSharePointOnline"] = true,
            ["isTeamsOnline"] = true,
            ["_links"] = Links(("self", "/Organizations/" + o.Id), ("jobs", "/Organizations/" + o.Id + "/Jobs")),
        };

        public static JObject Job(SimM365Job j, SimM365Session? last) => new()
        {
            ["id"] = j.Id,
            ["name"] = j.Name,
            ["description"] = "",
            ["repositoryId"] = j.RepositoryId,
            ["lastStatus"] = last?.Status ?? "Stopped",
            ["lastRun"] = last == null ? null : Time(last.Created),
            ["nextRun"] = null,
            ["isEnabled"] = j.Enabled,
            ["backupType"] = j.EntireOrganization ? "EntireOrganization" : "SelectedItems",
            ["schedulePolicy"] = new JObject { ["type"] = "Periodically", ["periodicallyEvery"] = "Hours4", ["scheduleEnabled"] = true },
            ["_links"] = Links(("self", "/Jobs/" + j.Id), ("organization", "/Organizations/" + j.OrganizationId),
                ("backupRepository", "/BackupRepositories/" + j.RepositoryId), ("jobsessions", "/Jobs/" + j.Id + "/JobSessions")),
        };

        public static JObject Item(SimJobItem i, int n)
        {
            var id = "item-" + n.ToString(CultureInfo.InvariantCulture);
            var o = new JObject { ["id"] = id, ["type"] = i.Kind.ToString() };
            switch (i.Kind)
            {
                case SimItemKind.User:
                    o["user"] = new JObject { ["id"] = Guid.NewGuid().ToString(), ["displayName"] = i.Name.Split('@')[0], ["name"] = i.Name, ["type"] = "User", ["locationType"] = "Cloud" };
                    o["mailbox"] = i.Mailbox;
                    o["oneDrive"] = i.OneDrive;
                    o["archiveMailbox"] = false;
                    o["personalSite"] = false;
                    break;
                case SimItemKind.Site:
                    o["site"] = new JObject { ["id"] = Guid.NewGuid().ToString(), ["name"] = i.Name.Split('/').Last(), ["url"] = i.Name, ["title"] = i.Name.Split('/').Last(), ["isCloud"] = true, ["isPersonal"] = false };
                    break;
                case SimItemKind.Team:
                    o["team"] = new JObject { ["id"] = Guid.NewGuid().ToString(), ["displayName"] = i.Name.Split('@')[0], ["mail"] = i.Name };
                    break;
                case SimItemKind.Group:
                    o["group"] = new JObject { ["id"] = Guid.NewGuid().ToString(), ["displayName"] = i.Name.Split('@')[0], ["name"] = i.Name, ["type"] = "Office365" };
                    o["groupMailbox"] = i.Mailbox;
                    o["groupSite"] = false;
                    o["members"] = false;
                    break;
                case SimItemKind.PartialOrganization:
                    o["mailbox"] = i.Mailbox;
                    o["oneDrive"] = i.OneDrive;
                    o["sites"] = i.Sites;
                    o["teams"] = i.Teams;
                    o["archiveMailbox"] = false;
                    o["personalSite"] = false;
                    break;
            }
            return o;
        }

        public static JObject CopyJob(SimCopyJob c) => new()
        {
            ["backupJobId"] = c.BackupJobId,
            ["id"] = c.Id,
            ["name"] = c.Name,
            ["repositoryId"] = c.RepositoryId,
            ["lastStatus"] = "Success",
            ["isEnabled"] = c.Enabled,
            ["schedulePolicy"] = new JObject { ["type"] = "Immediate" },
            ["_links"] = Links(("self", "/CopyJobs/" + c.Id), ("backupJob", "/Jobs/" + c.BackupJobId)),
        };

        public static JObject Session(SimM365Session s) => new()
        {
            ["id"] = s.Id,
            ["creationTime"] = Time(s.Created),
            ["endTime"] = s.End == null ? null : Time(s.End.Value),
            ["retryCount"] = 0,
            ["jobId"] = s.JobId,
            ["progress"] = s.End == null ? 40 : 100,
            ["status"] = s.Status,
            ["statistics"] = new JObject { ["processingRateBytesPS"] = 1683256, ["processingRateItemsPS"] = 20, ["readRateBytesPS"] = 5383429, ["writeRateBytesPS"] = 2601539, ["transferredDataBytes"] = 83921, ["processedObjects"] = 12, ["bottleneck"] = "Source" },
            ["jobWillBeRetried"] = false,
            ["_links"] = Links(("self", "/JobSessions/" + s.Id), ("job", "/Jobs/" + s.JobId), ("log", "/JobSessions/" + s.Id + "/LogItems")),
        };

        public static JObject Point(SimM365Point p) => new()
        {
            ["id"] = p.Id,
            ["repositoryId"] = p.RepositoryId,
            ["backupTime"] = Time(p.Time),
            ["jobId"] = p.JobId,
            ["organizationId"] = p.OrganizationId,
            ["isExchange"] = p.Exchange,
            ["isSharePoint"] = p.SharePoint,
            ["isOneDrive"] = p.OneDrive,
            ["isTeams"] = p.Teams,
            ["isLongTermCopy"] = p.Copy,
            ["isRetrieved"] = false,
            ["_links"] = Links(("self", "/RestorePoints/" + p.Id), ("backupRepository", "/BackupRepositories/" + p.RepositoryId)),
        };

        public static JObject Repository(SimM365Repository r)
        {
            var o = new JObject
            {
                ["id"] = r.Id,
                ["name"] = r.Name,
                ["description"] = "",
                ["path"] = "C:\\VB365\\" + r.Name,
                ["proxyId"] = "5a905bb5-9071-433c-9d2f-f805d4da2cf4",
                ["retentionType"] = "SnapshotBased",
                ["retentionPeriodType"] = r.PeriodType,
                ["retentionFrequencyType"] = "Daily",
                ["dailyTime"] = "08:00:00",
                ["dailyType"] = "Everyday",
                ["capacityBytes"] = 128479916032L,
                ["freeSpaceBytes"] = 111512793088L,
                ["isOutOfSync"] = false,
                ["isLongTerm"] = false,
                ["_links"] = Links(("self", "/BackupRepositories/" + r.Id)),
            };
            if (r.PeriodType == "Daily") o["dailyRetentionPeriod"] = r.Period;
            else if (r.PeriodType == "Monthly") o["monthlyRetentionPeriod"] = r.Period;
            else o["yearlyRetentionPeriod"] = r.Period == 0 ? "KeepForever" : r.Period == 1 ? "Year1" : "Years" + r.Period.ToString(CultureInfo.InvariantCulture);
            if (r.ObjectStorageId != null)
            {
                o["objectStorageId"] = r.ObjectStorageId;
                o["objectStorageCachePath"] = "C:\\VB365\\cache";
                o["objectStorageEncryptionEnabled"] = r.Encrypted;
                if (r.Encrypted) o["encryptionKeyId"] = "e5c1a1a4-7b4e-4d3a-9d7c-21b0a2c11f00";
            }
            return o;
        }

        public static JObject ObjectStorage(SimObjectStorage s)
        {
            var o = new JObject
            {
                ["id"] = s.Id,
                ["name"] = s.Name,
                ["description"] = "",
                ["type"] = s.Type,
                ["sizeLimitEnabled"] = false,
                ["_links"] = Links(("self", "/ObjectStorageRepositories/" + s.Id)),
            };
            if (s.Type.StartsWith("AzureBlob", StringComparison.Ordinal))
            {
                o["azureContainer"] = new JObject { ["name"] = "vb365", ["regionType"] = "Global" };
                o["azureFolder"] = s.Name;
            }
            else
            {
                o["amazonBucket"] = new JObject { ["name"] = "vb365-" + s.Name.ToLowerInvariant().Replace(' ', '-'), ["regionId"] = "ap-southeast-2" };
                o["amazonFolder"] = s.Name;
            }
            if (s.Immutable.HasValue) o["enableImmutability"] = s.Immutable.Value;
            return o;
        }

        public static JObject User(SimOrganization o, string address) => new()
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["displayName"] = address.Split('@')[0],
            ["name"] = address,
            ["type"] = "User",
            ["locationType"] = "Cloud",
            ["_links"] = Links(("self", "/Organizations/" + o.Id + "/Users/" + address)),
        };

        public static JObject Site(SimOrganization o, (string Name, string Url, bool Personal) s) => new()
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["name"] = s.Name,
            ["url"] = s.Url,
            ["title"] = s.Name,
            ["isCloud"] = true,
            ["isPersonal"] = s.Personal,
            ["isAvailable"] = true,
            ["_links"] = Links(("self", "/Organizations/" + o.Id + "/Sites/" + s.Name)),
        };

        public static JObject Team(SimOrganization o, (string Name, string Mail) t) => new()
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["displayName"] = t.Name,
            ["description"] = "",
            ["mail"] = t.Mail,
            ["privacy"] = "Private",
            ["_links"] = Links(("self", "/Organizations/" + o.Id + "/Teams/" + t.Mail)),
        };
    }
}
