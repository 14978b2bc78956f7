using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using DrAudit.Collectors.M365.Http;
using DrAudit.Core.Hosting;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Sites.GetAllSites;

namespace DrAudit.Collectors.M365
{
    /// <summary>Lists what exists in the tenant, protected or not (inventory <c>discovered</c>, DR-16): its users
    /// (<c>GET /users</c>, User.Read.All), who among them has a OneDrive (a drive protection unit proves one; for the
    /// others <c>GET /users/{id}/drive</c>, Sites.Read.All, 404 = none) and its SharePoint sites
    /// (<c>GET /sites/getAllSites</c>, Sites.Read.All). A part Graph refuses (401/403) leaves
    /// <see cref="BackupRestoreSnapshot.DiscoveryGap"/> saying which permission is missing; the rest of the read goes on.
    /// The users it lists also name the protection units, so fewer lookups are needed afterwards.</summary>
    internal sealed class TenantDiscovery
    {
        private readonly BackupRestoreReader _reader;
        private readonly GraphServiceClient _client;
        private readonly IAuditHost _host;
        private readonly string _sourceId;
        private readonly M365CollectorOptions _options;
        private readonly CancellationToken _cancellation;

        public TenantDiscovery(BackupRestoreReader reader, GraphServiceClient client, IAuditHost host, string sourceId, M365CollectorOptions options, CancellationToken cancellation)
        {
            _reader = reader;
            _client = client;
            _host = host;
            _sourceId = sourceId;
            _options = options;
            _cancellation = cancellation;
        }

        public async Task DiscoverAsync(BackupRestoreSnapshot snapshot)
        {
            var gaps = new List<string>();
            try
            {
                snapshot.TenantUsers = await _reader.ReadAllAsync("users", _client.Users.ToGetRequestInformation(c =>
                    c.QueryParameters.Select = new[] { "id", "displayName", "mail", "userPrincipalName", "userType" }),
                    UserCollectionResponse.CreateFromDiscriminatorValue, r => r.Value).ConfigureAwait(false);
                foreach (var user in snapshot.TenantUsers.Where(u => !string.IsNullOrEmpty(u.Id)))
                {
                    var name = string.IsNullOrEmpty(user.Mail) ? user.UserPrincipalName : user.Mail;
                    if (!string.IsNullOrEmpty(name)) snapshot.UserNames[user.Id!] = name!;
                }
            }
            catch (ODataError e) when (Refused(e))
            {
                gaps.Add("Microsoft Graph refused to list the tenant's users (" + M365Errors.Describe(e) + "), so its mailboxes and OneDrives "
                    + "are unknown; the app needs the application permission User.Read.All");
            }

            try
            {
                var sites = await _reader.ReadAllAsync("sites", _client.Sites.GetAllSites.ToGetRequestInformation(c =>
                {
                    c.QueryParameters.Filter = "isPersonalSite eq false";
                    c.QueryParameters.Select = new[] { "id", "displayName", "webUrl", "isPersonalSite" };
                }), GetAllSitesGetResponse.CreateFromDiscriminatorValue, r => r.Value).ConfigureAwait(false);
                // The filter is sent, and applied again here: OneDrives (personal sites) and app storage are not SharePoint sites.
                snapshot.TenantSites = sites.Where(IsSharePointSite).ToList();
                foreach (var site in snapshot.TenantSites.Where(s => !string.IsNullOrEmpty(s.Id) && !string.IsNullOrEmpty(s.WebUrl)))
                    snapshot.SiteUrls[site.Id!] = site.WebUrl!;
            }
            catch (ODataError e) when (Refused(e))
            {
                gaps.Add("Microsoft Graph refused to list the tenant's SharePoint sites (" + M365Errors.Describe(e) + "); the app needs the application permission Sites.Read.All");
            }

            foreach (var drive in snapshot.Units.OfType<DriveProtectionUnit>().Where(d => !string.IsNullOrEmpty(d.DirectoryObjectId)))
                snapshot.OneDriveOwners.Add(drive.DirectoryObjectId!);
            if (snapshot.TenantUsers != null)
            {
                var gap = await FindOneDrivesAsync(snapshot).ConfigureAwait(false);
                if (gap != null) gaps.Add(gap);
            }
            snapshot.DiscoveryGap = gaps.Count == 0 ? null : string.Join("; ", gaps) + ".";
        }

