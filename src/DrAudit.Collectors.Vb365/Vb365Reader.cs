using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using DrAudit.Core.Hosting;
using DrAudit.Core.Sources.Rest;
using Newtonsoft.Json.Linq;

namespace DrAudit.Collectors.Vb365
{
    /// <summary>Reads what the audit needs about one organization from a VB365 server: the organization, its backup jobs
    /// with their selected and excluded items, the backup copy jobs of those jobs, job sessions that ended since the window
    /// start, the organization's restore points, backup and object storage repositories, and (for jobs that protect the
    /// entire organization) its users, sites and teams. Paged collections are followed with offset, limit and the server's
    /// <c>setId</c> until a page comes back short; collections the API returns whole are read in one request.</summary>
    internal sealed class Vb365Reader
    {
        public const int ProgressActivityId = 22;
        private const string V = "/" + Vb365LiveApi.Version;
        private readonly IVb365Api _api;
        private readonly RestSourceRead _read;
        private readonly int _pageSize;
        private readonly CancellationToken _cancellation;

        public Vb365Reader(IVb365Api api, IAuditHost host, string sourceId, int pageSize, CancellationToken cancellation)
        {
            _api = api;
            _read = new RestSourceRead(host, ProgressActivityId, "Reading Veeam Backup for Microsoft 365 source " + sourceId, "the Veeam Backup for Microsoft 365 server");
            _pageSize = Math.Max(1, pageSize);
            _cancellation = cancellation;
        }

