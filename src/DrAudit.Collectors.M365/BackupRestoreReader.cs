using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DrAudit.Core.Hosting;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Serialization;

namespace DrAudit.Collectors.M365
{
    /// <summary>Reads <c>/solutions/backupRestore</c> through the Graph SDK into a <see cref="BackupRestoreSnapshot"/>:
    /// service status; Exchange, SharePoint and OneDrive policies; protection units (typed casts); every restore point of
    /// each unit in the audit window (GET restorePoints, walked back five at a time); restore sessions and their
    /// artifacts; the tenant's users, OneDrives and sites (<see cref="TenantDiscovery"/>); and the names of units (users and
    /// sites lookups for what the tenant lists did not name; a lookup Graph refuses only leaves units named by id). Follows
    /// <c>@odata.nextLink</c> (absolute or relative) and reports counts to the host while paging.</summary>
    internal sealed class BackupRestoreReader
    {
        /// <summary>Requests a read may still spend (one a page).</summary>
        internal sealed class PageBudget
        {
            public PageBudget(int left) { Left = left; }
            public int Left { get; set; }
        }

        private const int ProgressActivityId = 20;
        private static readonly Dictionary<string, ParsableFactory<IParsable>> ErrorMapping =
            new Dictionary<string, ParsableFactory<IParsable>> { ["XXX"] = ODataError.CreateFromDiscriminatorValue };

        private readonly GraphServiceClient _client;
        private readonly IAuditHost _host;
        private readonly string _sourceId;
        private readonly M365CollectorOptions _options;
        private readonly CancellationToken _cancellation;

        public BackupRestoreReader(GraphServiceClient client, IAuditHost host, string sourceId, M365CollectorOptions options, CancellationToken cancellation)
        {
            _client = client;
            _host = host;
            _sourceId = sourceId;
            _options = options;
            _cancellation = cancellation;
        }

        private string Activity => "Reading Microsoft 365 Backup (source " + _sourceId + ")";

        public async Task<BackupRestoreSnapshot> ReadAsync(DateTimeOffset windowStart, DateTimeOffset asOf)
        {
            var snapshot = new BackupRestoreSnapshot();
            var backup = _client.Solutions.BackupRestore;
            var root = await backup.GetAsync(cancellationToken: _cancellation).ConfigureAwait(false);
            snapshot.ServiceStatus = root?.ServiceStatus;

            snapshot.Policies.AddRange(await ReadAllAsync("Exchange protection policies", backup.ExchangeProtectionPolicies.ToGetRequestInformation(),
                ExchangeProtectionPolicyCollectionResponse.CreateFromDiscriminatorValue, r => r.Value).ConfigureAwait(false));
            snapshot.Policies.AddRange(await ReadAllAsync("SharePoint protection policies", backup.SharePointProtectionPolicies.ToGetRequestInformation(),
                SharePointProtectionPolicyCollectionResponse.CreateFromDiscriminatorValue, r => r.Value).ConfigureAwait(false));
            snapshot.Policies.AddRange(await ReadAllAsync("OneDrive protection policies", backup.OneDriveForBusinessProtectionPolicies.ToGetRequestInformation(),
                OneDriveForBusinessProtectionPolicyCollectionResponse.CreateFromDiscriminatorValue, r => r.Value).ConfigureAwait(false));

            snapshot.Units.AddRange(await ReadAllAsync("mailbox protection units", backup.ProtectionUnits.GraphMailboxProtectionUnit.ToGetRequestInformation(),
                MailboxProtectionUnitCollectionResponse.CreateFromDiscriminatorValue, r => r.Value).ConfigureAwait(false));
            snapshot.Units.AddRange(await ReadAllAsync("site protection units", backup.ProtectionUnits.GraphSiteProtectionUnit.ToGetRequestInformation(),
                SiteProtectionUnitCollectionResponse.CreateFromDiscriminatorValue, r => r.Value).ConfigureAwait(false));
            snapshot.Units.AddRange(await ReadAllAsync("OneDrive protection units", backup.ProtectionUnits.GraphDriveProtectionUnit.ToGetRequestInformation(),
                DriveProtectionUnitCollectionResponse.CreateFromDiscriminatorValue, r => r.Value).ConfigureAwait(false));

            await ReadHistoryAsync(snapshot, windowStart, asOf).ConfigureAwait(false);
            await ReadRestoreSessionsAsync(snapshot).ConfigureAwait(false);
            await new TenantDiscovery(this, _client, _host, _sourceId, _options, _cancellation).DiscoverAsync(snapshot).ConfigureAwait(false);
            await ResolveUserNamesAsync(snapshot).ConfigureAwait(false);
            await ResolveSiteUrlsAsync(snapshot).ConfigureAwait(false);
            _host.WriteProgress(new ProgressReport(ProgressActivityId, Activity, "done", 100, completed: true));
            return snapshot;
        }