        /// <summary>Asks <c>/users/{id}/drive</c> for every member (not guest) without a drive protection unit: 200 means a
        /// OneDrive exists, 404 that none is provisioned. A refusal stops the lookups and is returned as the gap.</summary>
        private async Task<string?> FindOneDrivesAsync(BackupRestoreSnapshot snapshot)
        {
            var candidates = snapshot.TenantUsers!.Where(u => !string.IsNullOrEmpty(u.Id) && !IsGuest(u) && !snapshot.OneDriveOwners.Contains(u.Id!))
                .Select(u => u.Id!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            string? refused = null;
            var done = 0;
            using (var gate = new SemaphoreSlim(Math.Max(1, _options.Concurrency)))
            using (var stop = CancellationTokenSource.CreateLinkedTokenSource(_cancellation))
            {
                var lookups = candidates.Select(async id =>
                {
                    try
                    {
                        await gate.WaitAsync(stop.Token).ConfigureAwait(false);
                    }
                    catch (OperationCanceledException) when (!_cancellation.IsCancellationRequested)
                    {
                        return; // another lookup was refused: the rest would be too
                    }
                    try
                    {
                        var drive = await _client.Users[id].Drive.GetAsync(c => c.QueryParameters.Select = new[] { "id", "driveType", "webUrl" }, stop.Token).ConfigureAwait(false);
                        if (drive != null) lock (snapshot.OneDriveOwners) snapshot.OneDriveOwners.Add(id);
                    }
                    catch (ODataError e) when (e.ResponseStatusCode == 404 && e.Error?.Code != CaptureReplayHandler.MissingCode)
                    {
                        // No OneDrive provisioned for this user.
                    }
                    catch (ODataError e) when (Refused(e))
                    {
                        lock (snapshot.OneDriveOwners)
                            refused ??= "Microsoft Graph refused to look up users' OneDrives (" + M365Errors.Describe(e) + "), so OneDrives without a protection unit "
                                + "are unknown; the app needs the application permission Sites.Read.All";
                        stop.Cancel();
                    }
                    catch (OperationCanceledException) when (!_cancellation.IsCancellationRequested && refused != null)
                    {
                    }
                    finally
                    {
                        gate.Release();
                    }
                    lock (snapshot.OneDriveOwners) _reader.Progress("OneDrive lookups", ++done, candidates.Count);
                }).ToList();
                await Task.WhenAll(lookups).ConfigureAwait(false);
            }
            if (refused != null) _host.WriteVerbose("Source '" + _sourceId + "': " + refused + ".");
            return refused;
        }

        internal static bool IsGuest(User user) => string.Equals(user.UserType, "Guest", StringComparison.OrdinalIgnoreCase);

        /// <summary>A SharePoint site: not a personal site (a OneDrive) and not the storage of an app (Loop, Designer:
        /// <c>/contentstorage/</c>), which Microsoft 365 Backup does not protect as a site.</summary>
        private static bool IsSharePointSite(Site site)
        {
            if (site.IsPersonalSite == true || string.IsNullOrEmpty(site.WebUrl)) return false;
            var url = site.WebUrl!;
            return url.IndexOf("/personal/", StringComparison.OrdinalIgnoreCase) < 0
                && url.IndexOf("/contentstorage/", StringComparison.OrdinalIgnoreCase) < 0;
        }

        private static bool Refused(ODataError e) => e.ResponseStatusCode == 403 || e.ResponseStatusCode == 401;
    }
}