        public Vb365Snapshot Read(string organization, DateTimeOffset since)
        {
            var snapshot = new Vb365Snapshot { Organization = FindOrganization(organization) };
            var orgId = RestJsonFields.RequiredString(snapshot.Organization, "id", "an organization");
            var escaped = Uri.EscapeDataString(orgId);
            snapshot.Jobs.AddRange(Whole(V + "/Organizations/" + escaped + "/Jobs", "backup jobs"));
            foreach (var job in snapshot.Jobs)
            {
                var id = RestJsonFields.RequiredString(job, "id", "a backup job");
                if (snapshot.SelectedItems.ContainsKey(id)) continue;
                snapshot.SelectedItems[id] = Whole(V + "/Jobs/" + Uri.EscapeDataString(id) + "/SelectedItems", "items of job " + id);
                snapshot.ExcludedItems[id] = _read.Optional(() => Whole(V + "/Jobs/" + Uri.EscapeDataString(id) + "/ExcludedItems", "exclusions of job " + id),
                    "the exclusions of job " + id) ?? new List<JObject>();
            }
            var jobIds = new HashSet<string>(snapshot.Jobs.Select(j => Vb365Json.String(j, "id")!), StringComparer.Ordinal);
            snapshot.CopyJobs = _read.Optional(() => Whole(V + "/CopyJobs", "backup copy jobs"), "the backup copy jobs")
                ?.Where(c => Vb365Json.String(c, "backupJobId") is string source && jobIds.Contains(source)).ToList();
            snapshot.Repositories.AddRange(Whole(V + "/BackupRepositories", "backup repositories"));
            snapshot.ObjectStorage = _read.Optional(() => Whole(V + "/ObjectStorageRepositories", "object storage repositories"), "the object storage repositories");
            var bound = Uri.EscapeDataString(since.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            snapshot.Sessions.AddRange(Paged(V + "/JobSessions", "endTimeLowerBound=" + bound, "job sessions"));
            snapshot.RestorePoints.AddRange(Paged(V + "/RestorePoints", "organizationId=" + escaped, "restore points"));
            if (snapshot.Jobs.Any(j => Vb365Values.ProtectsWholeOrganization(j, snapshot.SelectedItems[Vb365Json.String(j, "id")!])))
            {
                snapshot.Users = _read.Optional(() => Paged(V + "/Organizations/" + escaped + "/Users", null, "users"), "the organization's users");
                snapshot.Sites = _read.Optional(() => Paged(V + "/Organizations/" + escaped + "/Sites", null, "sites"), "the organization's sites");
                snapshot.Teams = _read.Optional(() => Paged(V + "/Organizations/" + escaped + "/Teams", null, "teams"), "the organization's teams");
            }
            _read.Done();
            return snapshot;
        }

        /// <summary>The organization named by the source, by id, name (contoso.onmicrosoft.com) or office name. The error
        /// never lists the server's other organizations: they are other clients of the MSP.</summary>
        private JObject FindOrganization(string wanted)
        {
            var all = Whole(V + "/Organizations", "organizations");
            var found = all.Where(o => Matches(o, "id", wanted)).ToList();
            if (found.Count == 0) found = all.Where(o => Matches(o, "name", wanted) || Matches(o, "officeName", wanted)).ToList();
            if (found.Count == 1) return found[0];
            if (found.Count > 1)
                throw new RestSourceException("the server has " + found.Count + " organizations named '" + wanted + "'; give the organization's id instead.");
            throw new RestSourceException("the server has no organization '" + wanted + "' that this account can see (it lists "
                + all.Count.ToString(CultureInfo.InvariantCulture) + "); check the organization's name or id in the Veeam Backup for Microsoft 365 console.");
        }

        private static bool Matches(JObject record, string field, string wanted) =>
            string.Equals(Vb365Json.String(record, field), wanted.Trim(), StringComparison.OrdinalIgnoreCase);

        /// <summary>A collection the API returns whole: a JSON array (or, from a server that pages it, the first page's
        /// <c>results</c> followed to the end).</summary>
        private List<JObject> Whole(string path, string what)
        {
            var answer = _api.Get(path, _cancellation);
            if (answer is JArray array) return Records(array, "GET " + path);
            if (answer is JObject page && page["results"] is JArray) return Paged(path, null, what);
            throw RestJsonFields.Malformed("GET " + path, "is neither a list nor a page of results");
        }

        /// <summary>Every record of a paged collection: <c>{"offset", "limit", "setId", "results": [...], "_links": {"next"}}</c>,
        /// asking for the next offset with the same setId (a consistent view of the data) until a page is empty, or shorter than
        /// its own <c>limit</c> with no <c>next</c> link.</summary>
        private List<JObject> Paged(string path, string? filter, string what)
        {
            var records = new List<JObject>();
            string? setId = null;
            for (var offset = 0; ; )
            {
                _cancellation.ThrowIfCancellationRequested();
                var request = path + "?" + (filter == null ? "" : filter + "&") + "offset=" + offset.ToString(CultureInfo.InvariantCulture)
                    + "&limit=" + _pageSize.ToString(CultureInfo.InvariantCulture) + (setId == null ? "" : "&setId=" + Uri.EscapeDataString(setId));
                var answer = _api.Get(request, _cancellation);
                if (answer is JArray whole)
                {
                    records.AddRange(Records(whole, "GET " + request));
                    return records;
                }
                if (!(answer is JObject page) || !(page["results"] is JArray results))
                    throw RestJsonFields.Malformed("GET " + request, "has no 'results' list");
                records.AddRange(Records(results, "GET " + request));
                setId = Vb365Json.String(page, "setId") ?? setId;
                _read.Records(what, records.Count, null);
                // A page shorter than the limit it was served with (a capture may have been saved with another page size),
                // and no link to a next one, is the last.
                var hasNext = page.SelectToken("_links.next") != null;
                var limit = Vb365Json.Int(page, "limit") ?? _pageSize;
                offset += results.Count;
                if (results.Count == 0 || (!hasNext && results.Count < limit)) return records;
            }
        }

        private static List<JObject> Records(JArray items, string what)
        {
            var records = new List<JObject>();
            foreach (var item in items)
            {
                if (!(item is JObject record)) throw RestJsonFields.Malformed(what, "has an item that is not an object");
                records.Add(record);
            }
            return records;
        }
    }
}