        /// <summary>Every restore point of every unit in [windowStart, asOf]: per unit, <c>GET restorePoints</c> with
        /// <c>$expand=protectionUnit($filter=id eq '{unit}')</c> and <c>$filter=protectionDateTime lt {cursor}</c> (both
        /// required; Graph answers the five newest points before the cursor, and may page with <c>@odata.nextLink</c>),
        /// walking the cursor back to the oldest point read until the window is covered. The collector cuts the answer
        /// itself too (unit, window), as a service that ignores a filter would otherwise mislead it. At most
        /// <see cref="M365CollectorOptions.Concurrency"/> units at once and
        /// <see cref="M365CollectorOptions.MaxRestorePointRequestsPerUnit"/> requests a unit.</summary>
        private async Task ReadHistoryAsync(BackupRestoreSnapshot snapshot, DateTimeOffset windowStart, DateTimeOffset asOf)
        {
            var ids = snapshot.Units.Where(u => !string.IsNullOrEmpty(u.Id)).Select(u => u.Id!).Distinct(StringComparer.Ordinal).ToList();
            var done = 0;
            using (var gate = new SemaphoreSlim(Math.Max(1, _options.Concurrency)))
            {
                var reads = ids.Select(async id =>
                {
                    await gate.WaitAsync(_cancellation).ConfigureAwait(false);
                    try
                    {
                        var (points, cutAt) = await ReadUnitHistoryAsync(id, windowStart, asOf).ConfigureAwait(false);
                        lock (snapshot)
                        {
                            if (points.Count > 0) snapshot.Points[id] = points;
                            if (cutAt.HasValue) snapshot.HistoryCut[id] = cutAt.Value;
                            Progress("restore point history (units)", ++done, ids.Count);
                        }
                    }
                    finally
                    {
                        gate.Release();
                    }
                }).ToList();
                await Task.WhenAll(reads).ConfigureAwait(false);
            }
        }

        private async Task<(List<RestorePoint> Points, DateTimeOffset? CutAt)> ReadUnitHistoryAsync(string unitId, DateTimeOffset windowStart, DateTimeOffset asOf)
        {
            var points = new Dictionary<string, RestorePoint>(StringComparer.Ordinal);
            var budget = new PageBudget(Math.Max(1, _options.MaxRestorePointRequestsPerUnit));
            // lt: a point taken exactly at asOf still counts, as it does for every other source.
            var cursor = asOf.AddSeconds(1);
            while (true)
            {
                if (budget.Left <= 0) return (Sorted(points), points.Count == 0 ? cursor : points.Values.Min(p => p.ProtectionDateTime!.Value));
                var before = cursor;
                var request = _client.Solutions.BackupRestore.RestorePoints.ToGetRequestInformation(c =>
                {
                    c.QueryParameters.Expand = new[] { "protectionUnit($filter=id eq '" + unitId.Replace("'", "''") + "')" };
                    c.QueryParameters.Filter = "protectionDateTime lt " + ODataTime(before);
                });
                var answer = await ReadAllAsync("restore points of unit " + unitId, request, RestorePointCollectionResponse.CreateFromDiscriminatorValue,
                    r => r.Value, budget).ConfigureAwait(false);
                var earlier = answer.Where(p => p.ProtectionDateTime.HasValue && p.ProtectionDateTime < before
                    && string.Equals(p.ProtectionUnit?.Id, unitId, StringComparison.Ordinal)).ToList();
                if (earlier.Count == 0) return (Sorted(points), null);
                foreach (var point in earlier.Where(p => p.ProtectionDateTime >= windowStart && p.ProtectionDateTime <= asOf))
                    points[point.Id ?? point.ProtectionDateTime!.Value.UtcTicks.ToString(CultureInfo.InvariantCulture)] = point;
                cursor = earlier.Min(p => p.ProtectionDateTime!.Value);
                if (cursor < windowStart) return (Sorted(points), null);
            }
        }

        private static List<RestorePoint> Sorted(Dictionary<string, RestorePoint> points) =>
            points.Values.OrderByDescending(p => p.ProtectionDateTime).ToList();

