using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DrAudit.Bench.Sample
{
    /// <summary>
    /// A Microsoft 365 Backup tenant answering Microsoft Graph v1.0 <c>/solutions/backupRestore</c> (and the tenant's users,
    /// their OneDrives and its sites) in process, for the real m365 collector to read while it saves a capture. Every list
    /// is one page; listing restore points answers, as Graph documents, the five newest points of the unit named in
    /// <c>$expand=protectionUnit($filter=id eq '…')</c> before the time in <c>$filter=protectionDateTime lt …</c>.
    /// </summary>
    public sealed class GraphBackupTenant : HttpMessageHandler
    {
        public List<JObject> ExchangePolicies { get; } = new List<JObject>();
        public List<JObject> SharePointPolicies { get; } = new List<JObject>();
        public List<JObject> OneDrivePolicies { get; } = new List<JObject>();
        public List<JObject> MailboxUnits { get; } = new List<JObject>();
        public List<JObject> SiteUnits { get; } = new List<JObject>();
        public List<JObject> DriveUnits { get; } = new List<JObject>();
        /// <summary>Protection times of the restore points of each protection unit id.</summary>
        public Dictionary<string, List<DateTimeOffset>> PointTimes { get; } = new Dictionary<string, List<DateTimeOffset>>(StringComparer.Ordinal);
        /// <summary>Directory object id to (mail, userPrincipalName).</summary>
        public Dictionary<string, KeyValuePair<string, string>> Users { get; } = new Dictionary<string, KeyValuePair<string, string>>(StringComparer.Ordinal);
        public Dictionary<string, string> SiteUrls { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
        /// <summary>Directory object ids of users who have a OneDrive (<c>/users/{id}/drive</c> answers; else 404).</summary>
        public HashSet<string> OneDrives { get; } = new HashSet<string>(StringComparer.Ordinal);
        /// <summary>What <c>/sites/getAllSites</c> lists, OneDrives (personal sites) included: (id, webUrl, isPersonalSite).</summary>
        public List<(string Id, string Url, bool Personal)> AllSites { get; } = new List<(string, string, bool)>();

        public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var path = Uri.UnescapeDataString(request.RequestUri!.AbsolutePath).TrimEnd('/');
            path = path.StartsWith("/v1.0", StringComparison.Ordinal) ? path.Substring("/v1.0".Length) : path;
            const string root = "/solutions/backupRestore";
            var p = path.StartsWith(root, StringComparison.Ordinal) ? path.Substring(root.Length).Replace("/microsoft.graph.", "/graph.") : null;
            switch (p)
            {
                case "": return Json(new JObject { ["id"] = "71633878-8321-4950-bfaf-ed285bdd1461", ["serviceStatus"] = new JObject { ["status"] = "enabled", ["disableReason"] = null, ["gracePeriodDateTime"] = null, ["restoreAllowedTillDateTime"] = null } });
                case "/exchangeProtectionPolicies": return Page(ExchangePolicies);
                case "/sharePointProtectionPolicies": return Page(SharePointPolicies);
                case "/oneDriveForBusinessProtectionPolicies": return Page(OneDrivePolicies);
                case "/protectionUnits/graph.mailboxProtectionUnit": return Page(MailboxUnits);
                case "/protectionUnits/graph.siteProtectionUnit": return Page(SiteUnits);
                case "/protectionUnits/graph.driveProtectionUnit": return Page(DriveUnits);
                case "/restorePoints": return ListRestorePoints(request.RequestUri);
                case "/exchangeRestoreSessions":
                case "/sharePointRestoreSessions":
                case "/oneDriveForBusinessRestoreSessions":
                    return Page(new List<JObject>());
            }
            if (path == "/users")
            {
                var filter = Uri.UnescapeDataString(request.RequestUri.Query);
                var ids = new HashSet<string>(Regex.Matches(filter, "'([^']+)'").Cast<Match>().Select(m => m.Groups[1].Value), StringComparer.Ordinal);
                return Page(Users.Where(u => !filter.Contains("$filter") || ids.Contains(u.Key))
                    .Select(u => new JObject
                    {
                        ["id"] = u.Key, ["displayName"] = u.Value.Key.Split('@')[0], ["mail"] = u.Value.Key, ["userPrincipalName"] = u.Value.Value, ["userType"] = "Member",
                    }).ToList());
            }
            var drive = Regex.Match(path, "^/users/([^/]+)/drive$");
            if (drive.Success)
                return OneDrives.Contains(drive.Groups[1].Value)
                    ? Json(new JObject { ["id"] = "b!" + drive.Groups[1].Value, ["driveType"] = "business", ["webUrl"] = "https://contosodental-my.sharepoint.com/" })
                    : Json(new JObject { ["error"] = new JObject { ["code"] = "ResourceNotFound", ["message"] = "User's mysite not found." } }, HttpStatusCode.NotFound);
            if (path == "/sites/getAllSites" || path == "/sites/getAllSites()")
            {
                var personal = !Uri.UnescapeDataString(request.RequestUri.Query).Contains("isPersonalSite eq false");
                return Page(AllSites.Where(x => personal || !x.Personal)
                    .Select(x => new JObject { ["id"] = x.Id, ["displayName"] = x.Url.Substring(x.Url.LastIndexOf('/') + 1), ["webUrl"] = x.Url, ["isPersonalSite"] = x.Personal }).ToList());
            }
            var site = Regex.Match(path, "^/sites/([^/]+)$");
            if (site.Success && SiteUrls.TryGetValue(site.Groups[1].Value, out var url))
                return Json(new JObject { ["id"] = site.Groups[1].Value, ["webUrl"] = url });
            return Json(new JObject { ["error"] = new JObject { ["code"] = "itemNotFound", ["message"] = "No resource at " + path } }, HttpStatusCode.NotFound);
        }

        private HttpResponseMessage ListRestorePoints(Uri uri)
        {
            var query = Uri.UnescapeDataString(uri.Query);
            var unit = Regex.Match(query, @"protectionUnit\(\$filter=id eq '([^']+)'\)");
            var before = Regex.Match(query, @"\$filter=protectionDateTime lt ([0-9TZ:.\-]+)");
            if (!unit.Success || !before.Success)
                return Json(new JObject { ["error"] = new JObject { ["code"] = "BadRequest", ["message"] = "$expand and $filter are required." } }, HttpStatusCode.BadRequest);
            var id = unit.Groups[1].Value;
            var until = DateTimeOffset.Parse(before.Groups[1].Value, CultureInfo.InvariantCulture);
            var times = (PointTimes.TryGetValue(id, out var list) ? list : new List<DateTimeOffset>()).Where(t => t < until).OrderByDescending(t => t).Take(5);
            return Page(times.Select(t => new JObject
            {
                ["@odata.type"] = "#microsoft.graph.restorePoint",
                ["id"] = "rp-" + id + "-" + t.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture),
                ["protectionDateTime"] = Time(t),
                ["expirationDateTime"] = Time(t.AddYears(1)),
                ["tags"] = "none",
                ["protectionUnit"] = new JObject { ["@odata.type"] = UnitType(id), ["id"] = id },
            }).ToList());
        }

        private string UnitType(string id) =>
            MailboxUnits.Concat(SiteUnits).Concat(DriveUnits).Where(u => (string?)u["id"] == id).Select(u => (string?)u["@odata.type"]).FirstOrDefault()
            ?? "#microsoft.graph.protectionUnitBase";

        private static HttpResponseMessage Page(List<JObject> items) =>
            Json(new JObject { ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#collection", ["value"] = new JArray(items) });

        private static HttpResponseMessage Json(JObject body, HttpStatusCode status = HttpStatusCode.OK) =>
            new HttpResponseMessage(status) { Content = new StringContent(body.ToString(Formatting.None), Encoding.UTF8, "application/json") };
    }
}