        /// <summary>2026-10-31T22:00:00Z, or with the fraction of a second when the time has one (OData DateTimeOffset literal).</summary>
        internal static string ODataTime(DateTimeOffset time)
        {
            var utc = time.UtcDateTime;
            return utc.Ticks % TimeSpan.TicksPerSecond == 0
                ? utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)
                : utc.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);
        }

        private async Task ReadRestoreSessionsAsync(BackupRestoreSnapshot snapshot)
        {
            var backup = _client.Solutions.BackupRestore;
            foreach (var session in await ReadAllAsync("Exchange restore sessions", backup.ExchangeRestoreSessions.ToGetRequestInformation(),
                ExchangeRestoreSessionCollectionResponse.CreateFromDiscriminatorValue, r => r.Value).ConfigureAwait(false))
            {
                await AddSessionAsync(snapshot, session, backup.ExchangeRestoreSessions[session.Id].MailboxRestoreArtifacts
                    .ToGetRequestInformation(c => c.QueryParameters.Expand = new[] { "restorePoint" }),
                    MailboxRestoreArtifactCollectionResponse.CreateFromDiscriminatorValue, r => r.Value?.Cast<RestoreArtifactBase>().ToList()).ConfigureAwait(false);
            }
            foreach (var session in await ReadAllAsync("SharePoint restore sessions", backup.SharePointRestoreSessions.ToGetRequestInformation(),
                SharePointRestoreSessionCollectionResponse.CreateFromDiscriminatorValue, r => r.Value).ConfigureAwait(false))
            {
                await AddSessionAsync(snapshot, session, backup.SharePointRestoreSessions[session.Id].SiteRestoreArtifacts
                    .ToGetRequestInformation(c => c.QueryParameters.Expand = new[] { "restorePoint" }),
                    SiteRestoreArtifactCollectionResponse.CreateFromDiscriminatorValue, r => r.Value?.Cast<RestoreArtifactBase>().ToList()).ConfigureAwait(false);
            }
            foreach (var session in await ReadAllAsync("OneDrive restore sessions", backup.OneDriveForBusinessRestoreSessions.ToGetRequestInformation(),
                OneDriveForBusinessRestoreSessionCollectionResponse.CreateFromDiscriminatorValue, r => r.Value).ConfigureAwait(false))
            {
                await AddSessionAsync(snapshot, session, backup.OneDriveForBusinessRestoreSessions[session.Id].DriveRestoreArtifacts
                    .ToGetRequestInformation(c => c.QueryParameters.Expand = new[] { "restorePoint" }),
                    DriveRestoreArtifactCollectionResponse.CreateFromDiscriminatorValue, r => r.Value?.Cast<RestoreArtifactBase>().ToList()).ConfigureAwait(false);
            }
        }

        private async Task AddSessionAsync<TPage>(BackupRestoreSnapshot snapshot, RestoreSessionBase session, RequestInformation artifacts,
            ParsableFactory<TPage> factory, Func<TPage, List<RestoreArtifactBase>?> values) where TPage : BaseCollectionPaginationCountResponse
        {
            if (string.IsNullOrEmpty(session.Id)) return;
            snapshot.Sessions.Add(session);
            snapshot.Artifacts[session.Id!] = await ReadAllAsync("artifacts of restore session " + session.Id, artifacts, factory, values).ConfigureAwait(false);
        }

        /// <summary>Mail address (else UPN) of every mailbox and OneDrive owner, 15 ids a request. A refusal (no User.Read.All)
        /// is a warning: those units stay named by directoryObjectId.</summary>
        private async Task ResolveUserNamesAsync(BackupRestoreSnapshot snapshot)
        {
            var ids = snapshot.Units.Select(DirectoryObjectId).Where(id => !string.IsNullOrEmpty(id) && !snapshot.UserNames.ContainsKey(id!)).Select(id => id!)
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var batch = Math.Max(1, Math.Min(15, _options.UserBatchSize));
            for (int i = 0; i < ids.Count; i += batch)
            {
                var filter = "id in (" + string.Join(",", ids.Skip(i).Take(batch).Select(id => "'" + id.Replace("'", "''") + "'")) + ")";
                List<User> users;
                try
                {
                    users = await ReadAllAsync("users", _client.Users.ToGetRequestInformation(c =>
                    {
                        c.QueryParameters.Filter = filter;
                        c.QueryParameters.Select = new[] { "id", "mail", "userPrincipalName" };
                    }), UserCollectionResponse.CreateFromDiscriminatorValue, r => r.Value).ConfigureAwait(false);
                }
                catch (ODataError e) when (e.ResponseStatusCode == 403 || e.ResponseStatusCode == 401)
                {
                    _host.WriteWarning("Source '" + _sourceId + "': Graph refused to look up user names (" + M365Errors.Describe(e)
                        + "); mailboxes and OneDrives are named by directoryObjectId. Grant User.Read.All or match them by id.");
                    return;
                }
                foreach (var user in users.Where(u => !string.IsNullOrEmpty(u.Id)))
                {
                    var name = string.IsNullOrEmpty(user.Mail) ? user.UserPrincipalName : user.Mail;
                    if (!string.IsNullOrEmpty(name)) snapshot.UserNames[user.Id!] = name!;
                }
            }
        }

        /// <summary>Web URL of every protected site. A refusal (no Sites.Read.All) is a warning: sites stay named by siteId.</summary>
        private async Task ResolveSiteUrlsAsync(BackupRestoreSnapshot snapshot)
        {
            var ids = snapshot.Units.OfType<SiteProtectionUnit>().Select(s => s.SiteId).Where(id => !string.IsNullOrEmpty(id) && !snapshot.SiteUrls.ContainsKey(id!)).Select(id => id!)
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            int done = 0;
            foreach (var id in ids)
            {
                _cancellation.ThrowIfCancellationRequested();
                try
                {
                    var site = await _client.Sites[id].GetAsync(c => c.QueryParameters.Select = new[] { "id", "webUrl" }, _cancellation).ConfigureAwait(false);
                    if (!string.IsNullOrEmpty(site?.WebUrl)) snapshot.SiteUrls[id] = site!.WebUrl!;
                }
                catch (ODataError e) when (e.ResponseStatusCode == 403 || e.ResponseStatusCode == 401)
                {
                    _host.WriteWarning("Source '" + _sourceId + "': Graph refused to look up site URLs (" + M365Errors.Describe(e)
                        + "); sites are named by siteId. Grant Sites.Read.All or match them by id.");
                    return;
                }
                catch (ODataError e) when (e.ResponseStatusCode == 404)
                {
                    _host.WriteWarning("Source '" + _sourceId + "': site " + id + " was not found (" + M365Errors.Describe(e) + "); it is named by siteId.");
                }
                Progress("site names", ++done, ids.Count);
            }
        }

        internal static string? DirectoryObjectId(ProtectionUnitBase unit) => unit switch
        {
            MailboxProtectionUnit m => m.DirectoryObjectId,
            DriveProtectionUnit d => d.DirectoryObjectId,
            _ => null,
        };

        /// <summary>Every item of a paged collection: follows <c>@odata.nextLink</c> (resolved against the page's own URL
        /// when relative) until there is none, and stops on a link it has already followed.</summary>
        internal Task<List<T>> ReadAllAsync<T, TPage>(string what, RequestInformation first, ParsableFactory<TPage> factory, Func<TPage, List<T>?> values)
            where TPage : BaseCollectionPaginationCountResponse => ReadAllAsync(what, first, factory, values, null);

        /// <summary>As above, spending one of <paramref name="budget"/>'s requests a page (when given) and stopping, without
        /// progress reports, when it runs out.</summary>
        internal async Task<List<T>> ReadAllAsync<T, TPage>(string what, RequestInformation first, ParsableFactory<TPage> factory, Func<TPage, List<T>?> values,
            PageBudget? budget)
            where TPage : BaseCollectionPaginationCountResponse
        {
            var all = new List<T>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            first.PathParameters["baseurl"] = _client.RequestAdapter.BaseUrl ?? "";
            var request = first;
            for (int page = 1; ; page++)
            {
                _cancellation.ThrowIfCancellationRequested();
                var url = request.URI;
                if (budget != null) budget.Left--;
                var response = await _client.RequestAdapter.SendAsync(request, factory, ErrorMapping, _cancellation).ConfigureAwait(false);
                if (response != null) all.AddRange(values(response) ?? new List<T>());
                if (budget == null) Progress(what, all.Count, -1, page);
                var next = response?.OdataNextLink;
                if (string.IsNullOrEmpty(next) || (budget != null && budget.Left <= 0)) return all;
                var nextUri = new Uri(url, next);
                if (!seen.Add(nextUri.AbsoluteUri))
                    throw new M365SourceException("Graph returned the same @odata.nextLink twice while reading " + what + " (" + nextUri.PathAndQuery + ")");
                request = new RequestInformation { HttpMethod = Method.GET, URI = nextUri };
                request.Headers.Add("Accept", "application/json");
            }
        }

        internal void Progress(string what, int count, int total, int page = 0)
        {
            var status = what + ": " + count.ToString(CultureInfo.InvariantCulture)
                + (total >= 0 ? " of " + total.ToString(CultureInfo.InvariantCulture) : " read")
                + (page > 1 ? " (page " + page.ToString(CultureInfo.InvariantCulture) + ")" : "");
            var percent = total > 0 ? Math.Min(100, count * 100 / total) : -1;
            _host.WriteProgress(new ProgressReport(ProgressActivityId, Activity, status, percent, parentActivityId: DrAudit.Core.Auditing.ReadinessAuditor.CollectionActivityId));
        }
    }
}
